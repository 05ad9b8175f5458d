import { rootLogger } from "@/server/logging/logger";
import { requireAuthSecret } from "./auth-secret";

/** A production server without a usable AUTH_SECRET exits instead of serving forgeable sessions. */
export function refuseToStartWithoutSecrets(): void {
  try {
    requireAuthSecret();
  } catch (error) {
    rootLogger().fatal(`refusing to start: ${(error as Error).message}`);
    process.exit(1);
  }
}
