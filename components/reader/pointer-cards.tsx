import { HoverCard } from "./hover-card";
import { SpanChooser } from "./span-chooser";
import type { Hover } from "./use-following-hover";
import type { useAnnotationStore } from "./use-annotation-store";

/** At the pointer: the chooser of a crowded passage, else the card of what is under it. */
export function PointerCards({
  chooser,
  hover,
  store,
  onChoose,
  onCloseChooser,
}: {
  chooser: Hover;
  hover: Hover;
  store: ReturnType<typeof useAnnotationStore>;
  onChoose: (id: string) => void;
  onCloseChooser: () => void;
}) {
  return (
    <>
      {chooser && (
        <SpanChooser
          x={chooser.x}
          y={chooser.y}
          annotations={chooser.ids.flatMap((id) => store.byId.get(id) ?? [])}
          onChoose={onChoose}
          onClose={onCloseChooser}
        />
      )}
      {hover && !chooser && (
        <HoverCard
          x={hover.x}
          y={hover.y}
          annotations={hover.ids.flatMap((id) => store.byId.get(id) ?? [])}
        />
      )}
    </>
  );
}
