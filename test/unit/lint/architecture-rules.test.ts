// The layering (core/ below server/ and worker/, server/ never importing worker/) and thin resolvers
// (no Prisma in server/resolvers/) are kept by ESLint rules, not by review: these lint source text
// as if it sat in each folder, through the repository's own eslint.config.js, so removing or
// loosening a rule fails here.
import path from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../../..");
const eslint = new ESLint({ cwd: root });

async function restrictedImports(file: string, source: string, rule = "no-restricted-imports"): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: path.join(root, file) });
  return result.messages.filter((m) => m.ruleId === rule).map((m) => m.message);
}

const use = (spec: string) => `import { x } from "${spec}";\nexport const y = x;\n`;

describe("layer imports", () => {
  it("refuses worker/ in server/, through the alias or a relative path", async () => {
    expect(await restrictedImports("server/services/runs/probe.ts", use("@/worker/jobs/train-run"))).toHaveLength(1);
    expect(await restrictedImports("server/services/runs/probe.ts", use("../../../worker/jobs/train-run"))).toHaveLength(1);
    expect((await restrictedImports("server/services/runs/probe.ts", use("@/worker/x")))[0]).toMatch(/server\/ never imports worker\//);
  });

  it("refuses server/, worker/ and app/ in core/", async () => {
    for (const spec of ["@/server/db/client", "@/worker/model/vgg19", "@/app/runs/_lib/format", "../../server/errors", "../../worker/train/train-model"]) {
      const messages = await restrictedImports("core/metrics/probe.ts", use(spec));
      expect(messages, spec).toHaveLength(1);
      expect(messages[0]).toMatch(/core\/ is the floor/);
    }
  });

  it("keeps core/ pure: no Prisma, tfjs or node I/O", async () => {
    for (const spec of ["@prisma/client", "@tensorflow/tfjs", "node:fs", "fs", "sharp"]) {
      expect(await restrictedImports("core/metrics/probe.ts", use(spec)), spec).toHaveLength(1);
    }
  });

  it("refuses worker/ in app/", async () => {
    expect(await restrictedImports("app/runs/probe.ts", use("@/worker/model/vgg19"))).toHaveLength(1);
  });

  it("lets both wings import core/, and core/ import itself", async () => {
    expect(await restrictedImports("server/services/runs/probe.ts", use("@/core/metrics/argmax"))).toEqual([]);
    expect(await restrictedImports("worker/jobs/probe.ts", use("@/core/metrics/argmax"))).toEqual([]);
    expect(await restrictedImports("worker/jobs/probe.ts", use("@/server/db/client"))).toEqual([]);
    expect(await restrictedImports("core/warnings/probe.ts", use("@/core/metrics/accuracy-interval"))).toEqual([]);
    expect(await restrictedImports("core/warnings/probe.ts", use("./warning-types"))).toEqual([]);
  });

  it("keeps Prisma out of resolvers, through { db } or context.db", async () => {
    const direct = `export const r = { f: (_p: unknown, _a: unknown, { db }: { db: any }) => db.user.findMany() };\n`;
    const viaContext = `export const r = { f: (_p: unknown, _a: unknown, context: { db: any }) => context.db.labelClass.findUnique({ where: { id: "x" } }) };\n`;
    const throughService = `import { listUsers } from "@/server/services/users/list-users";\nexport const r = { f: (_p: unknown, _a: unknown, context: { db: any }) => listUsers(context.db) };\n`;
    expect(await restrictedImports("server/resolvers/probe.ts", direct, "no-restricted-syntax")).toHaveLength(1);
    expect(await restrictedImports("server/resolvers/probe.ts", viaContext, "no-restricted-syntax")).toHaveLength(1);
    expect(await restrictedImports("server/resolvers/probe.ts", throughService, "no-restricted-syntax")).toEqual([]);
    expect(await restrictedImports("server/services/users/probe.ts", direct, "no-restricted-syntax")).toEqual([]);
  });
});
