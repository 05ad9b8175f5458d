// The command-line import without the command line: finds the project, lists the folder or zip,
// checks the labels it implies, and imports everything through importBatch. Usage problems throw
// ImportUsageError before any file is imported; bad files only fail themselves.
import type { Db } from "@/server/db/client";
import type { Project } from "@/server/db/generated/client";
import { readImageLimits, type ImageLimits } from "@/server/images/image-limits";
import { findOrCreateEvaluationSet } from "@/server/services/evaluation-sets/find-or-create-evaluation-set";
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
  /** Name of the project's evaluation set to import into (created if new). */
  evaluationSet?: string | null;
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
  /** With outsideSet: files already in the project outside the set, which stay where they are. */
  evaluationSet: { id: string; name: string; created: boolean; outsideSet: number } | null;
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
    if (options.evaluationSet) checkEvaluationLabels(items);
    const evaluationSet = options.evaluationSet ? await findOrCreateEvaluationSet(db, null, { projectId: project.id, name: options.evaluationSet }) : null;
    options.onStart?.(items.length);
    const results = await importBatch(db, storage, items, {
      projectId: project.id, source: "IMPORT", uploadedById: null, asGold: options.gold ?? false, evaluationSetId: evaluationSet?.set.id ?? null,
      limits, onProgress: options.onProgress,
    });
    const count = (status: BatchItemResult["status"]) => results.filter((result) => result.status === status).length;
    return {
      project, results, skipped: source.skipped, created: count("created"), duplicate: count("duplicate"), failed: count("failed"),
      evaluationSet: evaluationSet && {
        id: evaluationSet.set.id, name: evaluationSet.set.name, created: evaluationSet.created,
        outsideSet: await countOutsideSet(db, evaluationSet.set.id, results),
      },
    };
  } finally {
    if (!options.source) await source.close();
  }
}

/** Duplicates are left as they were: one already in the training pool is not moved into the set. */
async function countOutsideSet(db: Db, evaluationSetId: string, results: BatchItemResult[]) {
  const ids = results.flatMap((r) => (r.status === "duplicate" ? [r.paintingId] : []));
  if (ids.length === 0) return 0;
  // SQL's NOT (x = y) is unknown for a null x, so "in no set" is asked for in its own right.
  return db.painting.count({ where: { id: { in: ids }, OR: [{ evaluationSetId: null }, { evaluationSetId: { not: evaluationSetId } }] } });
}

/** An evaluation set is scored against each painting's true label, so every file needs one. */
function checkEvaluationLabels(items: { name: string; knownLabel: string | null }[]) {
  const unlabeled = items.filter((item) => !item.knownLabel);
  if (unlabeled.length === 0) return;
  throw new ImportUsageError(
    `An evaluation set needs the true label of every file: ${unlabeled.length} file(s) have none (e.g. ${unlabeled[0]!.name}). ` +
      "Give --label human|ai, or put the files under human/ and ai/ folders.",
  );
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
