"use client";

import { useRef, type KeyboardEvent, type ReactNode } from "react";

export type SourceTab = { id: string; label: string; panel: ReactNode };

/** WAI-ARIA tabs: arrow keys, Home and End move between tabs; only the chosen tab is in the tab order. */
export function SourceTabs({
  tabs,
  selected,
  onSelect,
  label,
}: {
  tabs: SourceTab[];
  selected: string;
  onSelect: (id: string) => void;
  label: string;
}) {
  const refs = useRef(new Map<string, HTMLButtonElement>());
  const onKeyDown = (event: KeyboardEvent) => {
    const index = tabs.findIndex((t) => t.id === selected);
    const next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: tabs.length - 1 }[
      event.key
    ];
    if (next === undefined) return;
    event.preventDefault();
    const tab = tabs[(next + tabs.length) % tabs.length]!;
    onSelect(tab.id);
    refs.current.get(tab.id)?.focus();
  };
  return (
    <div>
      <div
        role="tablist"
        aria-label={label}
        className="flex gap-1 border-b border-stone-200"
        onKeyDown={onKeyDown}
      >
        {tabs.map((tab) => {
          const active = tab.id === selected;
          return (
            <button
              key={tab.id}
              ref={(node) =>
                void (node ? refs.current.set(tab.id, node) : refs.current.delete(tab.id))
              }
              type="button"
              role="tab"
              id={`tab-${tab.id}`}
              aria-selected={active}
              aria-controls={`panel-${tab.id}`}
              tabIndex={active ? 0 : -1}
              onClick={() => onSelect(tab.id)}
              className={`-mb-px border-b-2 px-4 py-2 text-sm font-medium focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600 ${active ? "border-stone-900 text-stone-900" : "border-transparent text-stone-600 hover:text-stone-900"}`}
            >
              {tab.label}
            </button>
          );
        })}
      </div>
      {tabs.map((tab) => (
        <div
          key={tab.id}
          role="tabpanel"
          id={`panel-${tab.id}`}
          aria-labelledby={`tab-${tab.id}`}
          hidden={tab.id !== selected}
          className="pt-4"
        >
          {tab.panel}
        </div>
      ))}
    </div>
  );
}
