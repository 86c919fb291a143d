import { annotationDraftSchema } from "@/lib/validation/annotations";
import type { AnnotationDraft } from "./annotation-api";

export type DraftErrors = {
  status?: string;
  note?: string;
  sources?: string;
  sourceRows: Record<number, string>;
};

/** Rows left completely empty are dropped rather than reported. */
export function withoutEmptySources(draft: AnnotationDraft): AnnotationDraft {
  return {
    ...draft,
    sources: draft.sources.filter((s) => s.url.trim() || s.title.trim() || s.quote.trim()),
  };
}

/** The same schema the server applies, so the editor says what is wrong before anything is sent. */
export function validateDraft(draft: AnnotationDraft): DraftErrors | null {
  const parsed = annotationDraftSchema.safeParse(draft);
  if (parsed.success) return null;
  const errors: DraftErrors = { sourceRows: {} };
  for (const issue of parsed.error.issues) {
    const [field, index] = issue.path;
    if (field === "sources" && typeof index === "number")
      errors.sourceRows[index] ??= issue.message;
    else if (field === "status" || field === "note" || field === "sources")
      errors[field] ??= issue.message;
  }
  return errors;
}

export const hasErrors = (errors: DraftErrors | null) =>
  !!errors &&
  (!!errors.status ||
    !!errors.note ||
    !!errors.sources ||
    Object.keys(errors.sourceRows).length > 0);
