// Applies committed migrations with `prisma migrate deploy`, which works offline through the
// JavaScript schema engine configured in prisma.config.ts.
import { spawn } from "node:child_process";
import path from "node:path";
import { childEnv } from "../process/child-env";

const ROOT = path.resolve(import.meta.dirname, "../..");

export async function migrateDatabase(databaseUrl: string, { quiet = false } = {}): Promise<void> {
  const prismaBin = path.join(ROOT, "node_modules", ".bin", "prisma");
  await new Promise<void>((resolve, reject) => {
    const child = spawn(prismaBin, ["migrate", "deploy"], {
      cwd: ROOT,
      env: childEnv({ DATABASE_URL: databaseUrl, PRISMA_HIDE_UPDATE_MESSAGE: "1" }),
      stdio: quiet ? ["ignore", "pipe", "pipe"] : "inherit",
    });
    let output = "";
    child.stdout?.on("data", (chunk) => (output += chunk));
    child.stderr?.on("data", (chunk) => (output += chunk));
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`prisma migrate deploy failed (exit ${code})\n${output}`)),
    );
  });
}
