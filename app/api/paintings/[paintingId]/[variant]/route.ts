// Painting images for signed-in users; the logic lives in server/http/serve-painting-image.ts.
import { routeContext } from "@/server/http/route-context";
import { servePaintingImage } from "@/server/http/serve-painting-image";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ paintingId: string; variant: string }> }) {
  return servePaintingImage(await routeContext(), request, await params);
}
