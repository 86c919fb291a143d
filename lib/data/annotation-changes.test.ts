import { describe, expect, it } from "vitest";
import { parseWebAnnotations } from "@/lib/export";
import { createTestActor } from "@/lib/testing/factories";
import { createArticleSchema } from "@/lib/validation/articles";
import { changeCursorSchema, encodeChangeCursor } from "@/lib/validation/change-cursor";
import { CHANGE_PAGE, listAnnotationChanges } from "./annotation-changes";
import { createArticle } from "./articles";
import { deleteAnnotation } from "./delete-annotation";
import { importAnnotations } from "./import-annotations";

const BODY =
  "The council approved a budget of 12 million dollars on Monday.\n\nCritics said fees would double.";

function collection(count: number) {
  const exact = "12 million dollars";
  const start = BODY.indexOf(exact);
  const items = Array.from({ length: count }, (_, i) => ({
    type: "Annotation",
    id: `urn:test:${i}`,
    body: [
      { type: "TextualBody", value: `Imported note ${i}`, purpose: "commenting" },
      { type: "TextualBody", value: "unverified", purpose: "assessing" },
    ],
    target: {
      selector: [
        { type: "TextQuoteSelector", exact },
        { type: "TextPositionSelector", start, end: start + exact.length },
      ],
    },
  }));
  return {
    "@context": "http://www.w3.org/ns/anno.jsonld",
    type: "AnnotationCollection",
    total: count,
    first: { type: "AnnotationPage", items },
  };
}

const parse = (value: string) => changeCursorSchema.parse(value);

describe("the change feed", () => {
  it("delivers every one of a 5,000-annotation import to a page that was open before it, in pages", async () => {
    const reviewer = await createTestActor("reviewer");
    const article = await createArticle(
      reviewer,
      createArticleSchema.parse({ title: "Live import", body: BODY }),
    );
    const opened = new Date();
    const { annotations: parsed, errors } = parseWebAnnotations(collection(5000));
    expect(errors).toEqual([]);
    const report = await importAnnotations(reviewer, article.id, parsed);
    expect(report.imported).toBe(5000);

    const seen = new Set<string>();
    let cursor = encodeChangeCursor({ since: opened, after: null });
    let pages = 0;
    for (;;) {
      const answer = await listAnnotationChanges(reviewer, article.id, parse(cursor));
      pages += 1;
      expect(answer.annotations.length).toBeLessThanOrEqual(CHANGE_PAGE);
      for (const a of answer.annotations) seen.add(a.id);
      cursor = answer.cursor;
      if (!answer.hasMore) break;
      expect(pages).toBeLessThan(20);
    }
    expect(seen.size).toBe(5000);
    expect(pages).toBe(Math.ceil(5000 / CHANGE_PAGE));

    // Later changes, deletions among them, come with the next cursor as before (after the pages
    // of the few seconds the feed re-reads, which clients drop by version).
    const one = [...seen][0]!;
    await deleteAnnotation(reviewer, one, 1);
    const deleted: string[] = [];
    for (let more = true, n = 0; more && n < 20; n += 1) {
      const answer = await listAnnotationChanges(reviewer, article.id, parse(cursor));
      deleted.push(...answer.deletedIds);
      expect(answer.annotations.map((a) => a.id)).not.toContain(one);
      ({ cursor, hasMore: more } = answer);
    }
    expect(deleted).toEqual([one]);
  }, 120_000);

  it("reads a time or a cursor of its own, and refuses anything else", () => {
    const since = new Date("2026-12-01T10:00:00.000Z");
    const after = {
      updatedAt: new Date("2026-12-01T10:00:01.500Z"),
      id: "cmx7sg1zb0005qz7d9bwkx31n",
    };
    expect(parse(since.toISOString())).toEqual({ since, after: null });
    expect(parse(encodeChangeCursor({ since, after }))).toEqual({ since, after });
    for (const bad of [
      "",
      "yesterday",
      `${since.toISOString()}~nope~x`,
      `${since.toISOString()}~${after.updatedAt.toISOString()}`,
      `${since.toISOString()}~${after.updatedAt.toISOString()}~bad id!`,
      `${encodeChangeCursor({ since, after })}~more`,
    ]) {
      expect(changeCursorSchema.safeParse(bad).success, bad).toBe(false);
    }
  });
});
