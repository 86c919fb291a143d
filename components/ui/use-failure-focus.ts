"use client";

import { useEffect, useRef } from "react";

/**
 * After a form's action comes back with an error, the focus goes to the first field marked
 * invalid, or else to `fallback` (e.g. the password the failure cleared), never the page body:
 * the disabled submit button drops the focus while the action runs, and a keyboard user would
 * start again from the top of the page.
 */
export function useFailureFocus<T extends { ok: boolean } | null>(state: T, fallback?: string) {
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (!state || state.ok || !form.current) return;
    const invalid = form.current.querySelector<HTMLElement>('[aria-invalid="true"]');
    const target =
      invalid ??
      (fallback ? form.current.querySelector<HTMLElement>(fallback) : null) ??
      form.current.querySelector<HTMLElement>("input:not([type=hidden]), textarea, select");
    target?.focus();
  }, [state, fallback]);
  return form;
}
