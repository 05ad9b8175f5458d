// Painting images for signed-in users; the logic lives in server/http/serve-painting-image.ts.
import { handleRoute } from "@/server/http/handle-route";
import { routeContext } from "@/server/http/route-context";
import { servePaintingImage } from "@/server/http/serve-painting-image";

export const dynamic = "force-dynamic";

export const GET = handleRoute(async (request: Request, { params }: { params: Promise<{ paintingId: string; variant: string }> }) =>
  servePaintingImage(await routeContext(), request, await params));
