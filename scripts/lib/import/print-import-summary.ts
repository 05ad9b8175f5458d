import type { ImportSummary } from "./run-import";

export const FAILURES_LISTED = 20;

/** The outcome in a few lines: counts, then the first failures with their reasons. */
export function formatImportSummary(summary: ImportSummary, source: string): string {
  const { project, results, created, duplicate, failed, skipped } = summary;
  const linked = results.filter((r) => r.status === "created" && r.nearDuplicates > 0).length;
  const lines = [
    `Imported ${source} into "${project.name}" (${project.slug}): ${results.length} files`,
    `  created    ${created}${linked ? ` (${linked} linked to near-duplicates)` : ""}`,
    `  duplicate  ${duplicate} (already in the project, left as they were)`,
    `  failed     ${failed}`,
  ];
  if (skipped.length) lines.push(`  skipped    ${skipped.length} (hidden files, links, __MACOSX)`);
  const failures = results.flatMap((r) => (r.status === "failed" ? [r] : []));
  if (failures.length) {
    lines.push(failures.length > FAILURES_LISTED ? `First ${FAILURES_LISTED} of ${failures.length} failures:` : "Failures:");
    for (const failure of failures.slice(0, FAILURES_LISTED)) lines.push(`  ${failure.name}: ${failure.code}: ${failure.message}`);
  }
  return lines.join("\n");
}
