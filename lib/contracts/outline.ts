import { ANNOTATION_STATUSES, REVIEW_STATES } from "@/lib/validation/constants";
import type { AnnotationView } from "./annotation";
import { buildAnnotationView } from "./build-annotation-view";
import type { PersonView } from "./person";

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
export type OutlineRow = [
  id: string,
  status: number,
  author: number,
  reviewState: number,
  start: number,
  end: number,
  createdAt: number,
  owner: number,
];

/**
 * The rows travel packed into one string ("id,status,author,state,start,end,created" in base 36,
 * rows separated by ";"): thousands of small arrays cost the server's serialiser and the page's
 * parser far more than one string does. Ids are [A-Za-z0-9_-], so the separators cannot clash.
 */
export type AnnotationOutline = { articleId: string; authors: PersonView[]; packed: string };

const packNumber = (n: number) => (n < 0 ? "" : n.toString(36));

export function packOutline(rows: readonly OutlineRow[]): string {
  return rows.map(([id, ...numbers]) => [id, ...numbers.map(packNumber)].join(",")).join(";");
}

const COMMA = 44;
const SEMICOLON = 59;
/** A base-36 digit's value (0-9, a-z as packNumber writes them). */
const digitValue = (code: number) => (code <= 57 ? code - 48 : code - 87);

/**
 * Read in one pass: splitting made 45,000 small strings of a 5,000-row outline on every page
 * render (server and browser) before a single number was parsed.
 */
export function unpackOutline(packed: string): OutlineRow[] {
  const rows: OutlineRow[] = [];
  if (!packed) return rows;
  let at = 0;
  while (at <= packed.length) {
    let rowEnd = packed.indexOf(";", at);
    if (rowEnd < 0) rowEnd = packed.length;
    let idEnd = packed.indexOf(",", at);
    if (idEnd < 0 || idEnd > rowEnd) idEnd = rowEnd;
    const numbers = [-1, -1, -1, -1, -1, -1, -1];
    let field = 0;
    let value = 0;
    let digits = 0;
    for (let i = idEnd + 1; i <= rowEnd && field < numbers.length; i += 1) {
      const code = i < rowEnd ? packed.charCodeAt(i) : SEMICOLON;
      if (code === COMMA || code === SEMICOLON) {
        numbers[field++] = digits > 0 ? value : -1;
        value = 0;
        digits = 0;
      } else {
        value = value * 36 + digitValue(code);
        digits += 1;
      }
    }
    const [status, author, state, start, end, created, owner] = numbers as [
      number,
      number,
      number,
      number,
      number,
      number,
      number,
    ];
    rows.push([packed.slice(at, idEnd), status, author, state, start, end, created, owner]);
    at = rowEnd + 1;
  }
  return rows;
}

/** An annotation known only from its outline row: enough to paint and count, not to show a full card. */
export type PartialAnnotation = AnnotationView & { partial: true };

const PARTIAL = { partial: true } as const;

/** The rows as stand-in views; a card shows a placeholder for these until their details arrive. */
export function expandOutline(outline: AnnotationOutline): PartialAnnotation[] {
  const stubs: PartialAnnotation[] = [];
  // One Date for all rows: under Next's server rendering every `new Date` goes through a
  // patched constructor, which made 5,000 of them a visible part of the reading page's render.
  const date = new Date(0);
  for (const [
    id,
    status,
    authorIndex,
    reviewState,
    start,
    end,
    created,
    ownerIndex,
  ] of unpackOutline(outline.packed)) {
    date.setTime(created);
    const createdAt = date.toISOString();
    const author = outline.authors[authorIndex] ?? { id: "", name: "Unknown" };
    const placed = start >= 0;
    const view = buildAnnotationView({
      id,
      articleId: outline.articleId,
      status: ANNOTATION_STATUSES[status] ?? "unverified",
      note: "",
      sources: [],
      target: {
        start: Math.max(0, start),
        end: Math.max(0, end),
        exact: "",
        prefix: "",
        suffix: "",
      },
      anchor: placed ? { start, end, method: "position" } : null,
      author,
      ownerId: (ownerIndex >= 0 ? outline.authors[ownerIndex]?.id : author.id) ?? "",
      reviewState: REVIEW_STATES[reviewState] ?? "open",
      version: 0,
      createdAt,
    });
    stubs.push(Object.assign(view, PARTIAL));
  }
  return stubs;
}
