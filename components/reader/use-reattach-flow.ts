import { useCallback, type RefObject } from "react";
import type { AnnotationView } from "@/lib/contracts/annotation";
import type { Notice } from "./editor-state";
import { useReattach } from "./use-reattach";
import type { useAnnotationStore } from "./use-annotation-store";

/** Re-attaching an orphan: started from its card, placed on a new selection, then shown in the text. */
export function useReattachFlow(
  upsert: ReturnType<typeof useAnnotationStore>["upsert"],
  showInText: (id: string) => void,
  setNotice: (notice: Notice | null) => void,
  bodyRef: RefObject<HTMLDivElement | null>,
) {
  const reattach = useReattach(
    useCallback(
      (annotation: AnnotationView) => {
        upsert([annotation], { force: true });
        showInText(annotation.id);
      },
      [upsert, showInText],
    ),
    setNotice,
  );
  const { start: startReattach } = reattach;
  const onReattach = useCallback(
    (annotation: AnnotationView) => {
      startReattach(annotation);
      // Keyboard users select with Shift+arrows from the text (see keyboard-selection.ts).
      bodyRef.current?.focus({ preventScroll: true });
    },
    [startReattach, bodyRef],
  );

  return { reattach, onReattach };
}
