// `npm run db:migrate`: applies committed migrations to DATABASE_URL, or to the embedded database.
import { migrateDatabase } from "../server/db/migrate-database";
import { withProductDatabase } from "./lib/product-database";

withProductDatabase((url) => migrateDatabase(url)).catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
