"use client";

import { useCallback, useState } from "react";
import type { AnnotationView } from "@/lib/contracts/annotation";
import { reattachAnnotationRequest, type TargetInput } from "./annotation-api";
import type { Notice } from "./editor-state";

/**
 * Re-attaching an orphan: the user picks it, selects the text it refers to now, and the server
 * places it there (from the version they saw: a colleague's change in between is a conflict).
 */
export function useReattach(
  onPlaced: (annotation: AnnotationView) => void,
  setNotice: (notice: Notice) => void,
) {
  const [annotation, setAnnotation] = useState<AnnotationView | null>(null);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const start = useCallback((orphan: AnnotationView) => {
    setAnnotation(orphan);
    setError(null);
  }, []);
  const cancel = useCallback(() => {
    setAnnotation(null);
    setError(null);
  }, []);
  const attach = useCallback(
    async (target: TargetInput) => {
      if (!annotation) return false;
      setSaving(true);
      const result = await reattachAnnotationRequest(annotation.id, annotation.version, target);
      setSaving(false);
      if (!result.ok) {
        setError(
          result.error.code === "CONFLICT"
            ? `${result.error.message}. Reload the page to see the latest version.`
            : result.error.message,
        );
        return false;
      }
      setAnnotation(null);
      setError(null);
      onPlaced(result.data.annotation);
      setNotice({ message: "Annotation re-attached.", tone: "info" });
      return true;
    },
    [annotation, onPlaced, setNotice],
  );
  return { annotation, saving, error, start, cancel, attach };
}
