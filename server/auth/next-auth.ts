// Auth.js (NextAuth v5) for Next.js; the configuration lives in auth-config.ts.
import NextAuth, { type DefaultSession } from "next-auth";
import type { Role } from "./roles";
import { authConfig } from "./auth-config";

declare module "next-auth" {
  interface Session {
    user: { id: string; role: Role } & DefaultSession["user"];
  }
}

// Lazy configuration: `next build` loads this module in production mode without secrets, and the
// secret must be demanded when a server starts (see instrumentation.ts), not when it is built.
export const { handlers, auth, signIn, signOut } = NextAuth(() => authConfig());
