"use client";

import { ApolloClient, HttpLink, InMemoryCache } from "@apollo/client";
import { ApolloProvider } from "@apollo/client/react";
import { useState, type ReactNode } from "react";

export function ApolloClientProvider({ children }: { children: ReactNode }) {
  const [client] = useState(
    () =>
      new ApolloClient({
        link: new HttpLink({ uri: "/api/graphql", credentials: "same-origin" }),
        cache: new InMemoryCache(),
        defaultOptions: { watchQuery: { fetchPolicy: "cache-and-network" } },
      }),
  );
  return <ApolloProvider client={client}>{children}</ApolloProvider>;
}
