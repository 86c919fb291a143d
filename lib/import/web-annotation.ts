import { yieldingMap } from "@/lib/yielding-map";
import type { Outcome } from "@/lib/import/common";
import { looksLikeHypothesis, parseHypothesis } from "@/lib/import/hypothesis";
import { parseW3cAnnotation } from "@/lib/import/w3c";
import type { ParseResult, ParsedAnnotation } from "@/lib/export/types";

export const MAX_IMPORT_ANNOTATIONS = 10_000;

type Items = { items: unknown[]; notes: string[] } | { error: string };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const hasType = (record: Record<string, unknown>, type: string) =>
  record.type === type || (Array.isArray(record.type) && record.type.includes(type));

/**
 * Finds the list of annotations in whatever envelope came: an AnnotationCollection (its embedded
 * first page; further pages are not fetched), an AnnotationPage, Hypothesis' client export
 * ({ annotations }) or search API answer ({ rows }), a plain array, or one annotation.
 */
function findItems(json: unknown): Items {
  if (Array.isArray(json)) return { items: json, notes: [] };
  if (!isRecord(json)) return { error: "Expected a JSON object or array of annotations" };
  if (hasType(json, "AnnotationCollection")) {
    const first = json.first;
    if (isRecord(first) && Array.isArray(first.items)) {
      const more = first.next !== undefined && first.next !== null;
      return {
        items: first.items,
        notes: more
          ? ["Only the collection's first page was read: later pages are not embedded in the file"]
          : [],
      };
    }
    return {
      error:
        "The AnnotationCollection has no embedded first page with items (pages that are only linked are not fetched)",
    };
  }
  if (hasType(json, "AnnotationPage"))
    return Array.isArray(json.items)
      ? { items: json.items, notes: [] }
      : { error: "The AnnotationPage has no items list" };
  if (Array.isArray(json.annotations)) return { items: json.annotations, notes: [] };
  if (Array.isArray(json.rows)) return { items: json.rows, notes: [] };
  if (hasType(json, "Annotation") || "target" in json) return { items: [json], notes: [] };
  return {
    error:
      "Not a Web Annotation, an AnnotationCollection or AnnotationPage, an array of annotations, or a Hypothesis export",
  };
}

function parseItem(item: unknown): Outcome {
  if (!isRecord(item))
    return {
      error: `expected an annotation object, got ${item === null ? "null" : Array.isArray(item) ? "an array" : typeof item}`,
    };
  try {
    return looksLikeHypothesis(item) ? parseHypothesis(item) : parseW3cAnnotation(item);
  } catch (error) {
    // Schemas validate first, so this is for the truly odd (a getter that throws…): report, never throw.
    return {
      error: `could not be read (${error instanceof Error ? error.message : String(error)})`,
    };
  }
}

type Started = { items: unknown[]; errors: string[] } | ParseResult;

function start(json: unknown): Started {
  const found = findItems(json);
  if ("error" in found) return { annotations: [], errors: [found.error], skipped: [] };
  const errors = [...found.notes];
  let items = found.items;
  if (items.length > MAX_IMPORT_ANNOTATIONS) {
    errors.push(
      `Only the first ${MAX_IMPORT_ANNOTATIONS.toLocaleString("en")} annotations were read; ${(items.length - MAX_IMPORT_ANNOTATIONS).toLocaleString("en")} more were skipped`,
    );
    items = items.slice(0, MAX_IMPORT_ANNOTATIONS);
  }
  return { items, errors };
}

/** Replies answering replies: a thread deeper than this (or a loop) is not followed further. */
const MAX_THREAD_DEPTH = 100;

/**
 * Puts each reply on the annotation its thread starts from (a reply may answer another reply,
 * and come before or after it in the file), in file order, so that a reply always follows the one
 * it answers. A reply whose thread leads to no annotation of the file is skipped.
 */
function attachReplies(
  outcomes: readonly Outcome[],
  annotations: Map<number, ParsedAnnotation>,
  fail: (index: number, reason: string) => void,
): void {
  const byKey = new Map<string, number>();
  outcomes.forEach((o, index) => {
    const key = "ok" in o ? o.key : "reply" in o ? o.reply.key : null;
    if (key !== null && !byKey.has(key)) byKey.set(key, index);
  });
  const rootOf = (index: number): number | null => {
    let at = index;
    for (let depth = 0; depth < MAX_THREAD_DEPTH; depth++) {
      const o = outcomes[at]!;
      if ("ok" in o) return at;
      if (!("reply" in o)) return null;
      const next = byKey.get(o.target);
      if (next === undefined || next === at) return null;
      at = next;
    }
    return null;
  };
  const placed = new Set<number>();
  const place = (index: number, root: number) => {
    if (placed.has(index)) return;
    const o = outcomes[index] as Extract<Outcome, { reply: unknown }>;
    const parent = byKey.get(o.target)!;
    if (parent !== root) place(parent, root);
    placed.add(index);
    annotations
      .get(root)!
      .replies.push({ ...o.reply, parentKey: parent === root ? null : o.target });
  };
  outcomes.forEach((o, index) => {
    if (!("reply" in o)) return;
    const root = rootOf(index);
    if (root === null || !annotations.has(root))
      fail(
        index,
        `a reply to ${JSON.stringify(o.target.slice(0, 120))}, which is not an annotation in this file`,
      );
    else place(index, root);
  });
}

function collect(outcomes: readonly Outcome[], errors: string[]): ParseResult {
  const label = (index: number) => `Annotation ${index + 1} (index ${index})`;
  const skipped: ParseResult["skipped"] = [];
  const fail = (index: number, reason: string) => {
    skipped.push({ index, reason });
    errors.push(`${label(index)} skipped: ${reason}`);
  };
  const annotations = new Map<number, ParsedAnnotation>();
  outcomes.forEach((outcome, index) => {
    if ("error" in outcome) fail(index, outcome.error);
    else if ("ok" in outcome) annotations.set(index, outcome.ok);
    if (!("error" in outcome))
      for (const warning of outcome.warnings) errors.push(`${label(index)}: ${warning}`);
  });
  attachReplies(outcomes, annotations, fail);
  skipped.sort((a, b) => a.index - b.index);
  return { annotations: [...annotations.values()], errors, skipped };
}

/**
 * Reads annotations to import, from our own JSON-LD export (lossless: who, when, status, note,
 * sources, tags, target, reviews, settlement and replies), any W3C Web Annotations, or Hypothesis'
 * JSON. Never throws: entries that cannot be used are skipped, listed in `skipped` with their
 * reason and in `errors` by name ("Annotation 3 (index 2) skipped: …"); repairs (a source dropped,
 * a status downgraded) are reported in `errors` too but the annotation is kept. Replies are
 * attached to the annotation they answer. At most MAX_IMPORT_ANNOTATIONS entries are read.
 */
export function parseWebAnnotations(json: unknown): ParseResult {
  const started = start(json);
  return "items" in started ? collect(started.items.map(parseItem), started.errors) : started;
}

/** parseWebAnnotations for a server: validating 10,000 entries takes about a second, so it lets other requests run meanwhile. */
export async function parseWebAnnotationsYielding(json: unknown): Promise<ParseResult> {
  const started = start(json);
  return "items" in started
    ? collect(await yieldingMap(started.items, parseItem), started.errors)
    : started;
}
