// Paintings whose two classes differ in a way a small CNN can learn (bright horizontal stripes vs
// dark vertical stripes, with noise), made with sharp and stored like real uploads' training
// derivatives. Lets training tests run without the ingestion pipeline.
import { createHash } from "node:crypto";
import sharp from "sharp";
import type { Db } from "@/server/db/client";
import type { BlobStorage } from "@/server/storage/storage";

export async function stripeImage(kind: 0 | 1, seed: number, size = 224): Promise<Buffer> {
  const pixels = Buffer.alloc(size * size * 3);
  let state = seed * 2654435761 + 1;
  const noise = () => ((state = (state * 1103515245 + 12345) % 2147483648) / 2147483648) * 60 - 30;
  const period = 10 + (seed % 7);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const stripe = Math.floor((kind === 0 ? y : x) / period) % 2 === 0;
      const base = kind === 0 ? (stripe ? 230 : 150) : (stripe ? 90 : 20);
      for (let c = 0; c < 3; c++) pixels[(y * size + x) * 3 + c] = Math.max(0, Math.min(255, base + noise() + c * 5));
    }
  }
  return sharp(pixels, { raw: { width: size, height: size, channels: 3 } }).png().toBuffer();
}

/** Creates `perClass` approved paintings per class (first two classes of the project). */
type SeedOptions = { projectId: string; perClass: number; approved?: boolean; firstSeed?: number };

export async function seedStripePaintings(db: Db, storage: BlobStorage, { projectId, perClass, approved = true, firstSeed = 1 }: SeedOptions) {
  const classes = await db.labelClass.findMany({ where: { projectId }, orderBy: { position: "asc" } });
  const ids: string[] = [];
  for (let i = 0; i < perClass * 2; i++) {
    const kind = (i % 2) as 0 | 1;
    const png = await stripeImage(kind, firstSeed + i);
    const sha256 = createHash("sha256").update(png).update(projectId).digest("hex");
    const key = `paintings/${sha256.slice(0, 2)}/${sha256}/train224.png`;
    await storage.put(key, png, "image/png");
    const painting = await db.painting.create({
      data: {
        projectId, sha256, phash: sha256.slice(0, 16), width: 224, height: 224, format: "png", byteSize: png.length,
        storageKey: key, thumbnailKey: key, trainingKey: key, originalName: `stripes-${i}.png`,
        status: approved ? "APPROVED" : "UNLABELED",
        approvedLabelId: approved ? classes[kind]!.id : null,
        approvedAt: approved ? new Date() : null,
      },
    });
    ids.push(painting.id);
  }
  return ids;
}
