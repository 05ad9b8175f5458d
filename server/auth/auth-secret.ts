// Signing secret for session cookies. There is no default that works in production: without
// AUTH_SECRET a production server refuses to start, and so it does with a short or predictable
// one ("changeme" four times is long enough but guessable). Development and tests get a
// per-process random secret (sessions then end when the process restarts).
import { randomBytes } from "node:crypto";
import { deflateRawSync } from "node:zlib";
import { getConfig, parseConfig } from "@/server/config";
import { AppError } from "@/server/errors";

const MIN_LENGTH = 32;
const MIN_ESTIMATED_BITS = 128;
let developmentSecret: string | undefined;

/**
 * A cautious estimate of the bits in a secret: the lower of its per-character Shannon entropy
 * times its length (few distinct characters) and its deflated size (repeated runs). Generated
 * secrets score 200+; words and repeats fall far below 128.
 */
export function estimatedSecretBits(secret: string): number {
  const counts = new Map<string, number>();
  for (const char of secret) counts.set(char, (counts.get(char) ?? 0) + 1);
  const length = [...secret].length;
  let perChar = 0;
  for (const count of counts.values()) perChar -= (count / length) * Math.log2(count / length);
  const deflatedBits = deflateRawSync(Buffer.from(secret, "utf8"), { level: 9 }).length * 8;
  return Math.min(perChar * length, deflatedBits);
}

/** AUTH_SECRET from the configuration, or from `env` when given (tests). */
export function requireAuthSecret(env?: Record<string, string | undefined>): string {
  const { AUTH_SECRET: secret, production } = env ? parseConfig(env) : getConfig();
  const problem = !secret
    ? "AUTH_SECRET is not set. A production server refuses to start without it"
    : secret.length < MIN_LENGTH
      ? `AUTH_SECRET is shorter than ${MIN_LENGTH} characters`
      : estimatedSecretBits(secret) < MIN_ESTIMATED_BITS
        ? "AUTH_SECRET is too predictable (repeated or few distinct characters)"
        : null;
  if (!problem) return secret!;
  if (production) throw new AppError("config/invalid", `${problem}; generate one with \`openssl rand -base64 33\`.`);
  developmentSecret ??= randomBytes(33).toString("base64");
  return developmentSecret;
}
