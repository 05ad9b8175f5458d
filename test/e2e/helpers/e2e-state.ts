// What global setup started, written to a file so teardown (and tests needing the database) can
// find it: Playwright runs setup, tests and teardown in separate module scopes.
import fs from "node:fs";
import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "../../..");
const STATE_FILE = path.join(ROOT, ".test-data", `e2e-state-${process.env.E2E_PORT ?? 3137}.json`);

export type E2eState = { databaseUrl?: string; dataDir?: string; pids: number[]; postgresPort?: number };

export function e2eState(): E2eState {
  return fs.existsSync(STATE_FILE) ? JSON.parse(fs.readFileSync(STATE_FILE, "utf8")) : { pids: [] };
}

export function saveE2eState(state: E2eState): void {
  fs.mkdirSync(path.dirname(STATE_FILE), { recursive: true });
  fs.writeFileSync(STATE_FILE, JSON.stringify(state));
}

export function clearE2eState(): void {
  fs.rmSync(STATE_FILE, { force: true });
}
