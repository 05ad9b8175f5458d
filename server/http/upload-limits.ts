// Bounds on one upload request, checked before anything is parsed. The browser sends one file per
// request (so each shows its own progress), but scripts may send several.
import { getConfig, parseConfig } from "@/server/config";

export const MAX_FILES_PER_REQUEST = 50;
const MIB = 1024 * 1024;

/** UPLOAD_MAX_REQUEST_BYTES, or else room for one file at the image byte limit plus form overhead. */
export function maxUploadRequestBytes(env?: Record<string, string | undefined>): number {
  const { UPLOAD_MAX_REQUEST_BYTES, IMAGE_MAX_BYTES } = env ? parseConfig(env) : getConfig();
  return UPLOAD_MAX_REQUEST_BYTES ?? Math.max(64 * MIB, IMAGE_MAX_BYTES + MIB);
}

/** The body, or null once it passes `cap` bytes (reading stops there, so a huge body costs nothing more). */
export async function readBodyWithin(request: Request, cap: number): Promise<Buffer | null> {
  const reader = request.body?.getReader();
  if (!reader) return Buffer.alloc(0);
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > cap) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}
