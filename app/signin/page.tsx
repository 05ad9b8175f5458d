import { safeCallbackPath } from "@/server/auth/safe-callback";
import { SignInForm } from "./sign-in-form";

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const { callbackUrl } = await searchParams;
  // Only same-site paths are followed after sign-in, so the link cannot send people elsewhere.
  const safeCallback = safeCallbackPath(callbackUrl);
  return (
    <div className="panel" style={{ maxWidth: 460, margin: "40px auto" }}>
      <h1>Sign in</h1>
      <SignInForm callbackUrl={safeCallback} />
    </div>
  );
}
