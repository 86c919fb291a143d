"use client";

import { useActionState } from "react";
import { setSignupAction } from "@/app/(app)/admin/actions";
import { Alert, Button } from "@/components/ui/form-controls";

export function SignupToggle({ allowSignup }: { allowSignup: boolean }) {
  const [state, action, pending] = useActionState(setSignupAction, null);
  return (
    <form action={action} className="space-y-3">
      {state?.message && <Alert tone={state.ok ? "success" : "error"}>{state.message}</Alert>}
      <label className="flex items-center gap-2 text-sm text-stone-900">
        <input
          type="checkbox"
          name="allowSignup"
          defaultChecked={allowSignup}
          className="h-4 w-4"
        />
        Anyone may create an account (new accounts are viewers until an admin changes their role)
      </label>
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Save"}
      </Button>
    </form>
  );
}
