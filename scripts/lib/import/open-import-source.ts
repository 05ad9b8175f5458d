// The folder or zip an import names, listed (nothing read yet): a usage problem if it is missing,
// neither a folder nor a zip, or a zip that cannot be read.
import { open, stat } from "node:fs/promises";
import { ImportUsageError } from "./import-usage-error";
import { listFolderItems, type SourceListing } from "./list-folder-items";
import { DEFAULT_ZIP_LIMITS, listZipItems, type ZipLimits } from "./list-zip-items";

export async function openImportSource(path: string, maxBytes: number, zipLimits: Partial<ZipLimits> = {}): Promise<SourceListing> {
  const info = await stat(path).catch(() => null);
  if (!info) throw new ImportUsageError(`${path} does not exist.`);
  if (info.isDirectory()) return listFolderItems(path, { maxBytes });
  if (info.isFile() && (await isZip(path))) {
    return listZipItems(path, { ...DEFAULT_ZIP_LIMITS, maxEntryBytes: maxBytes, ...zipLimits }).catch((error: unknown) => {
      if (error instanceof ImportUsageError) throw error;
      throw new ImportUsageError(`${path} could not be read as a zip: ${error instanceof Error ? error.message : String(error)}`);
    });
  }
  throw new ImportUsageError(`${path} is neither a folder nor a zip file.`);
}

async function isZip(path: string): Promise<boolean> {
  const handle = await open(path, "r");
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(4), 0, 4, 0);
    // Local file header, or the end-of-central-directory record of an empty archive.
    return bytesRead === 4 && buffer[0] === 0x50 && buffer[1] === 0x4b && (buffer[2] === 3 || buffer[2] === 5);
  } finally {
    await handle.close();
  }
}
