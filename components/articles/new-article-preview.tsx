import Link from "next/link";
import type { RefObject } from "react";
import { Button } from "@/components/ui/form-controls";
import type { ArticlePreview } from "@/lib/contracts/article";
import { ArticlePreviewPanel, DuplicateNotice } from "./article-preview-panel";

/** The new-article form's right column: the article as readers will see it, and the save button. */
export function NewArticlePreview({
  shown,
  formError,
  formErrorRef,
  saving,
  disabled,
}: {
  shown: { preview: ArticlePreview | null; error: string | null };
  formError: string | null;
  formErrorRef: RefObject<HTMLParagraphElement | null>;
  saving: boolean;
  disabled: boolean;
}) {
  return (
    <section aria-labelledby="preview-heading" className="space-y-3">
      <h2 id="preview-heading" className="text-lg font-semibold text-stone-900">
        Preview
      </h2>
      {shown.preview && <DuplicateNotice duplicates={shown.preview.duplicates} />}
      {shown.error ? (
        <p
          role="alert"
          className="rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-900"
        >
          {shown.error}
        </p>
      ) : shown.preview ? (
        <ArticlePreviewPanel preview={shown.preview} />
      ) : (
        <p className="rounded-lg border border-dashed border-stone-300 bg-white p-8 text-center text-sm text-stone-700">
          The article appears here as readers will see it.
        </p>
      )}
      {formError && (
        <p
          ref={formErrorRef}
          tabIndex={-1}
          role="alert"
          className="rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-900"
        >
          {formError}
        </p>
      )}
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={disabled}>
          {saving ? "Adding…" : "Add article"}
        </Button>
        <Link href="/" className="text-sm text-stone-700 underline">
          Cancel
        </Link>
      </div>
    </section>
  );
}
