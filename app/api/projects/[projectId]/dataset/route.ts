// The approved dataset as CSV or JSON, for managers; the logic lives in server/http/export-dataset.ts.
import { exportDataset } from "@/server/http/export-dataset";
import { viewerContext } from "@/server/http/viewer-context";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ projectId: string }> }) {
  return exportDataset(await viewerContext(), request, (await params).projectId);
}
