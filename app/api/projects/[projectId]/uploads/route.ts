// Browser uploads; the logic (and its database access) lives in server/http/upload-paintings.ts.
import { routeContext } from "@/server/http/route-context";
import { uploadPaintings } from "@/server/http/upload-paintings";

export const dynamic = "force-dynamic";

export async function POST(request: Request, { params }: { params: Promise<{ projectId: string }> }) {
  return uploadPaintings(await routeContext(), request, (await params).projectId);
}
