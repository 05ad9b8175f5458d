// Liveness and readiness: database and workers. The logic lives in server/http/check-health.ts.
import { checkHealth } from "@/server/http/check-health";

export const dynamic = "force-dynamic";

export async function GET() {
  return checkHealth();
}
