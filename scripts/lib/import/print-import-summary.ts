import type { ImportSummary } from "./run-import";

// Names come from the archive or folder being imported: escape sequences in them would drive the
// terminal (retitle it, clear it, fake output), and bidi controls reorder what is shown. They are
// printed as visible \u escapes instead.
// eslint-disable-next-line no-control-regex
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

export const FAILURES_LISTED = 20;

/** The outcome in a few lines: counts, then the first failures with their reasons. */
export function formatImportSummary(summary: ImportSummary, source: string): string {
  const { project, results, created, duplicate, failed, skipped } = summary;
  const linked = results.filter((r) => r.status === "created" && r.nearDuplicates > 0).length;
  const lines = [
    `Imported ${printable(source)} into "${printable(project.name)}" (${project.slug}): ${results.length} files`,
    `  created    ${created}${linked ? ` (${linked} linked to near-duplicates)` : ""}`,
    `  duplicate  ${duplicate} (already in the project, left as they were)`,
    `  failed     ${failed}`,
  ];
  if (summary.evaluationSet) {
    const { name, created: isNew, outsideSet } = summary.evaluationSet;
    lines.push(`  into evaluation set "${printable(name)}"${isNew ? " (new)" : ""}: never trained on; every run is scored on it`);
    if (outsideSet) lines.push(`  ${outsideSet} duplicate(s) were already in the project outside this set and stay there: they are not in the set`);
  }
  if (skipped.length) lines.push(`  skipped    ${skipped.length} (hidden files, links, __MACOSX)`);
  const failures = results.flatMap((r) => (r.status === "failed" ? [r] : []));
  if (failures.length) {
    lines.push(failures.length > FAILURES_LISTED ? `First ${FAILURES_LISTED} of ${failures.length} failures:` : "Failures:");
    for (const failure of failures.slice(0, FAILURES_LISTED)) lines.push(`  ${printable(failure.name)}: ${failure.code}: ${printable(failure.message)}`);
  }
  return lines.join("\n");
}
