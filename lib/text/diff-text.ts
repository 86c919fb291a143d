import { diffArrays, diffWordsWithSpace } from "diff";

/** A stretch of the compared texts: in both, only in the old one, or only in the new one, with its offsets in each. */
export type DiffSegment = {
  op: "equal" | "delete" | "insert";
  text: string;
  oldStart: number;
  newStart: number;
};

const SEPARATOR = "\n\n";
/** Word-diffing two long replaced stretches is quadratic at worst; beyond this they are shown as removed and added whole. */
const MAX_WORD_DIFF_CHARS = 20_000;

/**
 * Words added and removed between two canonical bodies (paragraphs separated by a blank line).
 * Paragraphs are matched first, so a moved or untouched paragraph costs nothing, and only
 * paragraphs replaced by others are compared word by word (jsdiff). Segments cover both texts
 * in order: the equal and deleted ones spell the old text, the equal and inserted ones the new.
 */
export function diffText(before: string, after: string): DiffSegment[] {
  const out: DiffSegment[] = [];
  let oldAt = 0;
  let newAt = 0;
  const push = (op: DiffSegment["op"], text: string) => {
    if (!text) return;
    const last = out[out.length - 1];
    if (last && last.op === op) last.text += text;
    else out.push({ op, text, oldStart: oldAt, newStart: newAt });
    if (op !== "insert") oldAt += text.length;
    if (op !== "delete") newAt += text.length;
  };
  const oldParagraphs = before ? before.split(SEPARATOR) : [];
  const newParagraphs = after ? after.split(SEPARATOR) : [];
  let oldIndex = 0;
  let newIndex = 0;
  // A chunk of paragraphs as it sits in one text: after a separator unless it opens the text.
  const piece = (paragraphs: string[], index: number) =>
    (index > 0 && paragraphs.length ? SEPARATOR : "") + paragraphs.join(SEPARATOR);
  const changes = diffArrays(oldParagraphs, newParagraphs);
  for (let i = 0; i < changes.length; i++) {
    const change = changes[i]!;
    const next = changes[i + 1];
    if (change.removed && next?.added) {
      const removed = piece(change.value, oldIndex);
      const added = piece(next.value, newIndex);
      if (removed.length + added.length <= MAX_WORD_DIFF_CHARS) {
        for (const part of diffWordsWithSpace(removed, added))
          push(part.added ? "insert" : part.removed ? "delete" : "equal", part.value);
      } else {
        push("delete", removed);
        push("insert", added);
      }
      oldIndex += change.value.length;
      newIndex += next.value.length;
      i++;
    } else if (change.removed) {
      push("delete", piece(change.value, oldIndex));
      oldIndex += change.value.length;
    } else if (change.added) {
      push("insert", piece(change.value, newIndex));
      newIndex += change.value.length;
    } else {
      const oldSeparator = oldIndex > 0;
      const newSeparator = newIndex > 0;
      if (oldSeparator && newSeparator) push("equal", SEPARATOR);
      else if (oldSeparator) push("delete", SEPARATOR);
      else if (newSeparator) push("insert", SEPARATOR);
      push("equal", change.value.join(SEPARATOR));
      oldIndex += change.value.length;
      newIndex += change.value.length;
    }
  }
  return out;
}
