"use client";

import Link from "next/link";
import { useActionState } from "react";
import { setPasswordAction } from "@/app/(auth)/set-password/actions";
import { Alert, Button, Field, NewPasswordField } from "@/components/ui/form-controls";
import { useFailureFocus } from "@/components/ui/use-failure-focus";

export function SetPasswordForm({ token, email }: { token: string; email: string }) {
  const [state, action, pending] = useActionState(setPasswordAction, null);
  const formRef = useFailureFocus(state);
  if (state?.ok) {
    return (
      <Alert tone="success">
        {state.message ?? "Your password is set."}{" "}
        <Link href="/signin" className="font-medium underline">
          Sign in
        </Link>
      </Alert>
    );
  }
  const fieldErrors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form ref={formRef} action={action} className="space-y-4" noValidate>
      {state && !state.ok && state.message && <Alert>{state.message}</Alert>}
      <input type="hidden" name="token" value={token} />
      {/* Shown, and named "username", so password managers save the new password for the right account. */}
      <Field
        label="Email"
        name="email"
        type="email"
        autoComplete="username"
        value={email}
        readOnly
      />
      <NewPasswordField label="Password" name="password" errors={fieldErrors?.password} />
      <Field
        label="Repeat the password"
        name="confirmPassword"
        type="password"
        autoComplete="new-password"
        required
        errors={fieldErrors?.confirmPassword}
      />
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? "Setting password…" : "Set password and sign in"}
      </Button>
    </form>
  );
}
