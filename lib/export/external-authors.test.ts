import { describe, expect, it } from "vitest";
import { ALL_OPTIONS, BODY, makeAnnotation, makeBundle, makeReply } from "./fixtures/bundle";
import { renderCsv } from "./csv";
import { renderHtmlReport } from "./html-report";
import { renderMarkdownReport } from "./markdown-report";
import { renderWebAnnotationJsonLd } from "./web-annotation";

/** An annotation an import brought in: its author, a reviewer, the settling editor and a replier have no account here. */
function importedBundle(anonymise = false) {
  const external = (name: string) => ({
    id: null,
    name,
    externalId: `acct:${name.toLowerCase()}@hypothes.is`,
  });
  const start = BODY.indexOf("Critics disputed");
  const a = makeAnnotation(BODY, start, start + "Critics disputed".length, {
    id: "a-imported",
    status: "disputed",
    note: "Imported.",
    author: external("Mark"),
    ownerId: "ivy",
    reviewState: "approved",
    settlement: {
      by: external("Edna"),
      at: "2024-06-04T08:00:00.000Z",
      comment: null,
      imported: true,
    },
    reviews: [
      {
        reviewer: external("Rita"),
        verdict: "agree",
        reason: null,
        proposedStatus: null,
        createdAt: "2024-06-03T08:00:00.000Z",
        imported: true,
      },
    ],
    replyCount: 1,
  });
  a.replies = [{ ...makeReply(a.id, "ivy", "Thanks."), author: external("Jonas") }];
  return makeBundle([a], { options: { ...ALL_OPTIONS, anonymise } });
}

describe("external authors in the reports", () => {
  it("are marked external in HTML, Markdown and CSV, and an imported settlement as imported", () => {
    const html = renderHtmlReport(importedBundle());
    for (const name of ["Mark", "Rita", "Jonas"]) expect(html).toContain(`${name} (external)`);
    expect(html).toMatch(/Approved by Edna \(external\) on [^<]+ \(imported\)/);
    const md = renderMarkdownReport(importedBundle());
    expect(md).toContain("Marked by Mark (external)");
    expect(md).toContain("**Rita (external)** agreed");
    expect(renderCsv(importedBundle())).toContain(",Mark (external),");
  });

  it("keep their id elsewhere in the JSON-LD, and lose it with their name when anonymised", () => {
    const [item, reply] = (
      renderWebAnnotationJsonLd(importedBundle()).first as { items: Record<string, unknown>[] }
    ).items;
    expect(item!.creator).toEqual({ id: "acct:mark@hypothes.is", type: "Person", name: "Mark" });
    expect(item!["factmark:reviews"]).toEqual([
      expect.objectContaining({
        creator: { id: "acct:rita@hypothes.is", type: "Person", name: "Rita" },
        "factmark:imported": true,
      }),
    ]);
    expect(item!["factmark:settlement"]).toMatchObject({
      creator: { id: "acct:edna@hypothes.is", name: "Edna" },
      "factmark:imported": true,
    });
    expect(reply!.creator).toEqual({ id: "acct:jonas@hypothes.is", type: "Person", name: "Jonas" });
    const anonymous =
      JSON.stringify(renderWebAnnotationJsonLd(importedBundle(true))) +
      renderHtmlReport(importedBundle(true));
    expect(anonymous).not.toMatch(/\bMark\b(?! by)|Rita|Edna|Jonas|hypothes\.is|"ivy"|external/);
  });
});
