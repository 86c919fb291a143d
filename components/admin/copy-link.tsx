"use client";

import { useRef, useState } from "react";
import { Button } from "@/components/ui/form-controls";

/** A read-only link with a Copy button; where the clipboard is unavailable (plain http), it selects the text instead. */
export function CopyLink({ url, label }: { url: string; label: string }) {
  const input = useRef<HTMLInputElement>(null);
  const [outcome, setOutcome] = useState<"idle" | "copied" | "manual">("idle");

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setOutcome("copied");
    } catch {
      input.current?.focus();
      input.current?.select();
      setOutcome("manual");
    }
  }

  return (
    <div className="space-y-1">
      <label htmlFor="invitation-link" className="block text-sm font-medium text-stone-800">
        {label}
      </label>
      <div className="flex flex-wrap gap-2">
        <input
          ref={input}
          id="invitation-link"
          data-testid="invitation-link"
          readOnly
          value={url}
          onFocus={(event) => event.currentTarget.select()}
          className="min-w-0 flex-1 rounded-md border border-stone-300 bg-white px-3 py-2 font-mono text-xs text-stone-900"
        />
        <Button type="button" variant="secondary" onClick={copy}>
          Copy link
        </Button>
      </div>
      {/* Always present, so screen readers announce the outcome when it appears. */}
      <p role="status" className="min-h-5 text-xs text-stone-700">
        {outcome === "copied"
          ? "Copied."
          : outcome === "manual"
            ? "Copying is not available here: the link is selected, press Ctrl+C (⌘C on a Mac)."
            : ""}
      </p>
    </div>
  );
}
