import { useCallback, useState } from "react";
import type { Hover } from "./use-following-hover";
import { CHOOSER_AT } from "./span-chooser";

/**
 * Picking annotations in the text: their cards selected (and, asked to, the first focused), or in
 * a crowded passage a chooser at the pointer rather than a pile of cards to scroll through.
 */
export function useSpanPicker(setSelectedIds: (ids: string[]) => void) {
  const [chooser, setChooser] = useState<Hover>(null);
  const onPick = useCallback(
    (ids: string[], options?: { focus?: boolean; at?: { x: number; y: number } }) => {
      if (ids.length >= CHOOSER_AT && options?.at) return setChooser({ ...options.at, ids });
      setSelectedIds(ids);
      if (!options?.focus) return;
      // After the sidebar has rendered the card (it may be further down the list).
      requestAnimationFrame(() =>
        document
          .querySelector<HTMLElement>(`article[data-annotation-id="${CSS.escape(ids[0]!)}"]`)
          ?.focus(),
      );
    },
    [setSelectedIds],
  );
  return { chooser, setChooser, onPick };
}
