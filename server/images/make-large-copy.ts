// The full-size view for people who may not see a file's metadata (annotators): the upload
// re-encoded without any metadata, orientation applied, at most LARGE_MAX_SIDE on the long side.
// Made on first request from the stored upload, not at import, since few paintings are zoomed.
import sharp from "sharp";
import { AppError } from "@/server/errors";
import { encodeCleanCopy } from "./encode-clean-copy";
import { readImageLimits } from "./image-limits";
import { readImageHeader } from "./read-image-header";
import { sniffFormat } from "./sniff-format";

export const LARGE_MAX_SIDE = 4096;

export async function makeLargeCopy(upload: Buffer): Promise<Buffer> {
  const format = sniffFormat(upload);
  // Uploads are checked before they are stored, so this is damaged storage: masked and logged.
  if (!format) throw new AppError("INTERNAL_SERVER_ERROR", "the stored upload is not an image this product accepts");
  const limits = readImageLimits();
  const header = await readImageHeader(upload, format, limits);
  const pipeline = sharp(upload, { autoOrient: true, failOn: "error", limitInputPixels: limits.maxPixels })
    .resize(LARGE_MAX_SIDE, LARGE_MAX_SIDE, { fit: "inside", withoutEnlargement: true });
  return encodeCleanCopy(pipeline, { format, bytes: upload, header });
}
