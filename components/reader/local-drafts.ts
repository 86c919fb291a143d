import type { TextTarget } from "@/lib/anchoring";
import type { AnnotationDraft } from "./annotation-api";

/**
 * The note being written, kept in this browser's storage so a reload, a crash or a wander to
 * another page loses nothing: one per article (one editor is open at a time). Cleared once the
 * server has it, or when the user cancels.
 */
export type StoredDraft =
  | { mode: "create"; target: TextTarget; draft: AnnotationDraft; savedAt: string }
  | {
      mode: "edit";
      id: string;
      version: number;
      quote: string;
      draft: AnnotationDraft;
      savedAt: string;
    };

const key = (scope: string) => `factmark:draft:${scope}`;

function storage(): Storage | null {
  try {
    return typeof window === "undefined" ? null : window.localStorage;
  } catch {
    // Storage can be switched off (private modes, policies): drafts then simply are not kept.
    return null;
  }
}

export function saveDraft(scope: string, value: unknown): void {
  try {
    storage()?.setItem(key(scope), JSON.stringify(value));
  } catch {
    // Full storage: keeping the page working matters more than the copy.
  }
}

export function loadDraft<T>(scope: string, isValid: (value: unknown) => value is T): T | null {
  try {
    const raw = storage()?.getItem(key(scope));
    if (!raw) return null;
    const value: unknown = JSON.parse(raw);
    return isValid(value) ? value : null;
  } catch {
    return null;
  }
}

export function clearDraft(scope: string): void {
  try {
    storage()?.removeItem(key(scope));
  } catch {
    // Nothing to do.
  }
}

const isDraft = (d: unknown): d is AnnotationDraft =>
  !!d &&
  typeof d === "object" &&
  typeof (d as AnnotationDraft).note === "string" &&
  typeof (d as AnnotationDraft).status === "string" &&
  Array.isArray((d as AnnotationDraft).sources);

export function isStoredDraft(value: unknown): value is StoredDraft {
  if (!value || typeof value !== "object") return false;
  const v = value as Partial<StoredDraft> & Record<string, unknown>;
  if (!isDraft(v.draft) || typeof v.savedAt !== "string") return false;
  if (v.mode === "create")
    return (
      !!v.target &&
      typeof (v.target as TextTarget).start === "number" &&
      typeof (v.target as TextTarget).exact === "string"
    );
  return v.mode === "edit" && typeof v.id === "string" && typeof v.version === "number";
}

/** The annotation draft's scope: the article. A reply's is its annotation (see the reply form). */
export const annotationDraftScope = (articleId: string) => `article:${articleId}`;
export const replyDraftScope = (annotationId: string) => `reply:${annotationId}`;
