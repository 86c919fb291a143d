import { personKey, type PersonView } from "@/lib/contracts/person";
import type { ExportAnnotation, ExportBundle } from "./types";

type Person = { id: string; name: string };

/** The annotations the options ask for (status and review state), in the bundle's order. */
export function selectAnnotations(bundle: ExportBundle): ExportAnnotation[] {
  const statuses = new Set<string>(bundle.options.statuses);
  const states = new Set<string>(bundle.options.reviewStates);
  return bundle.annotations.filter((a) => statuses.has(a.status) && states.has(a.reviewState));
}

/** Who made the export, once names are hidden: being "Reviewer 3" would still single them out. */
export const ANONYMOUS_EXPORTER: Person = { id: "anonymous", name: "Factmark user" };

/**
 * A copy in which every person on an annotation (author, reviewers, settling editor, reply
 * authors) becomes "Reviewer N", numbered by first appearance in the bundle's annotation order
 * (per annotation: author, reviewers, settler, repliers). The same person keeps the same number;
 * the id becomes "reviewer-N" so nothing can be joined back to an account (nor an external author to
 * their id elsewhere). generatedBy becomes
 * ANONYMOUS_EXPORTER. Not touched: the article's own byline (public), and names typed inside
 * notes, replies or comments (free text cannot be anonymised reliably).
 */
export function anonymiseBundle(bundle: ExportBundle): ExportBundle {
  const labels = new Map<string, Person>();
  // External authors are numbered like everyone else; their id elsewhere goes with their name.
  const hide = (person: PersonView): Person => {
    const key = personKey(person);
    let label = labels.get(key);
    if (!label) {
      const n = labels.size + 1;
      label = { id: `reviewer-${n}`, name: `Reviewer ${n}` };
      labels.set(key, label);
    }
    return label;
  };
  // An owner is an account: their label if they appear by name, else nobody in particular (an importer never named).
  const ownerLabel = (id: string) => labels.get(id)?.id ?? ANONYMOUS_EXPORTER.id;
  const annotations = bundle.annotations.map((a): ExportAnnotation => {
    const author = hide(a.author);
    const reviews = a.reviews.map((r) => ({ ...r, reviewer: hide(r.reviewer) }));
    const settlement = a.settlement && {
      ...a.settlement,
      by: a.settlement.by && hide(a.settlement.by),
    };
    const replies = a.replies?.map((r) => ({
      ...r,
      author: hide(r.author),
      ownerId: ownerLabel(r.ownerId),
    }));
    return {
      ...a,
      author,
      ownerId: ownerLabel(a.ownerId),
      reviews,
      settlement,
      ...(replies ? { replies } : {}),
    };
  });
  return { ...bundle, annotations, generatedBy: ANONYMOUS_EXPORTER };
}

/** An annotation with its report number (1-based) and where it sits in the body, or null when it cannot be placed. */
export type Numbered = {
  n: number;
  annotation: ExportAnnotation;
  span: { start: number; end: number } | null;
};

export type PreparedReport = {
  /** The bundle with only the selected annotations, in report order, anonymised when asked. */
  bundle: ExportBundle;
  all: Numbered[];
  placed: Numbered[];
  orphans: Numbered[];
};

/** A usable anchor, or null: renderers never trust an offset they could not slice with. */
function spanOf(a: ExportAnnotation, bodyLength: number): { start: number; end: number } | null {
  const anchor = a.anchor;
  if (!anchor || a.orphan) return null;
  const { start, end } = anchor;
  return Number.isInteger(start) &&
    Number.isInteger(end) &&
    start >= 0 &&
    start < end &&
    end <= bodyLength
    ? { start, end }
    : null;
}

/**
 * What every renderer starts from: the selected annotations, placed ones in text order (by start,
 * then longer first) and numbered 1…k, then the orphans k+1…n; names hidden after ordering so
 * "first appearance" follows the report.
 */
export function prepareReport(input: ExportBundle): PreparedReport {
  const length = input.article.body.length;
  const selected = selectAnnotations(input).map((annotation, index) => ({
    annotation,
    index,
    span: spanOf(annotation, length),
  }));
  const placed = selected.filter((s) => s.span !== null);
  placed.sort(
    (x, y) => x.span!.start - y.span!.start || y.span!.end - x.span!.end || x.index - y.index,
  );
  const ordered = [...placed, ...selected.filter((s) => s.span === null)];
  let bundle: ExportBundle = { ...input, annotations: ordered.map((s) => s.annotation) };
  if (input.options.anonymise) bundle = anonymiseBundle(bundle);
  const all = ordered.map((s, i): Numbered => ({
    n: i + 1,
    annotation: bundle.annotations[i]!,
    span: s.span,
  }));
  return {
    bundle,
    all,
    placed: all.filter((x) => x.span !== null),
    orphans: all.filter((x) => x.span === null),
  };
}
