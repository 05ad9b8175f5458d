// A project of its own for one spec, with real images in the web server's storage so pages show
// (and zoom) actual pictures. Gold and spot checks are off unless the spec turns them on.
import path from "node:path";
import { createHash, randomBytes } from "node:crypto";
import sharp from "sharp";
import type { Db } from "../../../server/db/client";
import { DEFAULT_LABEL_CLASSES } from "../../../server/services/projects/create-project";
import { getStorage } from "../../../server/storage/get-storage";
import { paintingKeys } from "../../../server/storage/storage-keys";
import { addDemoMembers } from "./demo-members";
import { e2eState } from "./e2e-state";
import { queueKeysInOrderFor } from "./queue-keys";

type PaintingSpec = { name: string; gold?: "HUMAN" | "AI"; width?: number; height?: number };

/**
 * Every demo annotator and reviewer is a member unless `members` is "none". `servedInOrderTo`: the
 * email of an annotator who gets the paintings in the order listed.
 */
export async function seedProject(
  db: Db,
  name: string,
  paintings: PaintingSpec[],
  { members = "demo", servedInOrderTo }: { members?: "demo" | "none"; servedInOrderTo?: string } = {},
) {
  const storage = getStorage({ env: { STORAGE_DIR: path.join(e2eState().dataDir!, "storage") } });
  const project = await db.project.create({
    data: {
      slug: `${name.toLowerCase().replace(/[^a-z0-9]+/g, "-")}-${randomBytes(3).toString("hex")}`, name, goldRate: 0, spotCheckRate: 0,
      labelClasses: { create: DEFAULT_LABEL_CLASSES.map((labelClass, position) => ({ ...labelClass, position })) },
    },
    include: { labelClasses: true },
  });
  if (members === "demo") await addDemoMembers(db, project.id);
  const classId = (key: string) => project.labelClasses.find((c) => c.key === key)!.id;
  const ids: string[] = [];
  const queueKeys = servedInOrderTo ? await queueKeysInOrderFor(db, servedInOrderTo, paintings.length) : [];
  for (const [i, spec] of paintings.entries()) {
    const width = spec.width ?? 320, height = spec.height ?? 240;
    const png = await sharp({ create: { width, height, channels: 3, background: { r: 30 + i * 40, g: 120, b: 200 - i * 30 } } }).png().toBuffer();
    const sha256 = createHash("sha256").update(png).update(project.id).digest("hex");
    const keys = paintingKeys(sha256, "png");
    await storage.put(keys.original, png, "image/png");
    await storage.put(keys.thumbnail, await sharp(png).resize(64).jpeg().toBuffer(), "image/jpeg");
    const painting = await db.painting.create({
      data: {
        projectId: project.id, sha256, phash: sha256.slice(0, 16), width, height, format: "png", byteSize: png.length,
        storageKey: keys.original, thumbnailKey: keys.thumbnail, trainingKey: keys.original, originalName: spec.name,
        createdAt: new Date(Date.now() - 60_000 + i), ...(queueKeys[i] === undefined ? {} : { queueKey: queueKeys[i] }), ...(spec.gold ? { isGold: true, goldLabelId: classId(spec.gold), status: "APPROVED", approvedLabelId: classId(spec.gold), approvedAt: new Date() } : {}),
      },
    });
    ids.push(painting.id);
  }
  return { project, ids, classId };
}
