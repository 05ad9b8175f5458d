// Painting rows inserted directly (no image pipeline), for tests about listing and visibility
// where thousands of rows are needed quickly. Hashes are fake but well-formed.
import { createHash } from "node:crypto";
import type { Db } from "@/server/db/client";
import type { Prisma } from "@/server/db/generated/client";

export function fakePainting(projectId: string, n: number, overrides: Partial<Prisma.PaintingUncheckedCreateInput> = {}): Prisma.PaintingUncheckedCreateInput {
  const sha256 = createHash("sha256").update(`${projectId}:${n}`).digest("hex");
  const key = `paintings/${sha256.slice(0, 2)}/${sha256}`;
  return {
    projectId, sha256, phash: sha256.slice(0, 16), width: 640, height: 480, format: "jpeg", byteSize: 1000 + n,
    storageKey: `${key}/original.jpg`, thumbnailKey: `${key}/thumb.webp`, trainingKey: `${key}/train224.png`,
    originalName: `painting-${n}.jpg`, ...overrides,
  };
}

/** `count` paintings in one statement, createdAt one second apart (newest last), for scale tests. */
export async function insertManyPaintings(db: Db, projectId: string, count: number): Promise<void> {
  await db.$executeRaw`
    INSERT INTO "Painting" ("id", "projectId", "sha256", "phash", "width", "height", "format", "byteSize",
      "storageKey", "thumbnailKey", "trainingKey", "originalName", "source", "status", "createdAt")
    SELECT 'bulk' || lpad(n::text, 8, '0'), ${projectId}, md5(${projectId} || n) || md5(n::text), substr(md5(n::text), 1, 16),
      640, 480, 'jpeg', 1000, 'k', 'k', 'k', 'bulk-' || n || '.jpg', 'IMPORT',
      (ARRAY['UNLABELED','ANNOTATING','DISPUTED','APPROVED'])[1 + n % 4]::"PaintingStatus",
      timestamp '2026-01-01' + n * interval '1 second'
    FROM generate_series(1, ${count}) AS n`;
  await db.$executeRawUnsafe(`ANALYZE "Painting"`);
}
