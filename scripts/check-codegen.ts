// `npm run check:codegen` (part of `npm test`): regenerates the GraphQL types in memory and fails
// when a committed generated file differs, so an SDL or operation edited without `npm run codegen`
// cannot land with stale types that still happen to compile.
import fs from "node:fs";
import path from "node:path";
import { generate } from "@graphql-codegen/cli";
import config from "../codegen";

const ROOT = path.resolve(import.meta.dirname, "..");

type Output = { filename: string; content: string };
const outputs = (await generate({ ...config, cwd: ROOT, silent: true }, false)) as Output[];
const stale = outputs.filter(({ filename, content }) => {
  const file = path.resolve(ROOT, filename);
  return !fs.existsSync(file) || fs.readFileSync(file, "utf8") !== content;
});
if (stale.length > 0) {
  console.error(`Generated GraphQL code is stale: ${stale.map((o) => path.relative(ROOT, path.resolve(ROOT, o.filename))).join(", ")}.`);
  console.error("Run `npm run codegen` and commit the result.");
  process.exit(1);
}
console.log(`generated GraphQL code is up to date (${outputs.length} files)`);
