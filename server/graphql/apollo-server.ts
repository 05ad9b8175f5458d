// The Apollo server behind /api/graphql, with its protections on: CSRF prevention, no batched
// requests, introspection only outside production, depth/cost/alias/token limits from
// graphql-armor, and internal errors masked.
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import { unwrapResolverError } from "@apollo/server/errors";
import type { GraphQLFormattedError } from "graphql";
import { ZodError } from "zod";
import { getConfig } from "@/server/config";
import { errorEdgeInfo, INTERNAL_MESSAGE, isKnownCode } from "@/server/error-codes";
import { AppError } from "@/server/errors";
import { logInternalError } from "@/server/logging/log-internal-error";
import type { GraphQLContext } from "./context";
import { buildSchema } from "./schema";

// Codes the GraphQL layer itself raises for bad requests; they describe the client's mistake.
const CLIENT_CODES = new Set(["GRAPHQL_PARSE_FAILED", "GRAPHQL_VALIDATION_FAILED", "BAD_REQUEST", "PERSISTED_QUERY_NOT_FOUND", "PERSISTED_QUERY_NOT_SUPPORTED", "OPERATION_RESOLUTION_FAILURE"]);
const MAX_TOKENS = 2_000;
const ACCESS_CODES = new Set(["UNAUTHENTICATED", "FORBIDDEN"]);

export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof ZodError) {
    // Input validated at the edge: say which field is wrong and why.
    const issues = original.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message }));
    const message = issues.map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message)).join("; ");
    return { message, path: formatted.path, extensions: { code: "BAD_USER_INPUT", issues } };
  }
  const appError = original instanceof AppError ? original : (original as { originalError?: unknown } | null)?.originalError;
  if (appError instanceof AppError && appError.edge.graphqlCode !== "INTERNAL_SERVER_ERROR") {
    // Our own refusal, through the one code table: its code, the user's message, its details.
    const { message: _own, extensions: _theirs, ...rest } = formatted;
    if (!appError.edge.exposeMessage) logInternalError("graphql", appError);
    const details = appError.details ? { details: appError.details } : {};
    return { ...rest, message: appError.publicMessage, extensions: { code: appError.edge.graphqlCode, ...details } };
  }
  const code = formatted.extensions?.code;
  if (!(appError instanceof AppError) && (CLIENT_CODES.has(String(code)) || (isKnownCode(code) && errorEdgeInfo(code).exposeMessage))) {
    // GraphQL's own answers to a malformed request (bad variables: BAD_USER_INPUT) describe the
    // client's mistake.
    const { stacktrace: _hidden, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  logInternalError("graphql", appError ?? original);
  return { message: INTERNAL_MESSAGE, path: formatted.path, extensions: { code: "INTERNAL_SERVER_ERROR" } };
}

/** A refused field answers with no data at all, so nothing leaks beside the refusal. */
const withholdDataOnAccessErrors: ApolloServerPlugin<GraphQLContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== "single") return;
        const { singleResult } = response.body;
        if (singleResult.errors?.some((error) => ACCESS_CODES.has(String(error.extensions?.code)))) {
          singleResult.data = null;
        }
      },
    };
  },
};

export function createApolloServer(): ApolloServer<GraphQLContext> {
  const { production } = getConfig();
  const armor = new ApolloArmor({
    maxDepth: { n: 10 },
    maxAliases: { n: 15 },
    costLimit: { maxCost: 10_000 },
    // graphql-armor's token plugin re-parses in parsingDidStart and throws there, which Apollo
    // answers as a 500 (syntax errors included); graphql-js's own token limit below fails the
    // parse itself, a GRAPHQL_PARSE_FAILED 400.
    maxTokens: { enabled: false },
    maxDirectives: { n: 20 },
    blockFieldSuggestion: { enabled: production },
  }).protect();
  return new ApolloServer<GraphQLContext>({
    schema: buildSchema(),
    ...armor,
    plugins: [...armor.plugins, withholdDataOnAccessErrors],
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    parseOptions: { maxTokens: MAX_TOKENS },
    introspection: !production,
    includeStacktraceInErrorResponses: false,
    formatError,
  });
}
