// Writes a processed image's three derivatives under their content-addressed keys. A key that
// already exists holds the same bytes (the key is the upload's SHA-256), so it is not rewritten:
// another project, or an earlier attempt that failed after storing, already put it there.
import type { ProcessedImage } from "@/server/images/process-image";
import { IMAGE_FORMAT_MIME } from "@/server/images/sniff-format";
import type { BlobStorage } from "@/server/storage/storage";
import type { PaintingKeys } from "@/server/storage/storage-keys";

export async function storePaintingBlobs(storage: BlobStorage, keys: PaintingKeys, image: ProcessedImage): Promise<void> {
  const blobs: [string, Buffer, string][] = [
    [keys.original, image.original, IMAGE_FORMAT_MIME[image.format]],
    [keys.thumbnail, image.thumbnail, "image/jpeg"],
    [keys.training, image.training, "image/png"],
  ];
  await Promise.all(
    blobs.map(async ([key, data, contentType]) => {
      if (!(await storage.exists(key))) await storage.put(key, data, contentType);
    }),
  );
}
