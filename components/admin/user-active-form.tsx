"use client";

import { useActionState } from "react";
import { setActiveAction } from "@/app/(app)/admin/actions";
import { Button } from "@/components/ui/form-controls";

type Props = {
  userId: string;
  userName: string;
  active: boolean;
  invitationPending: boolean;
  isSelf: boolean;
};

/** The account's state in words, and the one button that flips it (deactivating keeps all their work, attributed). */
export function UserActiveForm({ userId, userName, active, invitationPending, isSelf }: Props) {
  const [state, action, pending] = useActionState(setActiveAction, null);
  const label = active ? "Deactivate" : "Reactivate";
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <span className={active ? "text-stone-800" : "font-medium text-red-800"}>
        {active ? (invitationPending ? "Invited" : "Active") : "Deactivated"}
      </span>
      {/* The server refuses it too; no button avoids offering an admin the way to lock themselves out. */}
      {!isSelf && (
        <>
          <input type="hidden" name="id" value={userId} />
          <input type="hidden" name="active" value={active ? "false" : "true"} />
          <Button
            type="submit"
            variant={active ? "danger" : "secondary"}
            className="px-3 py-1"
            disabled={pending}
            aria-label={`${label} ${userName}`}
          >
            {label}
          </Button>
        </>
      )}
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
