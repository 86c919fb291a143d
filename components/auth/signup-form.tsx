"use client";

import { useActionState } from "react";
import { signUpAction } from "@/app/(auth)/actions";
import { Alert, Button, Field, NewPasswordField } from "@/components/ui/form-controls";
import { useFailureFocus } from "@/components/ui/use-failure-focus";

export function SignUpForm() {
  const [state, action, pending] = useActionState(signUpAction, null);
  const formRef = useFailureFocus(state);
  const fieldErrors = state && !state.ok ? state.fieldErrors : undefined;
  const values = state && !state.ok ? state.values : undefined;
  return (
    <form ref={formRef} action={action} className="space-y-4" noValidate>
      {state && !state.ok && state.message && <Alert>{state.message}</Alert>}
      <Field
        label="Name"
        name="name"
        autoComplete="name"
        required
        defaultValue={values?.name}
        errors={fieldErrors?.name}
      />
      <Field
        label="Email"
        name="email"
        type="email"
        autoComplete="email"
        required
        defaultValue={values?.email}
        errors={fieldErrors?.email}
      />
      <NewPasswordField label="Password" name="password" errors={fieldErrors?.password} />
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? "Creating account…" : "Create account"}
      </Button>
    </form>
  );
}
