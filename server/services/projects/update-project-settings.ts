import { z } from "zod";
import type { Db } from "@/server/db/client";
import { notFound } from "@/server/errors";
import { writeAuditLog } from "../audit/write-audit-log";

const rate = z.number().min(0).max(1);

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
});

export async function updateProjectSettings(db: Db, actorId: string, input: z.input<typeof updateProjectSettingsInput>) {
  const { id, ...changes } = updateProjectSettingsInput.parse(input);
  const existing = await db.project.findUnique({ where: { id } });
  if (!existing) throw notFound("project/not_found", "project", id);
  // An omitted field keeps its value. An explicit null clears the labeling budget (no cap) and is
  // ignored elsewhere, since every other setting always has a value.
  const data = Object.fromEntries(
    Object.entries(changes).filter(([key, value]) => value !== undefined && (value !== null || key === "labelingBudget")),
  );
  const project = await db.project.update({ where: { id }, data });
  await writeAuditLog(db, { actorId, action: "project.update_settings", entityType: "Project", entityId: id, data });
  return project;
}
