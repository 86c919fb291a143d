import { describe, expect, it } from "vitest";
import { diffText, type DiffSegment } from "./diff-text";

const spell = (segments: DiffSegment[], side: "old" | "new") =>
  segments
    .filter((s) => s.op === "equal" || s.op === (side === "old" ? "delete" : "insert"))
    .map((s) => s.text)
    .join("");

describe("diffText", () => {
  const before =
    "The council approved a budget of 12 million dollars.\n\nCritics said fees would double.\n\nThe mayor thanked residents.";
  const after =
    "The council approved a budget of 14 million dollars.\n\nThe mayor thanked residents.\n\nA correction was added.";

  it("marks the words removed and added, and its segments spell both texts at their offsets", () => {
    const segments = diffText(before, after);
    expect(spell(segments, "old")).toBe(before);
    expect(spell(segments, "new")).toBe(after);
    for (const s of segments) {
      if (s.op !== "insert")
        expect(before.slice(s.oldStart, s.oldStart + s.text.length)).toBe(s.text);
      if (s.op !== "delete")
        expect(after.slice(s.newStart, s.newStart + s.text.length)).toBe(s.text);
    }
    expect(segments.filter((s) => s.op === "delete").map((s) => s.text)).toContain("12");
    expect(segments.filter((s) => s.op === "insert").map((s) => s.text)).toContain("14");
    expect(
      segments.find((s) => s.op === "delete" && s.text.includes("Critics said fees would double.")),
    ).toBeTruthy();
  });

  it("answers one equal segment for the same text, and handles empty sides", () => {
    expect(diffText(before, before)).toEqual([
      { op: "equal", text: before, oldStart: 0, newStart: 0 },
    ]);
    expect(spell(diffText("", after), "new")).toBe(after);
    expect(spell(diffText(before, ""), "old")).toBe(before);
  });

  it("diffs a long text with scattered edits and a moved paragraph", () => {
    const paragraphs = Array.from(
      { length: 3000 },
      (_, i) =>
        `Paragraph ${i} says something about the budget and the council, with a few more words.`,
    );
    const edited = paragraphs.map((p, i) => (i % 20 === 0 ? p.replace("budget", "plan") : p));
    edited.splice(100, 0, edited.splice(2000, 1)[0]!);
    const segments = diffText(paragraphs.join("\n\n"), edited.join("\n\n"));
    expect(spell(segments, "old")).toBe(paragraphs.join("\n\n"));
    expect(spell(segments, "new")).toBe(edited.join("\n\n"));
    expect(
      segments.filter((s) => s.op === "insert" && s.text.includes("plan")).length,
    ).toBeGreaterThan(100);
  });
});
