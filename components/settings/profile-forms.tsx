"use client";

import { useActionState } from "react";
import { changeNameAction, changePasswordAction } from "@/app/(app)/settings/actions";
import { Alert, Button, Field, NewPasswordField } from "@/components/ui/form-controls";
import type { FormState } from "@/lib/validation/form-state";
import { useFailureFocus } from "@/components/ui/use-failure-focus";

function Outcome({ state }: { state: FormState }) {
  if (!state?.message) return null;
  return <Alert tone={state.ok ? "success" : "error"}>{state.message}</Alert>;
}

const errorsOf = (state: FormState) => (state && !state.ok ? state.fieldErrors : undefined);

export function NameForm({ name }: { name: string }) {
  const [state, action, pending] = useActionState(changeNameAction, null);
  const formRef = useFailureFocus(state);
  return (
    <form ref={formRef} action={action} className="space-y-3" noValidate>
      <Outcome state={state} />
      <Field
        label="Name"
        name="name"
        defaultValue={state && !state.ok ? state.values?.name : name}
        autoComplete="name"
        required
        errors={errorsOf(state)?.name}
      />
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Save name"}
      </Button>
    </form>
  );
}

export function PasswordForm() {
  const [state, action, pending] = useActionState(changePasswordAction, null);
  const formRef = useFailureFocus(state);
  const errors = errorsOf(state);
  return (
    <form ref={formRef} action={action} className="space-y-3" noValidate>
      <Outcome state={state} />
      <Field
        label="Current password"
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        required
        errors={errors?.currentPassword}
      />
      <NewPasswordField label="New password" name="newPassword" errors={errors?.newPassword} />
      <Field
        label="Repeat the new password"
        name="confirmPassword"
        type="password"
        autoComplete="new-password"
        required
        errors={errors?.confirmPassword}
      />
      <Button type="submit" disabled={pending}>
        {pending ? "Changing…" : "Change password"}
      </Button>
    </form>
  );
}
