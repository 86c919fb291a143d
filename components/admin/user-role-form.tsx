"use client";

import { useActionState } from "react";
import { changeRoleAction } from "@/app/(app)/admin/actions";
import { Button } from "@/components/ui/form-controls";
import { ROLES, type Role } from "@/lib/permissions/roles";
import { ROLE_LABEL } from "./role-labels";

const SELECT =
  "rounded-md border border-stone-300 bg-white px-2 py-1 text-sm text-stone-900 focus:border-blue-600 focus:outline-none focus:ring-2 focus:ring-blue-600/30";

/** A role picker with its own Save button: changing the selection alone never submits (keyboard users move through options). */
export function UserRoleForm({
  userId,
  userName,
  role,
}: {
  userId: string;
  userName: string;
  role: Role;
}) {
  const [state, action, pending] = useActionState(changeRoleAction, null);
  const selectId = `role-${userId}`;
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="id" value={userId} />
      <label htmlFor={selectId} className="sr-only">
        Role of {userName}
      </label>
      {/* Keyed by the saved role: after a change the select starts again from what is saved (React resets forms after an action). */}
      <select key={role} id={selectId} name="role" defaultValue={role} className={SELECT}>
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {ROLE_LABEL[r]}
          </option>
        ))}
      </select>
      <Button
        type="submit"
        variant="secondary"
        className="px-3 py-1"
        disabled={pending}
        aria-label={`Save role of ${userName}`}
      >
        {pending ? "Saving…" : "Save"}
      </Button>
      {state?.message && (
        <p
          role={state.ok ? "status" : "alert"}
          className={`basis-full text-xs ${state.ok ? "text-green-800" : "text-red-800"}`}
        >
          {state.message}
        </p>
      )}
    </form>
  );
}
