import { randomUUID } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdir, open, readFile, rename, stat, unlink } from "node:fs/promises";
import path from "node:path";
import type { Readable } from "node:stream";
import type { BlobStorage } from "./storage";
import { StorageError } from "./storage-error";
import { assertPutAllowed, assertValidStorageKey } from "./storage-keys";

export interface LocalDiskStorageOptions {
  /** Absolute, or relative to the working directory. Must not be inside the public web root. */
  rootDir: string;
  /** Directory Next.js serves statically; defaults to <cwd>/public. */
  webRoot?: string;
}

/**
 * Blobs as files under rootDir. Nothing here is reachable by URL: the app serves blobs through an
 * authorized route that calls get/stream. The content type is not stored; it is derived from the
 * key's extension, which put checks against the type it is given.
 */
export function createLocalDiskStorage({
  rootDir,
  webRoot = path.resolve(/*turbopackIgnore: true*/ "public"),
}: LocalDiskStorageOptions): BlobStorage {
  // The comments keep Next's bundler from tracing the whole project into the server output
  // because of these run-time paths.
  const root = path.resolve(/*turbopackIgnore: true*/ rootDir);
  const web = path.resolve(/*turbopackIgnore: true*/ webRoot);
  if (isInside(root, web) || root === web) {
    throw new StorageError("storage/invalid_root", `STORAGE_DIR ${root} is inside the web root ${webRoot}.`);
  }

  function resolveKey(key: string): string {
    assertValidStorageKey(key);
    const file = path.join(root, ...key.split("/"));
    // Defence in depth: the key pattern already rules out "..", this rules out any surprise.
    if (!isInside(file, root)) throw new StorageError("storage/invalid_key", `Key escapes storage: ${key}`);
    return file;
  }

  return {
    async put(key, data, contentType) {
      assertPutAllowed(key, contentType);
      const file = resolveKey(key);
      await mkdir(path.dirname(file), { recursive: true });
      // Write beside the target, flush, then rename: rename within a directory is atomic, so a
      // crash leaves either the old file or the new one, plus at worst a stray .tmp- file.
      const temp = path.join(path.dirname(file), `.tmp-${randomUUID()}`);
      try {
        const handle = await open(temp, "wx");
        try {
          await handle.writeFile(data);
          await handle.sync();
        } finally {
          await handle.close();
        }
        await rename(temp, file);
      } catch (error) {
        await unlink(temp).catch(() => undefined);
        throw error;
      }
    },

    async get(key) {
      const file = resolveKey(key);
      try {
        return await readFile(file);
      } catch (error) {
        throw isMissing(error) ? notFound(key, error) : error;
      }
    },

    async stream(key): Promise<Readable> {
      const file = resolveKey(key);
      // Checked up front because createReadStream reports a missing file only once read.
      if (!(await isFile(file))) throw notFound(key);
      return createReadStream(file);
    },

    async exists(key) {
      return isFile(resolveKey(key));
    },

    async delete(key) {
      const file = resolveKey(key);
      await unlink(file).catch((error: unknown) => {
        if (!isMissing(error)) throw error;
      });
    },
  };
}

function isInside(child: string, parent: string): boolean {
  const relative = path.relative(parent, child);
  return relative !== "" && !relative.startsWith("..") && !path.isAbsolute(relative);
}

// A key whose prefix is a file (ENOTDIR) or that names a directory (EISDIR) is simply absent.
function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code === "ENOENT" || code === "ENOTDIR" || code === "EISDIR";
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch (error) {
    if (isMissing(error)) return false;
    throw error;
  }
}

function notFound(key: string, cause?: unknown): StorageError {
  return new StorageError("storage/not_found", `No blob stored under ${key}.`, { cause });
}
