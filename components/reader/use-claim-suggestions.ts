"use client";

import { useCallback, useEffect, useMemo, useState } from "react";
import { createIntervalIndex } from "@/lib/anchoring";
import { claimSuggestionsSchema, type ClaimSuggestionView } from "@/lib/contracts/claims";
import { callApi } from "@/lib/http/api-client";

export type ClaimSuggestion = ClaimSuggestionView;
export type SuggestionsState =
  | { status: "off" }
  | { status: "loading" }
  | { status: "error"; message: string }
  | { status: "ready"; all: ClaimSuggestion[] };

const keyOf = (s: ClaimSuggestion) => `${s.start}-${s.end}`;
const storageKey = (articleId: string, version: number) =>
  `factmark:dismissed-suggestions:${articleId}@${version}`;

/** Dismissals last for the browser tab's session (offsets count in one version of the text, hence the key). */
function loadDismissed(key: string): Set<string> {
  try {
    const stored: unknown = JSON.parse(sessionStorage.getItem(key) ?? "[]");
    return new Set(
      Array.isArray(stored) ? stored.filter((x): x is string => typeof x === "string") : [],
    );
  } catch {
    return new Set();
  }
}

/**
 * The "Suggest claims" layer's data: fetched when switched on (the model runs on the server), and
 * shown without the sentences dismissed here or covered by an annotation this page knows of, so a
 * suggestion turned into an annotation, or a colleague's new one, drops out at once.
 */
export function useClaimSuggestions(
  articleId: string,
  articleVersion: number,
  annotations: readonly { anchor: { start: number; end: number } | null }[],
) {
  // Every placed annotation, whatever the filters show: a sentence one covers is no longer suggested.
  const spans = useMemo(
    () => annotations.flatMap((a) => (a.anchor ? [a.anchor] : [])),
    [annotations],
  );
  const [state, setState] = useState<SuggestionsState>({ status: "off" });
  const [attempt, setAttempt] = useState(0);
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set());
  const isOn = state.status !== "off";

  useEffect(() => {
    if (!isOn) return;
    let live = true;
    void callApi(`/api/articles/${articleId}/claims`, claimSuggestionsSchema).then((result) => {
      if (!live) return;
      if (!result.ok) return setState({ status: "error", message: result.error.message });
      // Offsets count in the text they were made from: on a revised article they would mark the wrong words here.
      if (result.data.version !== articleVersion)
        return setState({
          status: "error",
          message:
            "The article has been revised since this page was loaded. Reload the page for suggestions on the new text.",
        });
      setState({ status: "ready", all: result.data.suggestions });
    });
    return () => {
      live = false;
    };
  }, [isOn, attempt, articleId, articleVersion]);

  const toggle = useCallback(() => {
    // Read when switched on (storage is the browser's, so never during the server render).
    if (!isOn) setDismissed(loadDismissed(storageKey(articleId, articleVersion)));
    setState(isOn ? { status: "off" } : { status: "loading" });
  }, [isOn, articleId, articleVersion]);
  const retry = useCallback(() => {
    setState({ status: "loading" });
    setAttempt((n) => n + 1);
  }, []);
  const dismiss = useCallback(
    (suggestion: ClaimSuggestion) => {
      setDismissed((previous) => {
        const next = new Set(previous).add(keyOf(suggestion));
        try {
          sessionStorage.setItem(storageKey(articleId, articleVersion), JSON.stringify([...next]));
        } catch {
          // Storage full or blocked: the dismissal still holds until the page is left.
        }
        return next;
      });
    },
    [articleId, articleVersion],
  );

  const all = state.status === "ready" ? state.all : null;
  const shown = useMemo(() => {
    if (!all) return [];
    // An index: thousands of annotations against hundreds of sentences, again on every live update.
    const placed = createIntervalIndex(spans);
    return all.filter(
      (s) => !dismissed.has(keyOf(s)) && placed.overlapping(s.start, s.end).length === 0,
    );
  }, [all, dismissed, spans]);

  return { state, isOn, toggle, retry, dismiss, shown };
}
