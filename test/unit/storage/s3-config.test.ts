import { describe, expect, it } from "vitest";
import { parseS3Config } from "@/server/storage/s3-config";

const SECRET = "s3cr3t-value-that-must-not-leak";
const minimal = { S3_BUCKET: "paintings", S3_REGION: "eu-west-1" };

function problemsOf(env: Record<string, string | undefined>): string {
  try {
    parseS3Config(env);
  } catch (error) {
    expect(error).toMatchObject({ name: "StorageError", code: "storage/invalid_config" });
    return (error as Error).message;
  }
  throw new Error("expected the configuration to be refused");
}

describe("parseS3Config", () => {
  it("reads AWS settings, with the SDK's default credentials when no key pair is given", () => {
    expect(parseS3Config(minimal)).toEqual({
      bucket: "paintings",
      region: "eu-west-1",
      endpoint: undefined,
      forcePathStyle: false,
      credentials: undefined,
    });
  });

  it("reads a self-hosted server's settings, path-style by default", () => {
    const config = parseS3Config({
      ...minimal,
      S3_ENDPOINT: "http://minio.internal:9000",
      S3_ACCESS_KEY_ID: "provenance",
      S3_SECRET_ACCESS_KEY: SECRET,
    });
    expect(config).toMatchObject({ endpoint: "http://minio.internal:9000", forcePathStyle: true });
    expect(config.credentials).toEqual({ accessKeyId: "provenance", secretAccessKey: SECRET });
    expect(parseS3Config({ ...minimal, S3_ENDPOINT: "https://s3.example.org", S3_FORCE_PATH_STYLE: "false" }).forcePathStyle).toBe(false);
    expect(parseS3Config({ ...minimal, S3_FORCE_PATH_STYLE: "true" }).forcePathStyle).toBe(true);
  });

  it("lists every missing variable at once; blank counts as missing", () => {
    expect(problemsOf({ S3_REGION: " " })).toBe("STORAGE_DRIVER=s3 is not configured: S3_BUCKET is missing; S3_REGION is missing.");
  });

  it("names malformed values without repeating them", () => {
    const message = problemsOf({
      S3_BUCKET: "Not_A_Bucket",
      S3_REGION: "eu-west-1",
      S3_ENDPOINT: `http://key:${SECRET}@minio:9000`,
      S3_FORCE_PATH_STYLE: "sometimes",
      S3_SECRET_ACCESS_KEY: SECRET,
    });
    expect(message).toContain("S3_BUCKET is not a valid bucket name");
    expect(message).toContain("S3_ENDPOINT must not contain credentials");
    expect(message).toContain('S3_FORCE_PATH_STYLE must be "true" or "false"');
    expect(message).toContain("S3_ACCESS_KEY_ID is missing (S3_SECRET_ACCESS_KEY is set)");
    expect(message).not.toContain(SECRET);
    expect(message).not.toContain("Not_A_Bucket");
    expect(problemsOf({ ...minimal, S3_ENDPOINT: "ftp://files" })).toContain("S3_ENDPOINT is not an http(s) URL");
    expect(problemsOf({ ...minimal, S3_ACCESS_KEY_ID: "provenance" })).toContain("S3_SECRET_ACCESS_KEY is missing (S3_ACCESS_KEY_ID is set)");
  });
});
