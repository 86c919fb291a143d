"use client";

import { useCallback, useRef, useState } from "react";
import { TOOLBAR_BUTTON } from "@/components/ui/form-controls";
import { useDismiss } from "@/components/ui/use-dismiss";
import { useKeepInViewport } from "@/components/ui/use-keep-in-viewport";

const FORMATS = [
  ["html", "HTML report"],
  ["pdf", "PDF report"],
  ["md", "Markdown"],
  ["csv", "CSV (spreadsheet)"],
  ["jsonld", "W3C Web Annotation (JSON-LD)"],
  ["claimreview", "schema.org ClaimReview"],
] as const;

/**
 * Export options in a disclosure; the PDF is fetched with a progress note so the page stays usable.
 * With `version`, the export is of that version of the text (the read-only versions page).
 */
export function ExportMenu({ articleId, version }: { articleId: string; version?: number }) {
  const [open, setOpen] = useState(false);
  const [format, setFormat] = useState<(typeof FORMATS)[number][0]>("html");
  const [approvedOnly, setApprovedOnly] = useState(false);
  // Until the user ticks or unticks it, the discussion comes with JSON-LD (a lossless move) and not with reports.
  const [discussionChoice, setDiscussion] = useState<boolean | null>(null);
  const discussion = discussionChoice ?? format === "jsonld";
  const [anonymise, setAnonymise] = useState(false);
  const [paper, setPaper] = useState<"a4" | "letter">("a4");
  const [state, setState] = useState<{ busy: boolean; error: string | null }>({
    busy: false,
    error: null,
  });
  const container = useRef<HTMLDivElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const shift = useKeepInViewport(panel, open);
  // While a PDF is being made the panel stays: it carries the progress and any failure.
  useDismiss(
    open && !state.busy,
    useCallback(() => setOpen(false), []),
    container,
    opener,
  );

  const query = new URLSearchParams({
    format,
    paper,
    discussion: discussion ? "1" : "0",
    anonymise: anonymise ? "1" : "0",
    ...(approvedOnly ? { reviewStates: "approved" } : {}),
    ...(version ? { version: String(version) } : {}),
  });
  const href = `/api/articles/${articleId}/export?${query}`;

  const downloadPdf = async () => {
    setState({ busy: true, error: null });
    try {
      const response = await fetch(href);
      if (!response.ok)
        throw new Error(
          ((await response.json().catch(() => null)) as { error?: { message?: string } } | null)
            ?.error?.message ?? `The server answered ${response.status}`,
        );
      const url = URL.createObjectURL(await response.blob());
      const link = Object.assign(document.createElement("a"), {
        href: url,
        download: version ? `factmark-report-v${version}.pdf` : "factmark-report.pdf",
      });
      link.click();
      URL.revokeObjectURL(url);
      setState({ busy: false, error: null });
    } catch (error) {
      setState({
        busy: false,
        error: `The PDF could not be made: ${error instanceof Error ? error.message : "unknown error"}`,
      });
    }
  };

  return (
    <div className="relative" ref={container}>
      <button
        ref={opener}
        type="button"
        aria-expanded={open}
        onClick={() => setOpen((o) => !o)}
        className={TOOLBAR_BUTTON}
      >
        Export
      </button>
      {open && (
        <div
          ref={panel}
          role="group"
          aria-label="Export options"
          style={{ transform: shift ? `translateX(${shift}px)` : undefined }}
          className="absolute left-0 z-30 mt-2 w-80 max-w-[calc(100vw-1rem)] space-y-3 rounded-lg border border-stone-200 bg-white p-4 text-sm shadow-lg"
        >
          <label className="flex flex-col gap-1 font-medium text-stone-800">
            Format
            <select
              value={format}
              onChange={(e) => setFormat(e.target.value as typeof format)}
              className="rounded border border-stone-300 px-2 py-1 font-normal"
            >
              {FORMATS.map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </label>
          <label className="flex items-center gap-2">
            <input
              type="checkbox"
              checked={approvedOnly}
              onChange={(e) => setApprovedOnly(e.target.checked)}
            />{" "}
            Approved annotations only
          </label>
          <label className="flex items-center gap-2">
            <input
              type="checkbox"
              checked={discussion}
              onChange={(e) => setDiscussion(e.target.checked)}
            />{" "}
            Include the discussion
          </label>
          <label className="flex items-center gap-2">
            <input
              type="checkbox"
              checked={anonymise}
              onChange={(e) => setAnonymise(e.target.checked)}
            />{" "}
            Anonymise reviewers (Reviewer 1, 2, …)
          </label>
          {format === "pdf" && (
            <label className="flex items-center gap-2">
              Paper
              <select
                value={paper}
                onChange={(e) => setPaper(e.target.value as "a4" | "letter")}
                className="rounded border border-stone-300 px-2 py-1"
              >
                <option value="a4">A4</option>
                <option value="letter">Letter</option>
              </select>
            </label>
          )}
          {format === "pdf" ? (
            <button
              type="button"
              disabled={state.busy}
              onClick={() => void downloadPdf()}
              className="w-full rounded-md bg-stone-900 px-3 py-2 font-medium text-white hover:bg-stone-700 disabled:bg-stone-500"
            >
              {state.busy ? "Making the PDF…" : "Download"}
            </button>
          ) : (
            <a
              href={href}
              download
              className="block w-full rounded-md bg-stone-900 px-3 py-2 text-center font-medium text-white hover:bg-stone-700"
            >
              Download
            </a>
          )}
          <p role="status" aria-live="polite" className="text-xs text-stone-700">
            {state.busy ? "Making the PDF; you can keep working." : ""}
          </p>
          {state.error && (
            <p role="alert" className="text-xs text-red-800">
              {state.error}
            </p>
          )}
        </div>
      )}
    </div>
  );
}
