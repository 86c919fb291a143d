"use client";

import type { SuggestionsState } from "./use-claim-suggestions";

type Props = {
  state: SuggestionsState;
  shown: number;
  canAnnotate: boolean;
  onToggle: () => void;
  onRetry: () => void;
};

/** The "Suggest claims" switch beside the filters, with what the layer is doing in words (loading, how many, a failure to retry). */
export function SuggestionControls({ state, shown, canAnnotate, onToggle, onRetry }: Props) {
  const isOn = state.status !== "off";
  return (
    <div className="mb-3 space-y-1 text-xs" role="group" aria-label="Claim suggestions">
      <button
        type="button"
        aria-pressed={isOn}
        onClick={onToggle}
        className="inline-flex items-center gap-1 rounded-full border border-dotted border-indigo-700 px-2 py-0.5 font-medium text-indigo-800 aria-pressed:border-solid aria-pressed:bg-indigo-800 aria-pressed:text-white focus-visible:ring-2 focus-visible:ring-blue-600"
      >
        <span aria-hidden="true">⋯</span>
        Suggest claims
      </button>
      <div role="status" className="text-stone-700">
        {state.status === "loading" && "Finding check-worthy sentences…"}
        {state.status === "error" && (
          <span className="text-red-800">Suggestions could not be loaded: {state.message}</span>
        )}
        {state.status === "ready" &&
          (shown === 0
            ? "No sentences to suggest: none left that an annotation does not already cover."
            : `${shown} suggested ${shown === 1 ? "claim" : "claims"}, dotted above and below. Keys: n next, p previous${canAnnotate ? ", a annotate" : ""}, Esc dismiss.`)}
      </div>
      {state.status === "error" && (
        <button
          type="button"
          onClick={onRetry}
          className="rounded border border-stone-300 bg-white px-2 py-0.5 font-medium text-stone-900 hover:bg-stone-100 focus-visible:ring-2 focus-visible:ring-blue-600"
        >
          Try again
        </button>
      )}
    </div>
  );
}
