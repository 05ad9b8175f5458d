// Runs in every integration test file before it loads: points the app's database client at the
// test server.
import { inject } from "vitest";

process.env.DATABASE_URL = inject("databaseUrl");
