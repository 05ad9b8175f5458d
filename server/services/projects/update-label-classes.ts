// Renames classes and moves their hotkeys. Labels, gold answers and reviews point at the class
// row, so neither change touches what was labeled; the keyboard map simply follows on the next
// task. Hotkeys are unique per project in the database, so a swap (H <-> A) first parks every
// changed class on a placeholder, then writes the final keys.
import { ZodRealError, type ZodError } from "zod";
import type { Prisma } from "@/server/db/generated/client";

type ClassSettings = { id: string; name: string; hotkey: string };
export type ClassChange = { key: string; name?: string; hotkey?: string };

export async function updateLabelClasses(tx: Prisma.TransactionClient, projectId: string, settings: ClassSettings[]): Promise<ClassChange[]> {
  const current = await tx.labelClass.findMany({ where: { projectId }, orderBy: { position: "asc" } });
  const byId = new Map(current.map((c) => [c.id, c]));
  const issues: ZodError["issues"] = [];
  settings.forEach((s, index) => {
    if (!byId.has(s.id)) issues.push({ code: "custom", path: ["labelClasses", index, "id"], message: "Not a class of this project.", input: s.id });
  });
  // The final map, classes left out of the input keeping their keys, must not bind one key twice.
  const finalKey = new Map(current.map((c) => [c.id, c.hotkey]));
  for (const s of settings) finalKey.set(s.id, s.hotkey);
  settings.forEach((s, index) => {
    const clash = current.find((c) => c.id !== s.id && finalKey.get(c.id) === s.hotkey);
    if (clash) issues.push({ code: "custom", path: ["labelClasses", index, "hotkey"], message: `${s.hotkey.toUpperCase()} is already the key of ${clash.name}.`, input: s.hotkey });
  });
  // ZodRealError: the Error subclass zod itself throws, so it is reported per field like parse errors.
  if (issues.length > 0) throw new ZodRealError(issues);

  const changed = settings.filter((s) => byId.get(s.id)!.hotkey !== s.hotkey || byId.get(s.id)!.name !== s.name);
  for (const s of changed) await tx.labelClass.update({ where: { id: s.id }, data: { hotkey: `~${s.id}` } });
  for (const s of changed) await tx.labelClass.update({ where: { id: s.id }, data: { hotkey: s.hotkey, name: s.name } });
  return changed.map((s) => {
    const before = byId.get(s.id)!;
    return { key: before.key, ...(before.name !== s.name ? { name: s.name } : {}), ...(before.hotkey !== s.hotkey ? { hotkey: s.hotkey } : {}) };
  });
}
