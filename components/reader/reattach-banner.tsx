"use client";

import { shorten } from "@/lib/text/shorten";
import { useToolbarKeys } from "./use-toolbar-keys";

const short = (text: string) => shorten(text, 80);

/** Says what re-attaching asks for, and lets the user give up (also with Esc when nothing is selected). */
export function ReattachBanner({
  quote,
  error,
  onCancel,
}: {
  quote: string;
  error: string | null;
  onCancel: () => void;
}) {
  // With text selected, Esc belongs to the toolbar at the selection (it closes that first).
  useToolbarKeys({ Escape: () => (window.getSelection()?.toString() ? false : onCancel()) });

  return (
    <div
      className="mb-4 rounded-lg border border-blue-300 bg-blue-50 p-3 text-sm text-blue-950"
      data-testid="reattach-banner"
    >
      <p role="status">
        Re-attaching <q className="font-serif italic">{short(quote)}</q>: select the text it refers
        to now, then choose <strong>Attach here</strong>.
      </p>
      {error && (
        <p role="alert" className="mt-2 rounded border border-red-300 bg-red-50 p-2 text-red-900">
          {error}
        </p>
      )}
      <button
        type="button"
        onClick={onCancel}
        className="mt-2 rounded-md border border-blue-300 bg-white px-2 py-1 text-sm font-medium text-blue-950 hover:bg-blue-100"
      >
        Cancel
      </button>
    </div>
  );
}
