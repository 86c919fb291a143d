"use client";

import { useActionState } from "react";
import { setTeamRulesAction } from "@/app/(app)/admin/team-rules-actions";
import { Alert, Button, Field } from "@/components/ui/form-controls";
import { useFailureFocus } from "@/components/ui/use-failure-focus";

/** The review rule (agreements needed for automatic approval; 0 turns it off) and the organisation named in exports. */
export function TeamRulesForm({
  autoApproveAgreements,
  organizationName,
}: {
  autoApproveAgreements: number;
  organizationName: string;
}) {
  const [state, action, pending] = useActionState(setTeamRulesAction, null);
  const formRef = useFailureFocus(state);
  const values = state && !state.ok ? state.values : undefined;
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form ref={formRef} action={action} className="space-y-3" noValidate>
      {state?.message && <Alert tone={state.ok ? "success" : "error"}>{state.message}</Alert>}
      <Field
        label="Agreements that approve an annotation automatically"
        name="autoApproveAgreements"
        type="number"
        min={0}
        max={20}
        defaultValue={values?.autoApproveAgreements ?? String(autoApproveAgreements)}
        hint="Reviewers other than the author, with nobody disagreeing. 0 turns the rule off."
        errors={errors?.autoApproveAgreements}
      />
      <Field
        label="Organisation name (used as the author of published reviews)"
        name="organizationName"
        defaultValue={values?.organizationName ?? organizationName}
        errors={errors?.organizationName}
      />
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Save team rules"}
      </Button>
    </form>
  );
}
