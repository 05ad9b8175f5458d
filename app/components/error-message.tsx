"use client";

import { CombinedGraphQLErrors } from "@apollo/client";

/** Shows what went wrong in words a user can act on; codes come from server/errors.ts. */
export function ErrorMessage({ error }: { error: unknown }) {
  const messages = CombinedGraphQLErrors.is(error)
    ? error.errors.map((e) => e.message)
    : [error instanceof Error ? error.message : "Something went wrong."];
  return (
    <div className="error" role="alert">
      {messages.map((message, index) => (
        <p key={index}>{message}</p>
      ))}
    </div>
  );
}
