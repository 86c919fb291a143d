import { ANNOTATION_STATUSES, REVIEW_STATES } from "@/lib/validation/values";
import type { AnnotationView, PersonView } from "./annotation-view";

/**
 * The reading page paints every highlight at once but shows cards a page at a time. Sending every
 * annotation in full (note, sources, reviews) made a 5,000-annotation article ~4 MB of page data,
 * most of it for cards nobody had scrolled to. So the page gets every annotation as one compact
 * row (enough to paint, filter, count and hover) plus the first page of cards in full; the
 * sidebar fetches the rest of a page's details when it shows that page.
 */
export const SIDEBAR_PAGE = 30;

/**
 * id, status (index into ANNOTATION_STATUSES), author (index into authors), review state (index
 * into REVIEW_STATES), anchor start and end (-1 for an orphan), created (epoch ms), owner (index
 * into authors; -1 when the author is the owner, i.e. for all but imported annotations).
 */
export type OutlineRow = [id: string, status: number, author: number, reviewState: number, start: number, end: number, createdAt: number, owner: number];

/**
 * The rows travel packed into one string ("id,status,author,state,start,end,created" in base 36,
 * rows separated by ";"): thousands of small arrays cost the server's serialiser and the page's
 * parser far more than one string does. Ids are [A-Za-z0-9_-], so the separators cannot clash.
 */
export type AnnotationOutline = { articleId: string; authors: PersonView[]; packed: string };

const packNumber = (n: number) => (n < 0 ? "" : n.toString(36));
const unpackNumber = (text: string | undefined) => (text ? parseInt(text, 36) : -1);

export function packOutline(rows: readonly OutlineRow[]): string {
  return rows.map(([id, ...numbers]) => [id, ...numbers.map(packNumber)].join(",")).join(";");
}

export function unpackOutline(packed: string): OutlineRow[] {
  if (!packed) return [];
  return packed.split(";").map((row) => {
    const [id = "", status, author, state, start, end, created, owner] = row.split(",");
    return [id, unpackNumber(status), unpackNumber(author), unpackNumber(state), unpackNumber(start), unpackNumber(end), unpackNumber(created), unpackNumber(owner)];
  });
}

/** An annotation known only from its outline row: enough to paint and count, not to show a full card. */
export type PartialAnnotation = AnnotationView & { partial: true };

/** The rows as stand-in views; a card shows a placeholder for these until their details arrive. */
export function expandOutline(outline: AnnotationOutline): PartialAnnotation[] {
  const stubs: PartialAnnotation[] = [];
  // One Date for all rows: under Next's server rendering every `new Date` goes through a
  // patched constructor, which made 5,000 of them a visible part of the reading page's render.
  const date = new Date(0);
  for (const [id, status, authorIndex, reviewState, start, end, created, ownerIndex] of unpackOutline(outline.packed)) {
    date.setTime(created);
    const createdAt = date.toISOString();
    const author = outline.authors[authorIndex] ?? { id: "", name: "Unknown" };
    const placed = start >= 0;
    stubs.push({
      id,
      articleId: outline.articleId,
      status: ANNOTATION_STATUSES[status] ?? "unverified",
      note: "",
      sources: [],
      target: { start: Math.max(0, start), end: Math.max(0, end), exact: "", prefix: "", suffix: "" },
      anchor: placed ? { start, end, method: "position" } : null,
      orphan: !placed,
      author,
      ownerId: (ownerIndex >= 0 ? outline.authors[ownerIndex]?.id : author.id) ?? "",
      tags: [],
      reviewState: REVIEW_STATES[reviewState] ?? "open",
      settlement: null,
      version: 0,
      createdAt,
      updatedAt: createdAt,
      modifiedAt: createdAt,
      reviews: [],
      replyCount: 0,
      partial: true,
    });
  }
  return stubs;
}
