"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { createIntervalIndex } from "@/lib/anchoring/interval-index";
import type { AnnotationView } from "@/lib/data/annotation-view";
import type { Paragraph } from "@/lib/text/paragraphs";
import { AnnotationSidebar } from "./annotation-sidebar";
import { flashRange, offsetAtPoint, paintHighlights, rangeForOffsets, supportsCustomHighlights, type PaintedSpan } from "./highlight-layer";
import { HoverCard } from "./hover-card";

type Props = { paragraphs: Paragraph[]; annotations: AnnotationView[]; currentUserId: string; focusId?: string };

export function ArticleReader({ paragraphs, annotations, currentUserId, focusId }: Props) {
  const bodyRef = useRef<HTMLDivElement>(null);
  const [selectedIds, setSelectedIds] = useState<string[]>(focusId ? [focusId] : []);
  const [hover, setHover] = useState<{ x: number; y: number; ids: string[] } | null>(null);
  const [canHighlight, setCanHighlight] = useState(true);

  const spans = useMemo<PaintedSpan[]>(
    () => annotations.flatMap((a) => (a.anchor ? [{ id: a.id, status: a.status, start: a.anchor.start, end: a.anchor.end }] : [])),
    [annotations],
  );
  const index = useMemo(() => createIntervalIndex(spans), [spans]);
  const byId = useMemo(() => new Map(annotations.map((a) => [a.id, a])), [annotations]);

  useEffect(() => {
    const container = bodyRef.current;
    if (!container) return;
    setCanHighlight(supportsCustomHighlights());
    return paintHighlights(container, paragraphs, spans);
  }, [paragraphs, spans]);

  const showInText = useCallback(
    (id: string) => {
      const container = bodyRef.current;
      const anchor = byId.get(id)?.anchor;
      if (!container || !anchor) return;
      const range = rangeForOffsets(container, paragraphs, anchor.start, anchor.end);
      if (!range) return;
      setSelectedIds([id]);
      const rect = range.getBoundingClientRect();
      window.scrollBy({ top: rect.top - window.innerHeight / 3, behavior: "smooth" });
      flashRange(range);
    },
    [byId, paragraphs],
  );

  useEffect(() => {
    if (focusId) showInText(focusId);
    // Only on first render: the permalink's target.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const idsAt = (event: React.MouseEvent) => {
    const container = bodyRef.current;
    if (!container) return [];
    const offset = offsetAtPoint(container, paragraphs, event.clientX, event.clientY);
    return offset === null ? [] : index.at(offset).map((span) => span.id);
  };

  return (
    <div className="mx-auto grid max-w-7xl gap-8 px-4 py-8 lg:grid-cols-[minmax(0,1fr)_24rem]">
      <div>
        {!canHighlight && (
          <p role="status" className="mb-4 rounded border border-yellow-300 bg-yellow-50 px-3 py-2 text-sm text-yellow-900">
            This browser cannot paint highlights; the annotations are listed beside the text.
          </p>
        )}
        <div
          ref={bodyRef}
          data-testid="article-body"
          className="mx-auto max-w-[68ch] font-serif text-[1.125rem] leading-[1.75] text-stone-900"
          onClick={(event) => {
            const ids = idsAt(event);
            if (ids.length === 0 || !window.getSelection()?.isCollapsed) return;
            setSelectedIds(ids);
            document.querySelector(`[data-annotation-id="${ids[0]}"]`)?.scrollIntoView({ behavior: "smooth", block: "nearest" });
          }}
          onMouseMove={(event) => {
            const ids = idsAt(event);
            setHover(ids.length ? { x: event.clientX, y: event.clientY, ids } : null);
          }}
          onMouseLeave={() => setHover(null)}
        >
          {paragraphs.map((paragraph, i) => (
            <p key={paragraph.start} data-paragraph={i} className="mb-5 whitespace-pre-line">
              {paragraph.text}
            </p>
          ))}
        </div>
      </div>
      <AnnotationSidebar annotations={annotations} selectedIds={selectedIds} currentUserId={currentUserId} onShow={showInText} />
      {hover && <HoverCard x={hover.x} y={hover.y} annotations={hover.ids.flatMap((id) => byId.get(id) ?? [])} />}
    </div>
  );
}
