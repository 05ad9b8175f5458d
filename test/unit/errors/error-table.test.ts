import { describe, expect, it, onTestFinished } from "vitest";
import { GraphQLError } from "graphql";
import { AppError, ERROR_CODES, ERROR_TABLE, errorEdgeInfo } from "@/server/errors";
import { formatError } from "@/server/graphql/apollo-server";
import { thrownErrorResponse } from "@/server/http/http-responses";
import { ImageRejectedError } from "@/server/images/image-error";
import { BatchItemError } from "@/server/services/paintings/import-batch";
import { StorageError } from "@/server/storage/storage-error";
import { createLogger, replaceRootLogger } from "@/server/logging/logger";

// Resolver errors reach formatError wrapped the way Apollo wraps them.
const fromResolver = (error: Error) => new GraphQLError(error.message, { path: ["field"], originalError: error });
const silenced = () => replaceRootLogger(createLogger(undefined, "silent"));

describe("the error code table", () => {
  it("documents every code in one line and gives it an HTTP status", () => {
    for (const code of ERROR_CODES) {
      const { doc, status } = ERROR_TABLE[code];
      expect(doc.length, code).toBeGreaterThan(10);
      expect(doc, code).not.toContain("\n");
      expect(status >= 400 && status < 600, code).toBe(true);
    }
  });

  it("keeps the codes clients branch on, spelled as shipped, with their statuses", () => {
    expect(errorEdgeInfo("UNAUTHENTICATED")).toMatchObject({ graphqlCode: "UNAUTHENTICATED", status: 401 });
    expect(errorEdgeInfo("FORBIDDEN")).toMatchObject({ graphqlCode: "FORBIDDEN", status: 403 });
    expect(errorEdgeInfo("BAD_USER_INPUT")).toMatchObject({ graphqlCode: "BAD_USER_INPUT", status: 400 });
    expect(errorEdgeInfo("run/preset_unsupported")).toMatchObject({ graphqlCode: "run/preset_unsupported" });
    expect(errorEdgeInfo("run/queue_unavailable")).toMatchObject({ graphqlCode: "run/queue_unavailable" });
    expect(errorEdgeInfo("upload/request_too_large").status).toBe(413);
    expect(errorEdgeInfo("upload/cross_site").status).toBe(403);
    expect(errorEdgeInfo("painting/not_found").status).toBe(404);
    expect(errorEdgeInfo("storage/invalid_config")).toMatchObject({ graphqlCode: "INTERNAL_SERVER_ERROR", status: 500, exposeMessage: false });
  });

  it("has one error class: storage, image and batch refusals are AppErrors", () => {
    expect(new StorageError("storage/unavailable", "S3 get k failed")).toBeInstanceOf(AppError);
    expect(new ImageRejectedError("image/corrupt", "bad")).toBeInstanceOf(AppError);
    expect(new BatchItemError("import/unsafe_path", "no")).toBeInstanceOf(AppError);
    expect(new AppError("FORBIDDEN", "x")).not.toBeInstanceOf(GraphQLError);
  });
});

describe("the GraphQL edge (formatError)", () => {
  it("sends an AppError's code, message and details", () => {
    const error = new AppError("run/preset_unsupported", "No live worker can train full.", { preset: "full", backends: ["wasm"] });
    expect(formatError({ message: error.message, path: ["startTrainingRun"] }, fromResolver(error))).toEqual({
      message: "No live worker can train full.",
      path: ["startTrainingRun"],
      extensions: { code: "run/preset_unsupported", details: { preset: "full", backends: ["wasm"] } },
    });
  });

  it("answers a storage outage with its code and a message for users, never the operator's", () => {
    const restore = silenced();
    try {
      const error = new StorageError("storage/unavailable", "S3 get paintings/ab failed: AccessDenied (check the S3 credentials)");
      expect(formatError({ message: error.message }, fromResolver(error))).toEqual({
        message: "File storage is unavailable; try again shortly.",
        extensions: { code: "storage/unavailable" },
      });
    } finally {
      restore();
    }
  });

  it("masks internal codes and bare errors", () => {
    const restore = silenced();
    try {
      const masked = { message: "Internal server error", path: ["f"], extensions: { code: "INTERNAL_SERVER_ERROR" } };
      expect(formatError({ message: "x", path: ["f"] }, fromResolver(new StorageError("storage/invalid_config", "S3_BUCKET is missing")))).toEqual(masked);
      expect(formatError({ message: "x", path: ["f"] }, fromResolver(new Error("secret internals")))).toEqual(masked);
    } finally {
      restore();
    }
  });
});

describe("the HTTP edge (routes under app/api)", () => {
  it("answers an AppError with the table's status and the same code", async () => {
    const restore = silenced();
    onTestFinished(restore);
    const response = thrownErrorResponse(new AppError("project/not_found", "No project with id p1."));
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: { code: "project/not_found", message: "No project with id p1." } });
    const storage = thrownErrorResponse(new StorageError("storage/unavailable", "S3 put k failed: HTTP 500"));
    expect(storage.status).toBe(503);
    expect(await storage.json()).toEqual({ error: { code: "storage/unavailable", message: "File storage is unavailable; try again shortly." } });
  });

  it("masks anything else as a 500 INTERNAL_SERVER_ERROR", async () => {
    const restore = silenced();
    try {
      const response = thrownErrorResponse(new TypeError("cannot read properties of undefined"));
      expect(response.status).toBe(500);
      expect(await response.json()).toEqual({ error: { code: "INTERNAL_SERVER_ERROR", message: "Internal server error" } });
    } finally {
      restore();
    }
  });
});
