import type { Metadata } from "next";
import Link from "next/link";
import { AuthCard } from "@/components/auth/auth-card";
import { SetPasswordForm } from "@/components/auth/set-password-form";
import { Alert } from "@/components/ui/form-controls";
import { inspectPasswordToken } from "@/lib/data/people/password-tokens";
import { passwordTokenSchema } from "@/lib/validation/admin";

// The token is in this page's address: never send it on as a Referer.
export const metadata: Metadata = { title: "Choose a password", referrer: "no-referrer" };

const INCOMPLETE =
  "This link is incomplete. Copy the whole link you were sent, or ask an admin for a new one.";

/** Public: where an invitation's one-time link lands. Says up front when the link no longer works. */
export default async function SetPasswordPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const token = passwordTokenSchema.safeParse((await searchParams).token);
  const state = token.success ? await inspectPasswordToken(token.data) : null;
  return (
    <AuthCard
      title="Choose a password"
      footer={
        <>
          Already set a password?{" "}
          <Link className="font-medium text-blue-800 underline" href="/signin">
            Sign in
          </Link>
        </>
      }
    >
      {token.success && state?.ok ? (
        <div className="space-y-4">
          <p className="text-sm text-stone-700">
            Welcome, {state.name}. Choose the password you will sign in with.
          </p>
          <SetPasswordForm token={token.data} email={state.email} />
        </div>
      ) : (
        <Alert>{state && !state.ok ? state.message : INCOMPLETE}</Alert>
      )}
    </AuthCard>
  );
}
