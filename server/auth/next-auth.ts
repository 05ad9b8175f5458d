// Auth.js (NextAuth v5): email + password sign-in, sessions as signed JWT cookies carrying the
// user's id and role. GraphQL re-reads the user from the database on every request, so a
// deactivated account or a changed role takes effect at once there.
import NextAuth, { CredentialsSignin, type DefaultSession } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { getPrisma } from "@/server/db/client";
import { signInWithPassword } from "@/server/services/auth/sign-in-with-password";
import { clientAddress } from "./client-address";
import { isRole, type Role } from "./roles";
import { requireAuthSecret } from "./auth-secret";

declare module "next-auth" {
  interface Session {
    user: { id: string; role: Role } & DefaultSession["user"];
  }
}

class InvalidCredentials extends CredentialsSignin {
  code = "invalid_credentials";
}

class TooManyAttempts extends CredentialsSignin {
  code = "too_many_attempts";
}

const credentialsSchema = z.object({ email: z.string().email().max(320), password: z.string().min(1).max(1024) });

// Lazy configuration: `next build` loads this module in production mode without secrets, and the
// secret must be demanded when a server starts (see instrumentation.ts), not when it is built.
export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
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
        const result = await signInWithPassword(getPrisma(), {
          ...parsed.data,
          clientAddress: clientAddress(request.headers),
        });
        if (result.ok) return result.user;
        throw result.reason === "too_many_attempts" ? new TooManyAttempts() : new InvalidCredentials();
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.role = (user as { role?: Role }).role;
      }
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      if (isRole(token.role)) session.user.role = token.role;
      return session;
    },
  },
}));
