// Liveness and readiness: database and workers. The logic lives in server/http/check-health.ts.
import { handleRoute } from "@/server/http/handle-route";
import { checkHealth } from "@/server/http/check-health";

export const dynamic = "force-dynamic";

export const GET = handleRoute(() => checkHealth());
