// Browser uploads; the logic (and its database access) lives in server/http/upload-paintings.ts.
import { handleRoute } from "@/server/http/handle-route";
import { routeContext } from "@/server/http/route-context";
import { queueScoringOfUploads } from "@/server/http/queue-scoring-of-uploads";
import { uploadPaintings } from "@/server/http/upload-paintings";

export const dynamic = "force-dynamic";

export const POST = handleRoute(async (request: Request, { params }: { params: Promise<{ projectId: string }> }) => {
  const context = await routeContext();
  return uploadPaintings({ ...context, afterImport: queueScoringOfUploads(context.db) }, request, (await params).projectId);
});
