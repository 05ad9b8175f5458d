// The list's filters as the URL carries them (shareable views) and as GraphQL wants them. Plain
// functions, usable by the server page and the client components alike.
import type { EvidenceSignal, PaintingFilter, PaintingSource, PaintingStatus } from "../graphql/generated";

export type Filters = { status: PaintingStatus | ""; labelKey: string; source: PaintingSource | ""; disputed: "" | "yes" | "no"; near: boolean;
  /** Reviewers and up: the API refuses it to annotators. */
  evidence: EvidenceSignal | "" };

export const STATUSES: PaintingStatus[] = ["UNLABELED", "ANNOTATING", "DISPUTED", "APPROVED"];

export const EVIDENCE_SIGNALS: [EvidenceSignal, string][] = [
  ["ANY", "Any signal"], ["C2PA", "Has C2PA"], ["GENERATOR_PARAMETERS", "Generator parameters present"],
  ["AI_SOURCE_TYPE", "XMP says AI-generated"], ["EXIF_SOFTWARE", "EXIF software"], ["GPS", "GPS position"], ["NONE", "No signal"],
];

export function filtersFromParams(params: Record<string, string | string[] | undefined>): Filters {
  const one = (key: string) => (typeof params[key] === "string" ? (params[key] as string) : "");
  const status = one("status") as PaintingStatus;
  const source = one("source") as PaintingSource;
  const disputed = one("disputed");
  return {
    status: STATUSES.includes(status) ? status : "",
    labelKey: one("label"),
    source: source === "UPLOAD" || source === "IMPORT" ? source : "",
    disputed: disputed === "yes" || disputed === "no" ? disputed : "",
    near: one("near") === "1",
    evidence: EVIDENCE_SIGNALS.find(([signal]) => signal === one("evidence"))?.[0] ?? "",
  };
}

export function filtersToParams(projectId: string, filters: Filters): string {
  const params = new URLSearchParams({ project: projectId });
  if (filters.status) params.set("status", filters.status);
  if (filters.labelKey) params.set("label", filters.labelKey);
  if (filters.source) params.set("source", filters.source);
  if (filters.disputed) params.set("disputed", filters.disputed);
  if (filters.near) params.set("near", "1");
  if (filters.evidence) params.set("evidence", filters.evidence);
  return params.toString();
}

export function toPaintingFilter(filters: Filters): PaintingFilter {
  return {
    status: filters.status || null,
    labelKey: filters.labelKey || null,
    source: filters.source || null,
    disputed: filters.disputed ? filters.disputed === "yes" : null,
    nearDuplicatesOnly: filters.near || null,
    evidence: filters.evidence || null,
  };
}
