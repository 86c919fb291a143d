"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import { createReplyRequest, reviewRequest } from "@/components/reader/review-api";
import type { QueueItem } from "@/lib/contracts/review-queue";
import { QueueEntry } from "./queue-entry";

const isTyping = (target: EventTarget | null) => {
  const element = target as HTMLElement | null;
  return (
    !!element &&
    (element.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(element.tagName))
  );
};

/** The queue, operable from the keyboard alone: j/k move, a agree, x disagree, r reply, o open. */
export function ReviewQueue({ initialItems }: { initialItems: QueueItem[] }) {
  const router = useRouter();
  const [items, setItems] = useState(initialItems);
  const [active, setActive] = useState(0);
  const [form, setForm] = useState<{ id: string; kind: "disagree" | "reply" } | null>(null);
  const [message, setMessage] = useState<{ text: string; tone: "info" | "error" } | null>(null);
  const entries = useRef<(HTMLElement | null)[]>([]);

  const focusEntry = useCallback((index: number) => {
    setActive(index);
    entries.current[index]?.focus();
  }, []);

  const refocus = useRef(false);
  /** A reviewed entry leaves the queue; focus stays at the same place, on the next one (after React commits). */
  const removeItem = useCallback((id: string) => {
    refocus.current = true;
    setItems((current) => current.filter((i) => i.id !== id));
  }, []);
  useEffect(() => {
    if (!refocus.current) return;
    refocus.current = false;
    entries.current[Math.min(active, items.length - 1)]?.focus();
  }, [items, active]);

  const agree = useCallback(
    async (item: QueueItem) => {
      const result = await reviewRequest(item.id, { verdict: "agree" });
      if (!result.ok)
        return setMessage({ text: `Not recorded: ${result.error.message}`, tone: "error" });
      removeItem(item.id);
      setMessage({ text: `You agreed with ${item.author.name}'s annotation.`, tone: "info" });
    },
    [removeItem],
  );

  const submitForm = async (item: QueueItem, kind: "disagree" | "reply", text: string) => {
    const result =
      kind === "disagree"
        ? await reviewRequest(item.id, { verdict: "disagree", reason: text })
        : await createReplyRequest(item.id, text);
    if (!result.ok) return setMessage({ text: `Not sent: ${result.error.message}`, tone: "error" });
    setForm(null);
    if (kind === "disagree") removeItem(item.id);
    setMessage({
      text:
        kind === "disagree"
          ? `You disagreed with ${item.author.name}'s annotation.`
          : "Reply posted.",
      tone: "info",
    });
    entries.current[active]?.focus();
  };

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (isTyping(event.target) || event.ctrlKey || event.metaKey || event.altKey) return;
      const item = items[active];
      const actions: Record<string, () => void> = {
        j: () => focusEntry(Math.min(items.length - 1, active + 1)),
        k: () => focusEntry(Math.max(0, active - 1)),
        a: () => item && void agree(item),
        x: () => item && setForm({ id: item.id, kind: "disagree" }),
        r: () => item && setForm({ id: item.id, kind: "reply" }),
        o: () => item && router.push(`/articles/${item.article.id}?annotation=${item.id}`),
      };
      const action = actions[event.key];
      if (!action) return;
      event.preventDefault();
      action();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [items, active, agree, focusEntry, router]);

  const safeActive = Math.min(active, Math.max(0, items.length - 1));
  return (
    <div>
      <div role="status" aria-live="polite" className="min-h-6 text-sm">
        {message && (
          <p className={message.tone === "error" ? "text-red-800" : "text-green-800"}>
            {message.text}
          </p>
        )}
      </div>
      {items.length === 0 ? (
        <p className="rounded-lg border border-dashed border-stone-300 bg-white p-6 text-center text-stone-700">
          Nothing waiting for you. Well done.
        </p>
      ) : (
        <ol className="space-y-3" aria-label="Annotations to review">
          {items.map((item, index) => (
            <QueueEntry
              key={item.id}
              ref={(el) => {
                entries.current[index] = el;
              }}
              item={item}
              isActive={index === safeActive}
              form={form?.id === item.id ? form.kind : null}
              onFocus={() => setActive(index)}
              onAgree={() => void agree(item)}
              onOpenForm={(kind) => setForm({ id: item.id, kind })}
              onCloseForm={() => setForm(null)}
              onSubmitForm={(kind, text) => void submitForm(item, kind, text)}
            />
          ))}
        </ol>
      )}
    </div>
  );
}
