// Grad-CAM overlays for reviewers; the logic lives in server/http/serve-saliency-map.ts.
import { routeContext } from "@/server/http/route-context";
import { serveSaliencyMap } from "@/server/http/serve-saliency-map";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ paintingId: string; modelVersionId: string }> }) {
  return serveSaliencyMap(await routeContext(), request, await params);
}
