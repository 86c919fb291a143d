"use client";

/** Someone saved a new version of the text while this page was open: its highlights belong to the old one. */
export function RevisedBanner({ version }: { version: number }) {
  return (
    <div
      role="alert"
      className="mb-4 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950"
    >
      <p>
        <strong className="font-semibold">This article was revised</strong> (now version {version}).
        Live updates are paused: reload to read the new text with its annotations.
      </p>
      <button
        type="button"
        onClick={() => window.location.reload()}
        className="mt-2 rounded-md border border-amber-400 bg-white px-2 py-1 font-medium text-amber-950 hover:bg-amber-100"
      >
        Reload
      </button>
    </div>
  );
}
