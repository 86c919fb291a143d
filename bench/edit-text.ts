// Edits a share of an article's characters the way a copy editor would (words inserted, deleted
// or replaced at random places), and records where every old offset went, so the benchmark can
// tell whether a re-anchored annotation landed where its text actually is now.
import { createRandom, pick, randomInt } from "@/lib/testing/seeded-random";

export type EditedText = {
  body: string;
  /** Characters deleted, inserted or replaced, as a share of the old length. */
  editedShare: number;
  /** New offset of each old offset 0..oldLength (deleted text maps to where it was). */
  boundaries: Int32Array;
};

type Action = "replace" | "delete" | "insert";

export function editText(body: string, share: number, seed: number): EditedText {
  const random = createRandom(seed);
  const words = [...body.matchAll(/\S+/g)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
  const vocabulary = [...new Set(body.match(/[A-Za-z]{4,}/g) ?? [])];

  // Choose words in random order until the edits add up to `share` of the characters.
  const actions = new Map<number, { action: Action; word: string }>();
  let edited = 0;
  while (edited < share * body.length && actions.size < words.length) {
    const index = randomInt(random, 0, words.length - 1);
    const word = words[index];
    if (!word || actions.has(index)) continue;
    const followedBySpace = body.charAt(word.end) === " ";
    let action: Action = pick(random, ["replace", "delete", "insert"] as const);
    // Deleting the last word of a paragraph would glue it to the separator; replace it instead.
    if (action === "delete" && !followedBySpace) action = "replace";
    const other = pick(random, vocabulary);
    actions.set(index, { action, word: other });
    edited +=
      action === "insert"
        ? other.length + 1
        : action === "delete"
          ? word.end - word.start + 1
          : Math.max(other.length, word.end - word.start);
  }

  const boundaries = new Int32Array(body.length + 1);
  const parts: string[] = [];
  let oldAt = 0;
  let newAt = 0;
  const keepTo = (to: number): void => {
    for (let i = oldAt; i < to; i += 1) boundaries[i] = newAt + (i - oldAt);
    parts.push(body.slice(oldAt, to));
    newAt += to - oldAt;
    oldAt = to;
  };
  const dropTo = (to: number): void => {
    boundaries.fill(newAt, oldAt, to);
    oldAt = to;
  };
  const add = (text: string): void => {
    parts.push(text);
    newAt += text.length;
  };
  words.forEach((word, index) => {
    const edit = actions.get(index);
    if (!edit) return;
    keepTo(word.start);
    if (edit.action === "insert") add(`${edit.word} `);
    else if (edit.action === "delete") dropTo(word.end + 1);
    else {
      dropTo(word.end);
      add(edit.word);
    }
  });
  keepTo(body.length);
  boundaries[body.length] = newAt;
  return { body: parts.join(""), editedShare: edited / body.length, boundaries };
}
