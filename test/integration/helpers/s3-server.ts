// A real S3-protocol server for tests: s3rver (the maintained @20minutes fork, a Koa HTTP server
// that checks SigV4 signatures and keeps objects on disk) in a child process, on 127.0.0.1 and a
// free port, with its data in a temporary folder. Its own process, so it serves requests on its
// own event loop while the test's client saturates it, and it can be stopped like a real server.
import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { once } from "node:events";

// s3rver writes an object and its metadata files in place, so a reader (or a second writer) racing
// a PUT sees a mix of versions or half a metadata file (a 500). S3 and MinIO replace an object
// atomically and the BlobStorage contract promises that, so the server's writes are made S3's:
// each file goes to a temporary name renamed over the old one. Everything else (routing,
// signatures, errors, listings) is s3rver's own.
const SERVER_MAIN = String.raw`
const crypto = require("node:crypto");
const fs = require("node:fs");
const { pipeline } = require("node:stream/promises");
const { Readable, Transform } = require("node:stream");
const S3rver = require("@20minutes/s3rver");
const S3Object = require("@20minutes/s3rver/lib/models/object");
const FilesystemStore = require("@20minutes/s3rver/lib/stores/filesystem");

async function replaceFile(file, ...streams) {
  const temp = file + "." + crypto.randomUUID() + ".tmp";
  try {
    await pipeline(...streams, fs.createWriteStream(temp));
    await fs.promises.rename(temp, file);
  } catch (error) {
    await fs.promises.rm(temp, { force: true });
    throw error;
  }
}

FilesystemStore.prototype.putContent = async function putContent(objectPath, content) {
  const md5 = crypto.createHash("md5");
  let size = 0;
  const count = new Transform({ transform(chunk, _encoding, done) { md5.update(chunk); size += chunk.length; done(null, chunk); } });
  await replaceFile(objectPath, Buffer.isBuffer(content) ? Readable.from([content]) : content, count);
  return [size, md5.digest("hex")];
};

// s3rver's own, with atomic writes.
FilesystemStore.prototype.putMetadata = async function putMetadata(bucket, key, metadata, md5) {
  const kept = Object.entries(metadata).filter(([name]) => S3Object.ALLOWED_METADATA.includes(name) || name.startsWith("x-amz-meta-"));
  if (md5) await replaceFile(this.getResourcePath(bucket, key, "object.md5"), Readable.from([Buffer.from(md5)]));
  await replaceFile(this.getResourcePath(bucket, key, "metadata.json"), Readable.from([Buffer.from(JSON.stringify(Object.fromEntries(kept)))]));
};

const [directory, ...buckets] = process.argv.slice(1);
const server = new S3rver({ address: "127.0.0.1", port: 0, directory, silent: true, configureBuckets: buckets.map((name) => ({ name })) });
server.run().then(({ port }) => process.stdout.write(JSON.stringify({ port }) + "\n"));
// The test's process holds the other end of stdin: if it dies without stopping us, so do we.
process.stdin.on("end", () => process.exit(0)).resume();
`;

/** s3rver's one built-in account. */
export const S3_TEST_CREDENTIALS = { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" } as const;

export type S3TestServer = {
  endpoint: string;
  /** The first bucket, created at start. */
  bucket: string;
  /** STORAGE_DRIVER=s3 and the S3_* variables that point the product at this server. */
  env: Record<string, string>;
  stop(): Promise<void>;
};

export async function startS3Server({ buckets = ["provenance-test"] }: { buckets?: string[] } = {}): Promise<S3TestServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "provenance-s3-"));
  const child = spawn(process.execPath, ["-e", SERVER_MAIN, dataDir, ...buckets], {
    cwd: process.cwd(),
    stdio: ["pipe", "pipe", "inherit"],
  });
  let port: number;
  try {
    port = await readPort(child, 15_000);
  } catch (error) {
    await stopChild(child);
    fs.rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  const endpoint = `http://127.0.0.1:${port}`;
  return {
    endpoint,
    bucket: buckets[0],
    env: {
      STORAGE_DRIVER: "s3",
      S3_BUCKET: buckets[0],
      S3_ENDPOINT: endpoint,
      S3_REGION: "us-east-1",
      S3_FORCE_PATH_STYLE: "true",
      S3_ACCESS_KEY_ID: S3_TEST_CREDENTIALS.accessKeyId,
      S3_SECRET_ACCESS_KEY: S3_TEST_CREDENTIALS.secretAccessKey,
    },
    async stop() {
      await stopChild(child);
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function readPort(child: ChildProcess, timeoutMs: number): Promise<number> {
  let output = "";
  const started = new Promise<number>((resolve, reject) => {
    child.stdout!.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const line = output.split("\n").find((candidate) => candidate.startsWith("{"));
      if (line) resolve((JSON.parse(line) as { port: number }).port);
    });
    child.once("exit", (code) => reject(new Error(`s3rver exited (code ${code}) before listening: ${output}`)));
  });
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`s3rver did not start within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    return await Promise.race([started, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** SIGTERM, then SIGKILL if it has not exited within 5 s: never waits longer than that. */
async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, "exit");
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
  try {
    await exited;
  } finally {
    clearTimeout(timer);
    child.stdin?.destroy();
  }
}
