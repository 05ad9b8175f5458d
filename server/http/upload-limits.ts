// Bounds on one upload request, checked before anything is parsed. The browser sends one file per
// request (so each shows its own progress), but scripts may send several.
import { readImageLimits } from "@/server/images/image-limits";

export const MAX_FILES_PER_REQUEST = 50;
const MIB = 1024 * 1024;

/** UPLOAD_MAX_REQUEST_BYTES, or else room for one file at the image byte limit plus form overhead. */
export function maxUploadRequestBytes(env: Record<string, string | undefined> = process.env): number {
  const configured = Number(env.UPLOAD_MAX_REQUEST_BYTES);
  if (env.UPLOAD_MAX_REQUEST_BYTES && Number.isInteger(configured) && configured > 0) return configured;
  return Math.max(64 * MIB, readImageLimits(env).maxBytes + MIB);
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
