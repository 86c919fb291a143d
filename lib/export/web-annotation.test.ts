import { describe, expect, it } from "vitest";
import { ALL_OPTIONS, BODY, makeAnnotation, makeBundle, sampleBundle } from "./fixtures/bundle";
import type { ExportBundle } from "./types";
import { ANNO_CONTEXT, renderWebAnnotationJsonLd, type JsonObject } from "./web-annotation";
import { parseWebAnnotations } from "@/lib/import/web-annotation";

const MOTIVATIONS = [
  "assessing",
  "bookmarking",
  "classifying",
  "commenting",
  "describing",
  "editing",
  "highlighting",
  "identifying",
  "linking",
  "moderating",
  "questioning",
  "replying",
  "tagging",
];

const itemsOf = (collection: JsonObject) => (collection.first as JsonObject).items as JsonObject[];

describe("renderWebAnnotationJsonLd", () => {
  const collection = renderWebAnnotationJsonLd(sampleBundle());
  const items = itemsOf(collection);
  const annotations = items.filter((i) => i.motivation !== "replying");
  const sourced = items[0]!;
  const alice = { id: "https://factmark.example.org/users/alice", type: "Person", name: "Alice" };

  it("is an AnnotationCollection with one embedded page, its first and last", () => {
    const id = "https://factmark.example.org/api/articles/art1/export?format=jsonld&version=2";
    expect(collection).toMatchObject({
      "@context": [
        ANNO_CONTEXT,
        { factmark: "urn:factmark:vocab:", dcterms: "http://purl.org/dc/terms/" },
      ],
      id,
      type: "AnnotationCollection",
      label: "Minister on jobs",
      total: 6,
      "factmark:articleVersion": 2,
      first: { id: `${id}&page=0`, type: "AnnotationPage", partOf: id, startIndex: 0 },
      last: `${id}&page=0`,
    });
    expect(annotations).toHaveLength(4);
    expect(items).toHaveLength(6);
  });

  it("describes an annotation in the W3C model", () => {
    expect(sourced).toMatchObject({
      id: "https://factmark.example.org/articles/art1?annotation=a-sourced",
      type: "Annotation",
      motivation: "assessing",
      creator: alice,
      created: "2024-06-02T09:00:00.000Z",
      modified: "2024-06-03T09:00:00.000Z",
      generator: { id: "https://factmark.example.org/", type: "Software", name: "Factmark" },
      generated: "2024-06-05T12:00:00.000Z",
      "factmark:reviewState": "approved",
      "factmark:reviews": [
        {
          type: "factmark:Review",
          "factmark:verdict": "agree",
          creator: { id: "https://factmark.example.org/users/bob", type: "Person", name: "Bob" },
          created: "2024-06-03T08:00:00.000Z",
        },
      ],
      "factmark:settlement": {
        type: "factmark:Settlement",
        "factmark:decision": "approved",
        "factmark:comment": "Checked.",
        creator: {
          id: "https://factmark.example.org/users/editor",
          type: "Person",
          name: "Ed Itor",
        },
        created: "2024-06-04T08:00:00.000Z",
      },
    });
    const made = { creator: alice, created: "2024-06-02T09:00:00.000Z" };
    expect(sourced.body).toEqual([
      {
        type: "TextualBody",
        value: "Matches the *official* release.",
        format: "text/markdown",
        purpose: "commenting",
        ...made,
      },
      {
        type: "TextualBody",
        value: "sourced",
        format: "text/plain",
        language: "en",
        purpose: "assessing",
        ...made,
      },
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
      state: {
        type: "TimeState",
        cached: "https://factmark.example.org/articles/art1/versions/2",
        sourceDate: "2024-06-04T08:30:00.000Z",
      },
      "factmark:articleVersion": 2,
      selector: [
        {
          type: "TextQuoteSelector",
          exact: "Unemployment fell to 3 percent",
          prefix: "",
          suffix: " in May, the minister said.\n\nCri",
        },
        { type: "TextPositionSelector", start: 0, end: 30 },
      ],
    });
  });

  it("uses only W3C motivations as motivation and purposes", () => {
    for (const item of items) {
      expect(MOTIVATIONS).toContain(item.motivation);
      for (const body of (item.body ?? []) as JsonObject[])
        expect(MOTIVATIONS).toContain(body.purpose);
    }
  });

  it("puts each reply after its annotation, as an annotation replying to it", () => {
    expect(items.map((i) => i.motivation)).toEqual([
      "assessing",
      "assessing",
      "replying",
      "replying",
      "assessing",
      "assessing",
    ]);
    const [reply, deleted] = [items[2]!, items[3]!];
    expect(reply).toMatchObject({
      type: "Annotation",
      motivation: "replying",
      creator: { id: "https://factmark.example.org/users/carol", type: "Person", name: "Carol" },
      created: "2024-06-03T10:00:00.000Z",
      target: "https://factmark.example.org/articles/art1?annotation=a-disputed",
      body: [
        {
          type: "TextualBody",
          value: "Which release?",
          format: "text/markdown",
          purpose: "replying",
          creator: { name: "Carol" },
          created: "2024-06-03T10:00:00.000Z",
        },
      ],
    });
    expect(reply.id).toMatch(
      /^https:\/\/factmark\.example\.org\/articles\/art1\?annotation=a-disputed&reply=rep\d+$/,
    );
    expect(deleted).toMatchObject({ motivation: "replying", "factmark:deleted": true });
    expect(deleted).not.toHaveProperty("body");
  });

  it("leaves out an empty note, and gives an orphan only its quote (its offsets count in a text the file does not carry)", () => {
    const unverified = annotations[2]!;
    expect((unverified.body as JsonObject[]).map((b) => b.purpose)).toEqual(["assessing"]);
    const orphan = annotations[3]!;
    expect((orphan.target as JsonObject).selector).toEqual([
      { type: "TextQuoteSelector", exact: "Inflation was flat", prefix: "", suffix: "" },
    ]);
    expect(orphan.target).not.toHaveProperty("state");
  });

  it("names no account when anonymised", () => {
    const anonymous = itemsOf(
      renderWebAnnotationJsonLd(sampleBundle({ options: { ...ALL_OPTIONS, anonymise: true } })),
    );
    expect(anonymous[0]!.creator).toEqual({ type: "Person", name: "Reviewer 1" });
    expect(JSON.stringify(anonymous)).not.toMatch(/alice|bob|carol|dave|users\//i);
  });

  it("survives JSON serialisation unchanged", () => {
    expect(JSON.parse(JSON.stringify(collection))).toEqual(collection);
  });
});

describe("renderWebAnnotationJsonLd: people, tags, language and offsets", () => {
  const body = "Prices 📈 rose. 👩‍👩‍👧 families felt it.";
  const external = { id: null, name: "Mark Hypothesis", externalId: "acct:mark@hypothes.is" };
  const bundle = makeBundle(
    [
      makeAnnotation(body, body.indexOf("rose"), body.indexOf("rose") + 4, {
        note: "Up.",
        author: external,
        ownerId: "ivy",
        tags: ["economy", "rent control"],
      }),
      makeAnnotation(body, body.indexOf("families"), body.indexOf("families") + 8),
    ],
    { contentLanguage: "de" },
    body,
  );
  const [rose, families] = itemsOf(renderWebAnnotationJsonLd(bundle));

  it("keeps an external author as they are known elsewhere, and tags as tagging bodies", () => {
    expect(rose!.creator).toEqual({
      id: "acct:mark@hypothes.is",
      type: "Person",
      name: "Mark Hypothesis",
    });
    expect(
      (rose!.body as JsonObject[]).filter((b) => b.purpose === "tagging").map((b) => b.value),
    ).toEqual(["economy", "rent control"]);
  });

  it("states the notes' language when the team set it, and our status words as English", () => {
    expect((rose!.body as JsonObject[]).map((b) => [b.purpose, b.language ?? null])).toEqual([
      ["commenting", "de"],
      ["assessing", "en"],
      ["tagging", null],
      ["tagging", null],
    ]);
  });

  it("counts TextPositionSelector offsets in code points", () => {
    const position = (item: JsonObject) =>
      ((item.target as JsonObject).selector as JsonObject[])[1];
    // 📈 is two UTF-16 code units but one code point; 👩‍👩‍👧 is eight units, five code points.
    expect(position(rose!)).toEqual({ type: "TextPositionSelector", start: 9, end: 13 });
    expect(position(families!)).toEqual({ type: "TextPositionSelector", start: 21, end: 29 });
    expect([...body].slice(21, 29).join("")).toBe("families");
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
          note: 'Line one\n\n- a *list*\n- `code` with "quotes" & <tags>',
          sources: [
            { url: "https://a.example/1", title: "First", quote: "q1", accessedAt: null },
            { url: "https://b.example/2?x=1&y=2", title: "", quote: "", accessedAt: null },
          ],
        }),
      ]),
    ],
  ];
  it.each(cases)(
    "keeps status, note, sources and target: %s (the whole annotation: lib/data/interchange/web-annotation-round-trip.test.ts)",
    (_, bundle) => {
      const parsed = parseWebAnnotations(
        JSON.parse(JSON.stringify(renderWebAnnotationJsonLd(bundle))),
      );
      expect(parsed.errors).toEqual([]);
      expect(parsed.annotations).toMatchObject(
        bundle.annotations.map((a) => ({
          status: a.status,
          note: a.note,
          sources: a.sources,
          target: a.orphan
            ? { exact: a.target.exact, prefix: a.target.prefix, suffix: a.target.suffix }
            : { ...a.target, unit: "codePoint" },
        })),
      );
    },
  );
});
