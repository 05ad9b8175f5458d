// `npm start` serves a production build. It builds when there is none or when any source file
// is newer than the last build, so a fresh clone and an edited checkout both just work.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { ROOT } from "./product-database";

// Everything the web app bundles: the pages, the server they mount, and the pure core/ both use.
const SOURCE_DIRS = ["app", "server", "core", "public"];
const SOURCE_FILES = ["next.config.js", "package.json", "tsconfig.json", "instrumentation.ts"];
const IGNORED = new Set(["node_modules", "generated"]);

export function ensureNextBuild(env: NodeJS.ProcessEnv = process.env): void {
  const buildId = path.join(ROOT, env.NEXT_DIST_DIR || ".next", "BUILD_ID");
  const builtAt = fs.existsSync(buildId) ? fs.statSync(buildId).mtimeMs : 0;
  if (builtAt > newestSourceMtime()) return;
  console.log(builtAt ? "[start] sources changed since the last build; rebuilding the web app…" : "[start] building the web app (first start only)…");
  const nextBin = path.join(ROOT, "node_modules", ".bin", "next");
  // Telemetry off: a build sends Next.js usage data to Vercel unless told not to.
  const result = spawnSync(nextBin, ["build"], { cwd: ROOT, stdio: "inherit", env: { ...env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" } });
  if (result.status !== 0) throw new Error(`next build failed (exit ${result.status})`);
}

function newestSourceMtime(): number {
  let newest = 0;
  const visit = (target: string) => {
    if (!fs.existsSync(target)) return;
    const stat = fs.statSync(target);
    if (stat.isDirectory()) {
      for (const entry of fs.readdirSync(target)) if (!IGNORED.has(entry)) visit(path.join(target, entry));
    } else {
      newest = Math.max(newest, stat.mtimeMs);
    }
  };
  for (const dir of SOURCE_DIRS) visit(path.join(ROOT, dir));
  for (const file of SOURCE_FILES) visit(path.join(ROOT, file));
  return newest;
}
