// The command-line import without the command line: finds the project, lists the folder or zip,
// checks the labels it implies, and imports everything through importBatch. Usage problems throw
// ImportUsageError before any file is imported; bad files only fail themselves.
import type { Db } from "@/server/db/client";
import type { Project } from "@/server/db/generated/client";
import { readImageLimits, type ImageLimits } from "@/server/images/image-limits";
import { importBatch, type BatchItemResult, type BatchProgress } from "@/server/services/paintings/import-batch";
import type { BlobStorage } from "@/server/storage/storage";
import { ImportUsageError } from "./import-usage-error";
import { inferLabel } from "./infer-label";
import type { SourceListing } from "./list-folder-items";
import type { ZipLimits } from "./list-zip-items";
import { openImportSource } from "./open-import-source";

export type RunImportOptions = {
  path: string;
  label?: string | null;
  project?: string | null;
  gold?: boolean;
  limits?: Partial<ImageLimits>;
  zipLimits?: Partial<ZipLimits>;
  /** The folder or zip already opened by the caller (who closes it), instead of opening `path`. */
  source?: SourceListing;
  /** Called once the files are listed, before the first is imported. */
  onStart?: (total: number) => void;
  onProgress?: (progress: BatchProgress) => void;
};

export type ImportSummary = {
  project: Project;
  results: BatchItemResult[];
  skipped: string[];
  created: number;
  duplicate: number;
  failed: number;
};

export async function runImport(db: Db, storage: BlobStorage, options: RunImportOptions): Promise<ImportSummary> {
  const project = await findProject(db, options.project ?? null);
  const limits = { ...readImageLimits(), ...options.limits };
  const source = options.source ?? (await openImportSource(options.path, limits.maxBytes, options.zipLimits));
  try {
    if (source.items.length === 0) throw new ImportUsageError(`${options.path} has no files to import.`);
    const items = source.items.map((item) => ({ ...item, knownLabel: options.label ?? inferLabel(item.name) }));
    await checkLabels(db, project, items.map((item) => item.knownLabel));
    options.onStart?.(items.length);
    const results = await importBatch(db, storage, items, {
      projectId: project.id, source: "IMPORT", uploadedById: null, asGold: options.gold ?? false, limits, onProgress: options.onProgress,
    });
    const count = (status: BatchItemResult["status"]) => results.filter((result) => result.status === status).length;
    return { project, results, skipped: source.skipped, created: count("created"), duplicate: count("duplicate"), failed: count("failed") };
  } finally {
    if (!options.source) await source.close();
  }
}

async function findProject(db: Db, reference: string | null): Promise<Project> {
  if (reference) {
    const project = await db.project.findFirst({ where: { OR: [{ id: reference }, { slug: reference }] } });
    if (!project) throw new ImportUsageError(`No project with slug or id "${reference}".`);
    return project;
  }
  const projects = await db.project.findMany({ orderBy: { createdAt: "asc" }, take: 20 });
  if (projects.length === 1) return projects[0];
  if (projects.length === 0) throw new ImportUsageError("There are no projects yet; create one first.");
  throw new ImportUsageError(`Choose a project with --project: ${projects.map((p) => p.slug).join(", ")}.`);
}

async function checkLabels(db: Db, project: Project, labels: (string | null)[]): Promise<void> {
  const wanted = new Set(labels.filter((label): label is string => label !== null));
  if (wanted.size === 0) return;
  const classes = await db.labelClass.findMany({ where: { projectId: project.id }, select: { key: true } });
  const missing = [...wanted].filter((key) => !classes.some((c) => c.key === key));
  if (missing.length) {
    throw new ImportUsageError(`Project ${project.slug} has no label class ${missing.join(", ")} (it has ${classes.map((c) => c.key).join(", ")}).`);
  }
}
