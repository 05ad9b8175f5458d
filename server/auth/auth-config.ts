// Auth.js configuration: email + password sign-in, sessions as signed JWT cookies carrying the
// user's id, role and session version. The jwt callback runs on every session read (pages,
// /api/auth/session, GraphQL) and checks the version and the account against the database, so a
// sign-out, role change or deactivation takes effect at once, not when the cookie expires.
// CredentialsSignin from @auth/core, which next-auth re-exports it from (next-auth's own entry
// pulls in next/server, which only loads inside Next), so tests can run this configuration.
import { CredentialsSignin } from "@auth/core/errors";
import type { NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { getPrisma } from "@/server/db/client";
import { signInWithPassword } from "@/server/services/auth/sign-in-with-password";
import { currentSessionUser, endSessions } from "@/server/services/auth/session-version";
import { clientAddress } from "./client-address";
import { isRole } from "./roles";
import { requireAuthSecret } from "./auth-secret";

class InvalidCredentials extends CredentialsSignin {
  code = "invalid_credentials";
}

class TooManyAttempts extends CredentialsSignin {
  code = "too_many_attempts";
}

const credentialsSchema = z.object({ email: z.string().email().max(320), password: z.string().min(1).max(1024) });

export function authConfig(): NextAuthConfig {
  return {
    secret: requireAuthSecret(),
    trustHost: true,
    session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
    pages: { signIn: "/signin" },
    providers: [
      Credentials({
        credentials: { email: { label: "Email" }, password: { label: "Password", type: "password" } },
        async authorize(raw, request) {
          const parsed = credentialsSchema.safeParse(raw);
          if (!parsed.success) throw new InvalidCredentials();
          const result = await signInWithPassword(getPrisma(), { ...parsed.data, clientAddress: clientAddress(request.headers) });
          if (result.ok) return result.user;
          throw result.reason === "too_many_attempts" ? new TooManyAttempts() : new InvalidCredentials();
        },
      }),
    ],
    callbacks: {
      async jwt({ token, user }) {
        if (user) {
          const signedIn = user as { id?: string; role?: unknown; sessionVersion?: unknown };
          token.sub = signedIn.id;
          token.role = signedIn.role;
          token.sv = signedIn.sessionVersion;
          return token;
        }
        // Returning null ends the session: Auth.js clears the cookie and reports no session.
        if (!token.sub || typeof token.sv !== "number") return null;
        const current = await currentSessionUser(getPrisma(), { userId: token.sub, sessionVersion: token.sv });
        if (!current) return null;
        // As the database has them now: the session built from this token is the request's viewer.
        token.role = current.role;
        token.name = current.name;
        token.email = current.email;
        return token;
      },
      session({ session, token }) {
        if (token.sub) session.user.id = token.sub;
        if (isRole(token.role)) session.user.role = token.role;
        if (typeof token.name === "string") session.user.name = token.name;
        if (typeof token.email === "string") session.user.email = token.email;
        return session;
      },
    },
    events: {
      // A cookie copied before sign-out must not keep working: end every session of the account.
      async signOut(message) {
        const token = "token" in message ? message.token : null;
        if (token?.sub) await endSessions(getPrisma(), token.sub);
      },
    },
  };
}
