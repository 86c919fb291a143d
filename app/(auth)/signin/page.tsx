import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/auth/auth-card";
import { OidcButton } from "@/components/auth/oidc-button";
import { SignInForm } from "@/components/auth/signin-form";
import { sessionActor } from "@/lib/auth/auth";
import { oidcProviderName } from "@/lib/auth/oidc-provider";
import { isSignupOpen } from "@/lib/data/people/team-settings";
import { safeReturnPath } from "@/lib/validation/form-state";

export const metadata: Metadata = { title: "Sign in" };

const ERRORS: Record<string, string> = {
  AccessDenied: "This account may not sign in here. Ask an admin for access.",
  CredentialsSignin: "Wrong email or password.",
};

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const callbackUrl = safeReturnPath(
    typeof params.callbackUrl === "string" ? params.callbackUrl : null,
  );
  if (await sessionActor()) redirect(callbackUrl);
  const error =
    typeof params.error === "string"
      ? (ERRORS[params.error] ?? "Signing in failed. Try again.")
      : undefined;
  const allowSignup = await isSignupOpen();
  const oidcName = oidcProviderName();
  return (
    <AuthCard
      title="Sign in"
      footer={
        allowSignup ? (
          <>
            No account yet?{" "}
            <Link className="font-medium text-blue-800 underline" href="/signup">
              Create one
            </Link>
          </>
        ) : null
      }
    >
      <SignInForm callbackUrl={callbackUrl} initialError={error} />
      {oidcName && <OidcButton name={oidcName} callbackUrl={callbackUrl} />}
    </AuthCard>
  );
}
