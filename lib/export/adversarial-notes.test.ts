import { describe, expect, it } from "vitest";
import { ADVERSARIAL_NOTES } from "@/lib/markdown/adversarial-notes";
import { MAX_NESTING } from "@/lib/markdown/bound-nesting";
import { BODY, makeAnnotation, makeBundle, makeReply } from "./fixtures/bundle";
import { renderHtmlReport } from "./html-report";
import { renderMarkdownReport } from "./markdown-report";

/** One annotation whose note and reply are the same adversarial Markdown. */
function bundleWith(note: string) {
  const annotation = makeAnnotation(BODY, 0, 12, { note });
  annotation.replies = [makeReply(annotation.id, "bob", note)];
  return makeBundle([annotation]);
}

const deepestQuoteRun = (html: string) => {
  let depth = 0;
  let deepest = 0;
  for (const [tag] of html.matchAll(/<\/?blockquote>/g)) {
    depth += tag.startsWith("</") ? -1 : 1;
    deepest = Math.max(deepest, depth);
  }
  return deepest;
};

/** Container markers a Markdown line opens: `>` and list markers, as boundNesting counts them. */
const lineDepth = (line: string) =>
  /^(?:[ \t]*(?:>|[-+*](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$)))*/
    .exec(line)![0]
    .replace(/[ \t]/g, "")
    .replace(/\d+[.)]/g, "1").length;

describe.each(Object.entries(ADVERSARIAL_NOTES))(
  "exports of a note and a reply made of %s",
  (_, note) => {
    it("the HTML report (and so the PDF) renders with bounded quote nesting", () => {
      expect(deepestQuoteRun(renderHtmlReport(bundleWith(note)))).toBeLessThanOrEqual(MAX_NESTING);
    });

    it("the Markdown report nests no line deeper than the app (a reply is one quote deeper)", () => {
      const md = renderMarkdownReport(bundleWith(note));
      const deepest = Math.max(...md.split("\n").map(lineDepth));
      expect(deepest).toBeLessThanOrEqual(MAX_NESTING + 1);
    });
  },
);
