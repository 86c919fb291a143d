"use client";

import { useEffect, useRef } from "react";
import { useDismiss } from "@/components/ui/use-dismiss";
import { PersonName } from "@/components/ui/person-name";
import { StatusBadge } from "@/components/ui/status-badge";
import type { AnnotationView } from "@/lib/contracts/annotation";
import { shorten } from "@/lib/text/shorten";

type Props = {
  x: number;
  y: number;
  annotations: readonly AnnotationView[];
  onChoose: (id: string) => void;
  onClose: () => void;
};

/** More annotations than this on one place open the chooser rather than selecting every card. */
export const CHOOSER_AT = 4;

/**
 * A crowded passage: "12 annotations here", each with its status and author, to pick one from
 * (arrows, Enter, Esc; or the mouse). Opening it puts the focus on the first.
 */
export function SpanChooser({ x, y, annotations, onChoose, onClose }: Props) {
  const list = useRef<HTMLUListElement>(null);
  const dialog = useRef<HTMLDivElement>(null);
  const noOpener = useRef<HTMLElement>(null);
  // Esc and a click elsewhere close it (the text takes the focus back: onClose).
  useDismiss(true, onClose, dialog, noOpener);
  useEffect(() => list.current?.querySelector<HTMLButtonElement>("button")?.focus(), []);
  const move = (step: number) => {
    const buttons = Array.from(list.current?.querySelectorAll<HTMLButtonElement>("button") ?? []);
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    buttons[(at + step + buttons.length) % buttons.length]?.focus();
  };
  const left = Math.max(8, Math.min(x - 16, window.innerWidth - 344));
  const top = Math.min(y + 16, window.innerHeight - 320);
  return (
    <div
      ref={dialog}
      role="dialog"
      aria-label={`${annotations.length} annotations here`}
      className="fixed z-30 w-[336px] max-w-[calc(100vw-16px)] rounded-lg border border-stone-300 bg-white p-2 text-sm shadow-lg"
      style={{ left, top: Math.max(8, top) }}
      onKeyDown={(event) => {
        if (event.key === "ArrowDown") move(1);
        else if (event.key === "ArrowUp") move(-1);
        else return;
        event.preventDefault();
        event.stopPropagation();
      }}
    >
      <p className="mb-1 px-1 text-xs font-semibold uppercase tracking-wide text-stone-600">
        {annotations.length} annotations here
      </p>
      <ul ref={list} className="max-h-72 space-y-0.5 overflow-y-auto">
        {annotations.map((a) => {
          // Notes of cards not loaded yet are empty in the outline: status and author still tell them apart.
          const note = a.note;
          return (
            <li key={a.id}>
              <button
                type="button"
                onClick={() => onChoose(a.id)}
                className="flex w-full flex-col items-start gap-0.5 rounded px-1 py-1 text-left hover:bg-stone-100 focus-visible:bg-stone-100 focus-visible:outline-2 focus-visible:outline-blue-600"
              >
                <span className="flex items-center gap-2">
                  <StatusBadge status={a.status} />
                  <span className="text-stone-900">
                    <PersonName person={a.author} />
                  </span>
                </span>
                {note && <span className="text-xs text-stone-700">{shorten(note, 90)}</span>}
              </button>
            </li>
          );
        })}
      </ul>
      <button
        type="button"
        onClick={onClose}
        className="mt-1 w-full rounded px-1 py-1 text-xs text-stone-700 hover:bg-stone-100"
      >
        Close (Esc)
      </button>
    </div>
  );
}
