import { describe, expect, it } from "vitest";
import { BODY, makeAnnotation, makeBundle } from "./fixtures/bundle";
import { renderHtmlReport } from "./html-report";
import { renderMarkdownReport } from "./markdown-report";

// An editor approved it, then its note was edited (or a revision reworded it): it is open again.
const reopened = () =>
  makeBundle([makeAnnotation(BODY, 0, 10, { reviewState: "open", settlement: { by: { id: "ed", name: "Eddie Editor" }, at: "2024-06-04T08:00:00.000Z", comment: "Checked." } })]);

describe("a decision that no longer applies", () => {
  it.each([
    ["HTML", () => renderHtmlReport(reopened())],
    ["Markdown", () => renderMarkdownReport(reopened())],
  ])("is never stated as current in the %s report", (_name, render) => {
    const text = render();
    expect(text).not.toMatch(/Open by Eddie Editor/);
    expect(text).toContain("An earlier decision by Eddie Editor");
    expect(text).toContain("no longer applies");
  });
});
