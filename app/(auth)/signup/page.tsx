import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/auth/auth-card";
import { SignUpForm } from "@/components/auth/signup-form";
import { Alert } from "@/components/ui/form-controls";
import { sessionActor } from "@/lib/auth/auth";
import { isSignupOpen } from "@/lib/data/people/team-settings";

export const metadata: Metadata = { title: "Create an account" };

export default async function SignUpPage() {
  if (await sessionActor()) redirect("/");
  const allowSignup = await isSignupOpen();
  return (
    <AuthCard
      title="Create an account"
      footer={
        <>
          Already have an account?{" "}
          <Link className="font-medium text-blue-800 underline" href="/signin">
            Sign in
          </Link>
        </>
      }
    >
      {allowSignup ? (
        <SignUpForm />
      ) : (
        <Alert tone="info">
          Self sign-up is turned off. Ask an admin of your team for an invitation.
        </Alert>
      )}
    </AuthCard>
  );
}
