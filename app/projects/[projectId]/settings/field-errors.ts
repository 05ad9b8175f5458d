// The server's validation answers (extensions.issues, one per field path, see apollo-server.ts)
// turned into a map the form shows under each field.
import { CombinedGraphQLErrors } from "@apollo/client";

export type FieldErrors = Record<string, string>;

export function fieldErrors(error: unknown): { fields: FieldErrors; other: string[] } {
  if (!CombinedGraphQLErrors.is(error)) return { fields: {}, other: [error instanceof Error ? error.message : "Something went wrong."] };
  const fields: FieldErrors = {};
  const other: string[] = [];
  for (const e of error.errors) {
    const issues = e.extensions?.issues as { path: string; message: string }[] | undefined;
    if (!issues) other.push(e.message);
    else for (const issue of issues) {
      if (issue.path) fields[issue.path] ??= issue.message;
      else other.push(issue.message);
    }
  }
  return { fields, other };
}
