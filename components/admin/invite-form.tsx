"use client";

import { useActionState } from "react";
import { inviteAction, type InviteState } from "@/app/(app)/admin/actions";
import { Alert, Button, Field } from "@/components/ui/form-controls";
import { ROLES } from "@/lib/permissions/roles";
import { CopyLink } from "./copy-link";
import { ROLE_HINT, ROLE_LABEL } from "./role-labels";
import { useFailureFocus } from "@/components/ui/use-failure-focus";

const initial: InviteState = null;

/** Makes an account without a password and shows its one-time set-password link, once. */
export function InviteForm() {
  const [state, action, pending] = useActionState(inviteAction, initial);
  const formRef = useFailureFocus(state);
  const created = state?.ok && "url" in state ? state : null;
  const values = state && !state.ok ? state.values : undefined;
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <div className="space-y-4">
      <form ref={formRef} action={action} className="space-y-3" noValidate>
        {state && !state.ok && state.message && <Alert>{state.message}</Alert>}
        <div className="grid gap-3 sm:grid-cols-2">
          <Field
            id="invite-name"
            label="Name"
            name="name"
            autoComplete="off"
            required
            defaultValue={values?.name}
            errors={errors?.name}
          />
          <Field
            id="invite-email"
            label="Email"
            name="email"
            type="email"
            autoComplete="off"
            required
            defaultValue={values?.email}
            errors={errors?.email}
          />
        </div>
        <div className="space-y-1">
          <label htmlFor="invite-role" className="block text-sm font-medium text-stone-800">
            Role
          </label>
          {/* Keyed so a refused submission comes back with the role that was chosen (React resets forms after an action). */}
          <select
            key={values?.role ?? "viewer"}
            id="invite-role"
            name="role"
            defaultValue={values?.role ?? "viewer"}
            aria-invalid={errors?.role?.length ? true : undefined}
            aria-describedby={errors?.role?.length ? "invite-role-error" : undefined}
            className="block w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-stone-900 focus:border-blue-600 focus:outline-none focus:ring-2 focus:ring-blue-600/30 sm:w-auto"
          >
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {ROLE_LABEL[role]}: {ROLE_HINT[role]}
              </option>
            ))}
          </select>
          {errors?.role?.length ? (
            <p id="invite-role-error" className="text-sm text-red-800">
              {errors.role.join(" ")}
            </p>
          ) : null}
        </div>
        <Button type="submit" disabled={pending}>
          {pending ? "Creating…" : "Create invitation"}
        </Button>
      </form>
      {created && (
        // Not an Alert: a live region around the link would read it out, and CopyLink has its own status line.
        <div className="space-y-2 rounded-md border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-900">
          <p role="status">
            <strong>{created.name}</strong> ({created.email}) is invited. Send them this link: it
            works once, for 7 days, and is not shown again.
          </p>
          <CopyLink url={created.url} label="Set-password link" />
        </div>
      )}
    </div>
  );
}
