import { hasRole } from "@/server/auth/roles";
import { requirePageRole } from "../lib/require-page-role";
import { PaintingBrowser } from "./painting-browser";
import { filtersFromParams } from "./painting-filter-params";

export const dynamic = "force-dynamic";

export default async function PaintingsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requirePageRole("ANNOTATOR", "/paintings");
  const params = await searchParams;
  const project = typeof params.project === "string" ? params.project : null;
  return <PaintingBrowser initialProjectId={project} initialFilters={filtersFromParams(params)} seesOutcomes={hasRole(viewer.role, "REVIEWER")} />;
}
