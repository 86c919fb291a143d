"use client";

import dynamic from "next/dynamic";

/**
 * The editor (with the validation schemas and the Markdown preview) is only needed once someone
 * annotates, so it is not part of the page's first script; it loads in a moment when first opened.
 */
export const LazyAnnotationEditor = dynamic(
  () => import("./annotation-editor").then((m) => m.AnnotationEditor),
  {
    ssr: false,
    loading: () => (
      <p
        role="status"
        className="rounded-lg border border-stone-200 bg-white p-3 text-sm text-stone-700"
      >
        Opening the editor…
      </p>
    ),
  },
);
