// Signing secret for session cookies. There is no default that works in production: without
// AUTH_SECRET a production server refuses to start. Development and tests get a per-process
// random secret (sessions then end when the process restarts).
import { randomBytes } from "node:crypto";

const MIN_LENGTH = 32;
let developmentSecret: string | undefined;

export function requireAuthSecret(env: NodeJS.ProcessEnv = process.env): string {
  const secret = env.AUTH_SECRET;
  if (secret && secret.length >= MIN_LENGTH) return secret;
  if (env.NODE_ENV === "production") {
    throw new Error(
      secret
        ? `AUTH_SECRET is shorter than ${MIN_LENGTH} characters; generate one with \`openssl rand -base64 33\`.`
        : "AUTH_SECRET is not set. A production server refuses to start without it; generate one with `openssl rand -base64 33`.",
    );
  }
  developmentSecret ??= randomBytes(33).toString("base64");
  return developmentSecret;
}
