"use client";

import { signIn } from "next-auth/react";
import { useState, type FormEvent } from "react";

const MESSAGES: Record<string, string> = {
  invalid_credentials: "That email and password do not match an active account.",
  too_many_attempts: "Too many failed attempts. Wait a little and try again.",
};

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const result = await signIn("credentials", {
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      redirect: false,
    });
    setPending(false);
    if (!result || result.error) {
      setError(MESSAGES[result?.code ?? ""] ?? MESSAGES.invalid_credentials);
      return;
    }
    // A full navigation so the server-rendered header picks up the new session.
    window.location.assign(callbackUrl);
  }

  return (
    <form className="stack" onSubmit={onSubmit} aria-label="Sign in">
      <label>
        Email
        <input name="email" type="email" autoComplete="username" required autoFocus />
      </label>
      <label>
        Password
        <input name="password" type="password" autoComplete="current-password" required />
      </label>
      {error && <p className="error" role="alert">{error}</p>}
      <button type="submit" disabled={pending}>{pending ? "Signing in…" : "Sign in"}</button>
    </form>
  );
}
