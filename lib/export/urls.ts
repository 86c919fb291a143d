import type { ExportBundle } from "./types";

/**
 * The URL when it is an absolute http(s) address, else null. Every href and every IRI we emit
 * for a user-supplied address goes through this, so javascript:, data: and the like never do.
 * The WHATWG parser also strips the tabs, newlines and leading spaces browsers ignore.
 */
export function safeHttpUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value.trim());
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

/** baseUrl without its trailing slashes, so joined paths never get "//". */
export function base(bundle: Pick<ExportBundle, "baseUrl">): string {
  return bundle.baseUrl.replace(/\/+$/, "");
}

const part = encodeURIComponent;

/** Where the article lives in this Factmark instance. */
export function articleIri(bundle: {
  baseUrl: string;
  article: Pick<ExportBundle["article"], "id">;
}): string {
  return `${base(bundle)}/articles/${part(bundle.article.id)}`;
}

/** The read-only page of the version of the text an export was made from: what its offsets count in. */
export function versionIri(bundle: Pick<ExportBundle, "baseUrl" | "article">): string {
  return `${articleIri(bundle)}/versions/${bundle.article.version}`;
}

/** Opens the article with the annotation selected; also its Web Annotation IRI. */
export function permalink(
  bundle: Pick<ExportBundle, "baseUrl" | "article">,
  annotationId: string,
): string {
  return `${articleIri(bundle)}?annotation=${part(annotationId)}`;
}

export const annotationIri = permalink;

/** A reply's Web Annotation IRI: the annotation's, naming the reply (the page opens the annotation; its thread holds the reply). */
export function replyIri(
  bundle: Pick<ExportBundle, "baseUrl" | "article">,
  annotationId: string,
  replyId: string,
): string {
  return `${permalink(bundle, annotationId)}&reply=${part(replyId)}`;
}

export function userIri(bundle: Pick<ExportBundle, "baseUrl">, userId: string): string {
  return `${base(bundle)}/users/${part(userId)}`;
}

/** The JSON-LD export's own address (the AnnotationCollection id), naming its version so it still means the same file after a revision. */
export function collectionIri(bundle: Pick<ExportBundle, "baseUrl" | "article">): string {
  return `${base(bundle)}/api/articles/${part(bundle.article.id)}/export?format=jsonld&version=${bundle.article.version}`;
}
