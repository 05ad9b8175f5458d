import { CombinedGraphQLErrors } from "@apollo/client";
import { describe, expect, it } from "vitest";
import { isRetryable, retryOnce } from "@/app/label/[projectId]/retry-once";

const graphqlError = (code: string) => new CombinedGraphQLErrors({ errors: [{ message: code, extensions: { code } }] });

describe("retryOnce (a label submit whose answer was lost)", () => {
  it("sends once more after an internal error or a network failure, and says it did", async () => {
    for (const failure of [graphqlError("INTERNAL_SERVER_ERROR"), new TypeError("Failed to fetch")]) {
      let calls = 0;
      const result = await retryOnce(async () => {
        calls++;
        if (calls === 1) throw failure;
        return "saved";
      }, { delayMs: 1 });
      expect(result).toEqual({ value: "saved", retried: true });
      expect(calls).toBe(2);
    }
  });

  it("never repeats a refusal of ours, and gives up after the second failure", async () => {
    expect(isRetryable(graphqlError("claim/expired"))).toBe(false);
    let calls = 0;
    await expect(retryOnce(async () => {
      calls++;
      throw graphqlError("label/invalid_class");
    }, { delayMs: 1 })).rejects.toThrow("label/invalid_class");
    expect(calls).toBe(1);
    await expect(retryOnce(async () => {
      throw new TypeError("Failed to fetch");
    }, { delayMs: 1 })).rejects.toThrow("Failed to fetch");
  });
});
