import { handlers } from "@/server/auth/next-auth";
import { handleRoute } from "@/server/http/handle-route";

export const GET = handleRoute(handlers.GET);
export const POST = handleRoute(handlers.POST);
