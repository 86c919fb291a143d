"use client";

import { useActionState } from "react";
import { signInAction } from "@/app/(auth)/actions";
import { Alert, Button, Field } from "@/components/ui/form-controls";
import { useFailureFocus } from "@/components/ui/use-failure-focus";

export function SignInForm({
  callbackUrl,
  initialError,
}: {
  callbackUrl: string;
  initialError?: string;
}) {
  const [state, action, pending] = useActionState(signInAction, null);
  const formRef = useFailureFocus(state, "input[name=password]");
  const fieldErrors = state && !state.ok ? state.fieldErrors : undefined;
  const message = state && !state.ok ? state.message : initialError;
  const values = state && !state.ok ? state.values : undefined;
  return (
    <form ref={formRef} action={action} className="space-y-4" noValidate>
      {message && <Alert>{message}</Alert>}
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <Field
        label="Email"
        name="email"
        type="email"
        autoComplete="email"
        required
        defaultValue={values?.email}
        errors={fieldErrors?.email}
      />
      <Field
        label="Password"
        name="password"
        type="password"
        autoComplete="current-password"
        required
        errors={fieldErrors?.password}
      />
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </Button>
    </form>
  );
}
