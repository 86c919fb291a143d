"use client";

import { memo, useEffect, useRef } from "react";
import { ANNOTATION_STATUSES, type AnnotationStatus } from "@/lib/validation/constants";
import type { PaintedSpan } from "./highlight-layer";

const COLOR: Record<AnnotationStatus, string> = {
  sourced: "#15803d",
  disputed: "#b91c1c",
  unverified: "#a16207",
};
const WIDTH = 18;

/**
 * The whole text as one strip: a tick per annotation where it starts, one lane per status (so
 * position and lane, not only colour, tell them apart). One canvas, whatever the count.
 * Clicking jumps to the nearest annotation; keyboard users have the sidebar for the same.
 */
export const AnnotationMap = memo(function AnnotationMap({
  spans,
  bodyLength,
  onJump,
}: {
  spans: readonly PaintedSpan[];
  bodyLength: number;
  onJump: (id: string) => void;
}) {
  const canvasRef = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const draw = () => {
      const ratio = window.devicePixelRatio || 1;
      const height = canvas.clientHeight;
      canvas.width = WIDTH * ratio;
      canvas.height = height * ratio;
      const ctx = canvas.getContext("2d");
      if (!ctx) return;
      ctx.scale(ratio, ratio);
      ctx.clearRect(0, 0, WIDTH, height);
      ctx.fillStyle = "#e7e5e4";
      ctx.fillRect(0, 0, WIDTH, height);
      const lane = WIDTH / ANNOTATION_STATUSES.length;
      for (const span of spans) {
        const i = ANNOTATION_STATUSES.indexOf(span.status);
        const y = (span.start / Math.max(1, bodyLength)) * height;
        const h = Math.max(2, ((span.end - span.start) / Math.max(1, bodyLength)) * height);
        ctx.fillStyle = COLOR[span.status];
        ctx.fillRect(i * lane + 1, y, lane - 2, h);
      }
    };
    draw();
    window.addEventListener("resize", draw);
    return () => window.removeEventListener("resize", draw);
  }, [spans, bodyLength]);

  return (
    <canvas
      ref={canvasRef}
      aria-hidden="true"
      data-testid="annotation-map"
      title="Where the annotations are: sourced, disputed, unverified lanes. Click to jump."
      className="sticky top-4 hidden h-[calc(100vh-2rem)] w-[18px] cursor-pointer rounded lg:block"
      onClick={(event) => {
        const rect = event.currentTarget.getBoundingClientRect();
        const offset = ((event.clientY - rect.top) / rect.height) * bodyLength;
        let best: PaintedSpan | null = null;
        for (const span of spans)
          if (!best || Math.abs(span.start - offset) < Math.abs(best.start - offset)) best = span;
        if (best) onJump(best.id);
      }}
    />
  );
});
