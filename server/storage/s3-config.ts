// Settings of the S3 driver, read from the environment once when the driver is chosen. Every
// problem is reported at once, by variable name only: values (a secret key among them) never
// appear in the message.
import { z } from "zod";
import { StorageError } from "./storage-error";

export interface S3StorageConfig {
  bucket: string;
  region: string;
  /** For MinIO and other S3-compatible servers; unset means AWS's own endpoint for the region. */
  endpoint?: string;
  forcePathStyle: boolean;
  /** Unset: the AWS SDK's default chain (AWS_* variables, shared config files, instance roles). */
  credentials?: { accessKeyId: string; secretAccessKey: string };
}

// S3's own naming rules (MinIO uses the same): 3-63 of lowercase letters, digits, dots, hyphens.
const BUCKET_NAME = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;

const unsetWhenBlank = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);
const required = (schema: z.ZodString) => z.preprocess(unsetWhenBlank, schema);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(unsetWhenBlank, schema.optional());

const s3EnvSchema = z.object({
  S3_BUCKET: required(z.string({ error: "is missing" }).trim().regex(BUCKET_NAME, "is not a valid bucket name")),
  S3_REGION: required(z.string({ error: "is missing" }).trim()),
  S3_ENDPOINT: optional(
    z
      .url({ protocol: /^https?$/, error: "is not an http(s) URL" })
      // Credentials in the URL would end up in logs and error messages.
      .refine((url) => !/^[a-z]+:\/\/[^/]*@/i.test(url), "must not contain credentials; use S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY"),
  ),
  S3_FORCE_PATH_STYLE: optional(z.stringbool({ error: 'must be "true" or "false"' })),
  S3_ACCESS_KEY_ID: optional(z.string()),
  S3_SECRET_ACCESS_KEY: optional(z.string()),
});

// One half of a key pair is a mistake, not a request for the default chain. Checked beside the
// schema (not in a refinement, which zod skips once a field fails) so every problem is listed.
function keyPairProblems(env: Record<string, string | undefined>): string[] {
  const id = unsetWhenBlank(env.S3_ACCESS_KEY_ID) !== undefined;
  const secret = unsetWhenBlank(env.S3_SECRET_ACCESS_KEY) !== undefined;
  if (id && !secret) return ["S3_SECRET_ACCESS_KEY is missing (S3_ACCESS_KEY_ID is set)"];
  if (secret && !id) return ["S3_ACCESS_KEY_ID is missing (S3_SECRET_ACCESS_KEY is set)"];
  return [];
}

/** Throws StorageError "storage/invalid_config" naming every missing or malformed variable. */
export function parseS3Config(env: Record<string, string | undefined>): S3StorageConfig {
  const parsed = s3EnvSchema.safeParse(env);
  const problems = [
    ...(parsed.error?.issues.map((issue) => `${issue.path.join(".")} ${issue.message}`) ?? []),
    ...keyPairProblems(env),
  ];
  if (!parsed.success || problems.length > 0) {
    throw new StorageError("storage/invalid_config", `STORAGE_DRIVER=s3 is not configured: ${problems.join("; ")}.`);
  }
  const { S3_BUCKET, S3_REGION, S3_ENDPOINT, S3_FORCE_PATH_STYLE, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY } = parsed.data;
  return {
    bucket: S3_BUCKET,
    region: S3_REGION,
    endpoint: S3_ENDPOINT,
    // Self-hosted servers are usually reached by address, where bucket subdomains do not resolve.
    forcePathStyle: S3_FORCE_PATH_STYLE ?? S3_ENDPOINT !== undefined,
    credentials:
      S3_ACCESS_KEY_ID && S3_SECRET_ACCESS_KEY ? { accessKeyId: S3_ACCESS_KEY_ID, secretAccessKey: S3_SECRET_ACCESS_KEY } : undefined,
  };
}
