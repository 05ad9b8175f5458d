// `npm run bench`: every benchmark in bench/, one after another (they measure the same two cores,
// so running them together would spoil each other's figures). `npm run bench -- <name>` runs the
// ones whose file name contains <name>.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const dir = import.meta.dirname;
const filter = process.argv[2];
const benches = fs
  .readdirSync(dir)
  .filter((file) => file.endsWith(".ts") && file !== "run-all.ts" && !file.startsWith("."))
  .filter((file) => !filter || file.includes(filter))
  .sort();

if (benches.length === 0) {
  console.error(`no benchmark matches "${filter}"`);
  process.exit(2);
}
let failed = 0;
for (const file of benches) {
  console.log(`\n=== ${file}`);
  const result = spawnSync(path.join(dir, "..", "node_modules", ".bin", "tsx"), [path.join(dir, file)], { stdio: "inherit" });
  if (result.status !== 0) {
    failed++;
    console.error(`${file} exited with ${result.status}`);
  }
}
process.exit(failed ? 1 : 0);
