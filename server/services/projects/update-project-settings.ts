import { z } from "zod";
import type { Db } from "@/server/db/client";
import { notFound } from "@/server/errors";
import { writeAuditLog } from "../audit/write-audit-log";
import { hotkeySchema } from "./label-class-hotkey";
import { updateLabelClasses } from "./update-label-classes";

const rate = z.number().min(0).max(1);

// A class's key (HUMAN, AI) is not editable: model predictions, exports and training snapshots
// refer to it. Its name and hotkey are, since labels point at the class row, not at either.
const labelClassSettings = z.object({ id: z.string().min(1), name: z.string().trim().min(1).max(60), hotkey: hotkeySchema });

export const updateProjectSettingsInput = z.object({
  id: z.string().min(1),
  name: z.string().trim().min(1).max(120).nullish(),
  description: z.string().max(2000).nullish(),
  labelsPerItem: z.number().int().min(1).max(10).nullish(),
  goldRate: rate.nullish(),
  spotCheckRate: rate.nullish(),
  preAnnotation: z.enum(["OFF", "AFTER_COMMIT", "BEFORE_COMMIT"]).nullish(),
  uncertaintyStrategy: z.enum(["LEAST_CONFIDENCE", "MARGIN", "ENTROPY"]).nullish(),
  uncertaintyThreshold: rate.nullish(),
  labelingBudget: z.number().int().min(1).max(100_000).nullish(),
  claimTtlSeconds: z.number().int().min(30).max(24 * 3600).nullish(),
  servingOrder: z.enum(["RANDOM", "UNCERTAINTY_FIRST"]).nullish(),
  hideFileNames: z.boolean().nullish(),
  normaliseTrainingCopies: z.boolean().nullish(),
  labelClasses: z.array(labelClassSettings).max(20).nullish()
    .refine((classes) => !classes || new Set(classes.map((c) => c.id)).size === classes.length, "Each class may appear once.")
    .refine((classes) => !classes || new Set(classes.map((c) => c.hotkey)).size === classes.length, "Hotkeys must differ."),
});

export async function updateProjectSettings(db: Db, actorId: string, input: z.input<typeof updateProjectSettingsInput>) {
  const { id, labelClasses, ...changes } = updateProjectSettingsInput.parse(input);
  const existing = await db.project.findUnique({ where: { id } });
  if (!existing) throw notFound("project/not_found", "project", id);
  // An omitted field keeps its value. An explicit null clears the labeling budget (no cap) and is
  // ignored elsewhere, since every other setting always has a value.
  const data = Object.fromEntries(
    Object.entries(changes).filter(([key, value]) => value !== undefined && (value !== null || key === "labelingBudget")),
  );
  return db.$transaction(async (tx) => {
    const project = await tx.project.update({ where: { id }, data });
    const classChanges = labelClasses ? await updateLabelClasses(tx, id, labelClasses) : [];
    await writeAuditLog(tx, {
      actorId, action: "project.update_settings", entityType: "Project", entityId: id,
      data: classChanges.length > 0 ? { ...data, labelClasses: classChanges } : data,
    });
    return project;
  });
}
