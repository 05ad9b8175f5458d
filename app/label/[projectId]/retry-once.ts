// A submit whose answer is lost (the connection dropped, or the server failed after committing:
// "Internal server error") may or may not have been saved. Submits are idempotent, so asking
// once more is safe: the second answer says whether the label was already there.
import { CombinedGraphQLErrors } from "@apollo/client";

export const RETRY_DELAY_MS = 1000;

/** Errors after which the outcome is unknown; a refusal with a code of ours is final. */
export function isRetryable(error: unknown): boolean {
  if (CombinedGraphQLErrors.is(error)) return error.errors.some((e) => e.extensions?.code === "INTERNAL_SERVER_ERROR");
  return true; // network failure, aborted request, unreadable answer
}

export async function retryOnce<T>(work: () => Promise<T>, { delayMs = RETRY_DELAY_MS } = {}): Promise<{ value: T; retried: boolean }> {
  try {
    return { value: await work(), retried: false };
  } catch (error) {
    if (!isRetryable(error)) throw error;
    await new Promise((resolve) => setTimeout(resolve, delayMs));
    return { value: await work(), retried: true };
  }
}
