// Every file in a zip as lazily read batch items, straight from the archive (nothing is extracted
// to disk, so entry names can never write anywhere). Guards against zip bombs: each entry's
// declared size is capped before it is inflated, the sum of declared sizes is capped before
// anything is imported, entries whose compressed records overlap (many names for one record:
// 20 x 30 MiB from 31 KB) refuse the whole archive, yauzl checks that inflated data matches the
// declared size, and the bytes actually inflated are counted across all entries.
import yauzl, { type Entry, type ZipFile } from "yauzl";
import type { Readable } from "node:stream";
import { BatchItemError, type BatchItem } from "@/server/services/paintings/batch-item";
import { ImportUsageError } from "./import-usage-error";
import { isIgnoredPath } from "./infer-label";
import type { SourceListing } from "./list-folder-items";

export type ZipLimits = {
  maxEntryBytes: number;
  maxTotalBytes: number;
  maxEntries: number;
  /** Bytes inflated across all entries; defaults to maxTotalBytes. */
  maxInflatedBytes?: number;
};

const LOCAL_HEADER_BYTES = 30;

export const DEFAULT_ZIP_LIMITS: Omit<ZipLimits, "maxEntryBytes"> = { maxTotalBytes: 20 * 1024 ** 3, maxEntries: 200_000 };

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export async function listZipItems(zipPath: string, limits: ZipLimits): Promise<SourceListing> {
  // decodeStrings off: yauzl would abort the whole archive on one unsafe name; instead each name
  // is checked here and an unsafe entry fails alone.
  const zip = await yauzl.openPromise(zipPath, { lazyEntries: true, autoClose: false, decodeStrings: false, validateEntrySizes: true });
  try {
    if (zip.entryCount > limits.maxEntries) throw new ImportUsageError(`The zip has ${zip.entryCount} entries; the limit is ${limits.maxEntries}.`);
    const items: BatchItem[] = [];
    const skipped: string[] = [];
    const records: { offset: number; end: number }[] = [];
    const inflated = { total: 0, max: limits.maxInflatedBytes ?? limits.maxTotalBytes };
    let declaredTotal = 0;
    for await (const entry of zip.eachEntry()) {
      records.push({ offset: entry.relativeOffsetOfLocalHeader, end: entry.relativeOffsetOfLocalHeader + LOCAL_HEADER_BYTES + entry.compressedSize });
      const name = yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, entry.fileNameRaw, entry.extraFields, false);
      const unsafe = unsafeReason(name);
      if (unsafe) {
        items.push({ name, read: () => Promise.reject(new BatchItemError("import/unsafe_path", `Refused entry name: ${unsafe}.`)) });
        continue;
      }
      if (isIgnoredPath(name)) {
        if (!name.endsWith("/")) skipped.push(name);
        continue;
      }
      if (entry.uncompressedSize > limits.maxEntryBytes) {
        const message = `The entry would inflate to ${mb(entry.uncompressedSize)}; the limit is ${mb(limits.maxEntryBytes)}.`;
        items.push({ name, read: () => Promise.reject(new BatchItemError("import/entry_too_large", message)) });
        continue;
      }
      declaredTotal += entry.uncompressedSize;
      items.push({ name, read: () => readEntry(zip, entry, limits.maxEntryBytes, inflated) });
    }
    if (recordsOverlap(records)) {
      throw new ImportUsageError("The zip's entries overlap (several names share compressed data, a zip bomb); refusing it.");
    }
    if (declaredTotal > limits.maxTotalBytes) {
      throw new ImportUsageError(`The zip would inflate to ${mb(declaredTotal)}; the limit is ${mb(limits.maxTotalBytes)}.`);
    }
    return { items, skipped, close: async () => zip.close() };
  } catch (error) {
    zip.close();
    throw error;
  }
}

function unsafeReason(name: string): string | null {
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f]/.test(name)) return "control characters in the name";
  const invalid = yauzl.validateFileName(name);
  if (invalid) return invalid;
  if (name.split("/").some((segment) => segment === "." || segment === "..")) return `relative path: ${name}`;
  return null;
}

/** A real archive stores each record after the previous one ends; at least its fixed header and compressed bytes. */
function recordsOverlap(records: { offset: number; end: number }[]): boolean {
  const sorted = [...records].sort((a, b) => a.offset - b.offset);
  return sorted.some((record, i) => i > 0 && record.offset < sorted[i - 1]!.end);
}

async function readEntry(zip: ZipFile, entry: Entry, maxBytes: number, inflated: { total: number; max: number }): Promise<Buffer> {
  // Each read reserves its declared size up front (entries are read concurrently, so counting only
  // as bytes arrive would fail whichever entries happen to be slowest); below, no entry may
  // inflate past what it reserved, so the bytes inflated across the archive stay within max.
  if (inflated.total + entry.uncompressedSize > inflated.max) {
    throw new BatchItemError("import/entry_too_large", `The zip has already inflated ${mb(inflated.total)}; the limit is ${mb(inflated.max)}.`);
  }
  inflated.total += entry.uncompressedSize;
  const stream: Readable = await zip.openReadStreamPromise(entry);
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    total += chunk.length;
    if (total > entry.uncompressedSize) {
      stream.destroy();
      throw new BatchItemError("import/unreadable", "The entry inflates past its declared size.");
    }
    // validateEntrySizes already stops a lying header; this bounds memory even if it did not.
    if (total > maxBytes) {
      stream.destroy();
      throw new BatchItemError("import/entry_too_large", `The entry inflates past ${mb(maxBytes)}.`);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
