// For the embedded quick start only: a random session secret kept in ./.data, so sessions survive
// restarts without anyone choosing a secret. A deployment on its own DATABASE_URL must set
// AUTH_SECRET itself; the server refuses to start without it.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { DATA_DIR } from "./product-database";

export function localAuthSecret(): string {
  const file = path.join(DATA_DIR, "auth-secret");
  if (fs.existsSync(file)) return fs.readFileSync(file, "utf8").trim();
  const secret = randomBytes(33).toString("base64");
  fs.mkdirSync(DATA_DIR, { recursive: true });
  fs.writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
