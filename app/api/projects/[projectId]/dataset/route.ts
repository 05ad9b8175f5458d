// The approved dataset as CSV or JSON, for managers; the logic lives in server/http/export-dataset.ts.
import { exportDataset } from "@/server/http/export-dataset";
import { handleRoute } from "@/server/http/handle-route";
import { viewerContext } from "@/server/http/viewer-context";

export const dynamic = "force-dynamic";

export const GET = handleRoute(async (request: Request, { params }: { params: Promise<{ projectId: string }> }) =>
  exportDataset(await viewerContext(), request, (await params).projectId));
