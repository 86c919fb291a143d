"use client";

import { useActionState } from "react";
import { createTokenAction, revokeTokenAction } from "@/app/(app)/settings/actions";
import { Alert, Button, Field } from "@/components/ui/form-controls";
import { formatDateTime } from "@/lib/text/format-date";
import { useFailureFocus } from "@/components/ui/use-failure-focus";

export type TokenRow = {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
};

export function ApiTokens({ tokens }: { tokens: TokenRow[] }) {
  const [state, action, pending] = useActionState(createTokenAction, null);
  const formRef = useFailureFocus(state);
  const created = state && state.ok && "token" in state ? state : null;
  const fieldErrors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <div className="space-y-4">
      <form ref={formRef} action={action} className="flex flex-wrap items-end gap-3" noValidate>
        <div className="min-w-60 flex-1">
          <Field
            id="token-name"
            label="Token name"
            name="name"
            placeholder="e.g. newsroom script"
            required
            defaultValue={state && !state.ok ? state.values?.name : undefined}
            errors={fieldErrors?.name}
          />
        </div>
        <Button type="submit" disabled={pending}>
          {pending ? "Creating…" : "Create token"}
        </Button>
      </form>
      {state && !state.ok && state.message && <Alert>{state.message}</Alert>}
      {created && (
        <Alert tone="success">
          <p>
            Token <strong>{created.name}</strong> created. Copy it now: it will not be shown again.
          </p>
          <code
            data-testid="new-token"
            className="mt-2 block select-all break-all rounded bg-white px-2 py-1 font-mono text-xs text-stone-900"
          >
            {created.token}
          </code>
        </Alert>
      )}
      {tokens.length === 0 ? (
        <p className="text-sm text-stone-700">You have no API tokens.</p>
      ) : (
        <ul
          className="divide-y divide-stone-200 rounded-md border border-stone-200"
          aria-label="Your API tokens"
        >
          {tokens.map((token) => (
            <li key={token.id} className="flex flex-wrap items-center gap-3 px-3 py-2 text-sm">
              <span className="font-medium text-stone-900">{token.name}</span>
              <code className="font-mono text-xs text-stone-700">{token.prefix}…</code>
              <span className="text-xs text-stone-600">
                created {formatDateTime(token.createdAt)}
                {token.lastUsedAt
                  ? `, last used ${formatDateTime(token.lastUsedAt)}`
                  : ", never used"}
              </span>
              <form action={revokeTokenAction} className="ml-auto">
                <input type="hidden" name="id" value={token.id} />
                <Button
                  type="submit"
                  variant="danger"
                  className="px-3 py-1"
                  aria-label={`Revoke token ${token.name}`}
                >
                  Revoke
                </Button>
              </form>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
