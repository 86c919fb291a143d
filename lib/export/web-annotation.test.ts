import { describe, expect, it } from "vitest";
import { ALL_OPTIONS, BODY, makeAnnotation, makeBundle, sampleBundle } from "./fixtures/bundle";
import type { ExportBundle } from "./types";
import { ANNO_CONTEXT, renderWebAnnotationJsonLd, type JsonObject } from "./web-annotation";
import { parseWebAnnotations } from "./web-annotation-import";

const MOTIVATIONS = ["assessing", "bookmarking", "classifying", "commenting", "describing", "editing", "highlighting", "identifying", "linking", "moderating", "questioning", "replying", "tagging"];

const itemsOf = (collection: JsonObject) => (collection.first as JsonObject).items as JsonObject[];

describe("renderWebAnnotationJsonLd", () => {
  const collection = renderWebAnnotationJsonLd(sampleBundle());
  const items = itemsOf(collection);
  const sourced = items[0]!;

  it("is an AnnotationCollection with one embedded page", () => {
    expect(collection).toMatchObject({
      "@context": [ANNO_CONTEXT, { factmark: "urn:factmark:vocab:", dcterms: "http://purl.org/dc/terms/" }],
      id: "https://factmark.example.org/api/articles/art1/export?format=jsonld&version=2",
      type: "AnnotationCollection",
      label: "Minister on jobs",
      total: 4,
      "factmark:articleVersion": 2,
      first: { id: "https://factmark.example.org/api/articles/art1/export?format=jsonld&version=2&page=0", type: "AnnotationPage", startIndex: 0 },
    });
    expect(items).toHaveLength(4);
  });

  it("describes an annotation in the W3C model", () => {
    expect(sourced).toMatchObject({
      id: "https://factmark.example.org/articles/art1?annotation=a-sourced",
      type: "Annotation",
      motivation: "assessing",
      creator: { id: "https://factmark.example.org/users/alice", type: "Person", name: "Alice" },
      created: "2024-06-02T09:00:00.000Z",
      modified: "2024-06-03T09:00:00.000Z",
      generator: { id: "https://factmark.example.org/", type: "Software", name: "Factmark" },
      generated: "2024-06-05T12:00:00.000Z",
      "factmark:reviewState": "approved",
    });
    expect(sourced.body).toEqual([
      { type: "TextualBody", value: "Matches the *official* release.", format: "text/markdown", purpose: "commenting" },
      { type: "TextualBody", value: "sourced", format: "text/plain", purpose: "assessing" },
      {
        type: "SpecificResource",
        purpose: "linking",
        source: { id: "https://stats.example.org/may", "dcterms:title": "May release" },
        selector: { type: "TextQuoteSelector", exact: "3.0%" },
        state: { type: "TimeState", sourceDate: "2024-06-02T00:00:00.000Z" },
      },
    ]);
    expect(sourced.target).toEqual({
      type: "SpecificResource",
      source: "https://factmark.example.org/articles/art1",
      scope: "https://example.com/story",
      state: { type: "TimeState", cached: "https://factmark.example.org/articles/art1/versions/2", sourceDate: "2024-06-04T08:30:00.000Z" },
      selector: [
        { type: "TextQuoteSelector", exact: "Unemployment fell to 3 percent", prefix: "", suffix: " in May, the minister said.\n\nCri" },
        { type: "TextPositionSelector", start: 0, end: 30 },
      ],
    });
  });

  it("uses only W3C motivations as motivation and purposes", () => {
    for (const item of items) {
      expect(MOTIVATIONS).toContain(item.motivation);
      for (const body of item.body as JsonObject[]) expect(MOTIVATIONS).toContain(body.purpose);
    }
  });

  it("leaves out an empty note and keeps the stored target of an orphan", () => {
    const unverified = items[2]!;
    expect((unverified.body as JsonObject[]).map((b) => b.purpose)).toEqual(["assessing"]);
    const orphan = items[3]!;
    expect(((orphan.target as JsonObject).selector as JsonObject[])[0]).toMatchObject({ exact: "Inflation was flat" });
  });

  it("names no account when anonymised", () => {
    const anonymous = itemsOf(renderWebAnnotationJsonLd(sampleBundle({ options: { ...ALL_OPTIONS, anonymise: true } })));
    expect(anonymous[0]!.creator).toEqual({ type: "Person", name: "Reviewer 1" });
    expect(JSON.stringify(anonymous)).not.toMatch(/alice|bob|carol|dave/i);
  });

  it("survives JSON serialisation unchanged", () => {
    expect(JSON.parse(JSON.stringify(collection))).toEqual(collection);
  });
});

describe("export → import round trip", () => {
  const cases: [string, ExportBundle][] = [
    ["the sample", sampleBundle()],
    [
      "several sources, Markdown and odd characters",
      makeBundle([
        makeAnnotation(BODY, 21, 37, {
          status: "sourced",
          note: "Line one\n\n- a *list*\n- `code` with \"quotes\" & <tags>",
          sources: [
            { url: "https://a.example/1", title: "First", quote: "q1", accessedAt: null },
            { url: "https://b.example/2?x=1&y=2", title: "", quote: "", accessedAt: null },
          ],
        }),
      ]),
    ],
  ];
  it.each(cases)("keeps status, note, sources and target: %s", (_, bundle) => {
    const parsed = parseWebAnnotations(JSON.parse(JSON.stringify(renderWebAnnotationJsonLd(bundle))));
    expect(parsed.errors).toEqual([]);
    expect(parsed.annotations).toEqual(
      bundle.annotations.map((a) => ({
        status: a.status,
        note: a.note,
        sources: a.sources.map(({ url, title, quote }) => ({ url, title, quote })),
        target: a.target,
        creatorName: a.author.name,
        created: a.createdAt,
      })),
    );
  });
});
