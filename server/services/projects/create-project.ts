import { z } from "zod";
import type { Db } from "@/server/db/client";
import { AppError } from "@/server/errors";
import { isUniqueViolation } from "@/server/db/prisma-errors";
import { writeAuditLog } from "../audit/write-audit-log";
import { hotkeySchema } from "./label-class-hotkey";

export const DEFAULT_LABEL_CLASSES = [
  { key: "HUMAN", name: "Human-made", hotkey: "h", color: "#2f7d4f" },
  { key: "AI", name: "AI-generated", hotkey: "a", color: "#b5452f" },
];

const labelClassInput = z.object({
  key: z.string().trim().toUpperCase().regex(/^[A-Z][A-Z0-9_]{0,31}$/, "Class keys are letters, digits and _ (e.g. HUMAN)."),
  name: z.string().trim().min(1).max(60),
  hotkey: hotkeySchema,
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/).nullish(),
});

export const createProjectInput = z.object({
  name: z.string().trim().min(1).max(120),
  slug: z.string().trim().toLowerCase().regex(/^[a-z0-9][a-z0-9-]{0,62}$/).nullish(),
  description: z.string().max(2000).nullish(),
  labelClasses: z.array(labelClassInput).min(2).max(20).nullish()
    .refine((classes) => !classes || new Set(classes.map((c) => c.key)).size === classes.length, "Class keys must differ.")
    .refine((classes) => !classes || new Set(classes.map((c) => c.hotkey)).size === classes.length, "Hotkeys must differ."),
  labelsPerItem: z.number().int().min(1).max(10).nullish(),
});

export async function createProject(db: Db, actorId: string | null, input: z.input<typeof createProjectInput>) {
  const parsed = createProjectInput.parse(input);
  const slug = parsed.slug ?? slugify(parsed.name);
  const classes = parsed.labelClasses ?? DEFAULT_LABEL_CLASSES;
  try {
    const project = await db.project.create({
      data: {
        name: parsed.name,
        slug,
        description: parsed.description ?? "",
        labelsPerItem: parsed.labelsPerItem ?? 2,
        createdById: actorId,
        labelClasses: {
          create: classes.map((c, position) => ({ key: c.key, name: c.name, hotkey: c.hotkey, color: c.color ?? "#888888", position })),
        },
      },
    });
    await writeAuditLog(db, { actorId, action: "project.create", entityType: "Project", entityId: project.id, data: { slug } });
    return project;
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("project/slug_taken", `A project with slug "${slug}" already exists.`);
    throw error;
  }
}

export function slugify(name: string): string {
  const slug = name.toLowerCase().normalize("NFKD").replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 63);
  return slug || "project";
}
