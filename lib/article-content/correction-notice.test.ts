import { describe, expect, it } from "vitest";
import { findCorrectionNotice } from "./correction-notice";

const BEFORE = "The council approved the plan on Monday.\n\nWork starts in spring, officials said.";

describe("findCorrectionNotice", () => {
  it.each([
    "Correction: An earlier version misstated the day of the vote.",
    "CORRECTION — the vote was on Tuesday.",
    "Update, 4 March: adds the mayor's response.",
    "Updated at 14:00 with comment from the council.",
    "Editor's note: this story has been changed to remove a name.",
    "Clarification: the plan covers two districts.",
    "An earlier version of this article said the vote was on Monday. It was on Tuesday.",
    "This story has been updated to include the mayor's comments.",
    "This article was amended on 5 March 2021 to correct the cost.",
  ])("finds the outlet's note %j", (note) => {
    const after = `${BEFORE.replace("Monday", "Tuesday")}\n\n${note}`;
    expect(findCorrectionNotice(BEFORE, after)).toBe(note);
  });

  it("calls a changed text with no note a stealth edit", () => {
    expect(findCorrectionNotice(BEFORE, BEFORE.replace("Monday", "Tuesday"))).toBeNull();
    // Words that only look like a notice inside a sentence are not one.
    expect(
      findCorrectionNotice(
        BEFORE,
        `${BEFORE}\n\nThe update to the plan was approved in a correction vote.`,
      ),
    ).toBeNull();
  });

  it("ignores a notice that was already there before the change", () => {
    const noted = `Correction: the vote was on Tuesday.\n\n${BEFORE}`;
    expect(findCorrectionNotice(noted, noted.replace("spring", "summer"))).toBeNull();
  });

  it("keeps a long notice short", () => {
    const long = `Correction: ${"the figures were wrong ".repeat(40)}`;
    const found = findCorrectionNotice(BEFORE, `${BEFORE}\n\n${long}`)!;
    expect(found.length).toBe(300);
    expect(found.endsWith("…")).toBe(true);
  });
});
