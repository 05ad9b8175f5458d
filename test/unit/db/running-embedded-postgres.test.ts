import { afterEach, describe, expect, it } from "vitest";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { runningEmbeddedPostgresUrl } from "@/server/db/embedded-postgres";

let dir: string;
const writePid = (pid: number, port: number) => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "provenance-pid-"));
  fs.writeFileSync(path.join(dir, "postmaster.pid"), `${pid}\n${dir}\n1764380000\n${port}\n/tmp\n127.0.0.1\n`);
};
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("runningEmbeddedPostgresUrl", () => {
  it("finds the port of a server whose process is alive", () => {
    writePid(process.pid, 54329);
    expect(runningEmbeddedPostgresUrl(dir)).toBe("postgresql://provenance:provenance-local@127.0.0.1:54329/provenance");
  });

  it("ignores a pid file left by a dead server, and a data directory without one", () => {
    writePid(2 ** 22 + 12345, 54329); // above Linux's pid_max default: never a live process
    expect(runningEmbeddedPostgresUrl(dir)).toBeNull();
    fs.rmSync(path.join(dir, "postmaster.pid"));
    expect(runningEmbeddedPostgresUrl(dir)).toBeNull();
  });
});
