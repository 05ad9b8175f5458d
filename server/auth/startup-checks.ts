import { requireAuthSecret } from "./auth-secret";

/** A production server without a usable AUTH_SECRET exits instead of serving forgeable sessions. */
export function refuseToStartWithoutSecrets(): void {
  try {
    requireAuthSecret();
  } catch (error) {
    console.error(`[provenance] refusing to start: ${(error as Error).message}`);
    process.exit(1);
  }
}
