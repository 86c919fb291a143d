import { describe, expect, it } from "vitest";
import hypothesisExport from "@/lib/export/fixtures/hypothesis-export-wikipedia.json";
import hypothesisSearch from "@/lib/export/fixtures/hypothesis-api-search-wikipedia.json";
import {
  MAX_IMPORT_ANNOTATIONS,
  parseWebAnnotations,
  parseWebAnnotationsYielding,
} from "@/lib/import/web-annotation";

const quote = (exact: string, extra: Record<string, unknown> = {}) => ({
  type: "TextQuoteSelector",
  exact,
  ...extra,
});
const w3c = (extra: Record<string, unknown> = {}) => ({
  "@context": "http://www.w3.org/ns/anno.jsonld",
  id: "https://other.example/anno/1",
  type: "Annotation",
  body: { type: "TextualBody", value: "A comment", purpose: "commenting" },
  target: { source: "https://news.example/story", selector: quote("the claim") },
  ...extra,
});

describe("parseWebAnnotations: Hypothesis", () => {
  it.each([
    ["the client's export", hypothesisExport],
    ["the search API", hypothesisSearch],
  ])("reads %s", (_, json) => {
    const { annotations, errors } = parseWebAnnotations(json);
    expect(errors).toEqual([]);
    expect(annotations).toHaveLength(5);
    expect(annotations[0]).toEqual({
      status: "unverified",
      note: "Footer",
      sources: [],
      // Hypothesis' client counts offsets as JavaScript does, in UTF-16 code units.
      target: {
        exact: "11 November 2016",
        prefix: " This page was last modified on ",
        suffix: ", at 05:56.\n\t\t\t\t\t\t\t\t\t\t\tText is a",
        start: 11881,
        end: 11897,
        unit: "utf16",
      },
      creator: { name: "mark", id: "acct:mark@localhost" },
      created: "2016-12-16T11:24:14.673Z",
      modified: "2016-12-16T11:24:14.673Z",
      tags: [],
      reviewState: null,
      reviews: [],
      settlement: null,
      replies: [],
      textVersion: null,
    });
    expect(annotations.map((a) => a.target.exact.slice(0, 20))).toEqual([
      "11 November 2016",
      "Therefore, in most s",
      "Also as a consequenc",
      "The purpose of regre",
      "Regression testing",
    ]);
  });

  it.each([
    [["Disputed", "politics"], "disputed"],
    [["unverified"], "unverified"],
    [["other"], "unverified"],
    [["sourced"], "unverified"], // no source to back it: downgraded, with a warning
  ])("takes the status from tags %j → %s", (tags, status) => {
    const row = { ...hypothesisSearch.rows[0]!, tags };
    const { annotations } = parseWebAnnotations([row]);
    expect(annotations[0]!.status).toBe(status);
  });

  it("skips a page note (no quote) with a reason", () => {
    const pageNote = {
      ...hypothesisSearch.rows[0]!,
      target: [{ source: "https://en.wikipedia.org/wiki/Regression_testing" }],
    };
    const reason =
      "a page note (about the whole page: no TextQuoteSelector, no quoted passage): nothing in the article to attach it to";
    expect(parseWebAnnotations({ rows: [pageNote, hypothesisSearch.rows[1]] })).toEqual({
      annotations: [expect.objectContaining({ note: "Body" })],
      errors: [`Annotation 1 (index 0) skipped: ${reason}`],
      skipped: [{ index: 0, reason }],
    });
  });
});

describe("parseWebAnnotations: W3C annotations from elsewhere", () => {
  it.each<[string, unknown, Record<string, unknown>]>([
    ["one annotation", w3c(), { note: "A comment", status: "unverified" }],
    ["an array", [w3c()], { note: "A comment" }],
    ["an AnnotationPage", { type: "AnnotationPage", items: [w3c()] }, { note: "A comment" }],
    ["bodyValue", w3c({ body: undefined, bodyValue: "Plain" }), { note: "Plain" }],
    [
      "a status tag",
      w3c({
        body: [
          { type: "TextualBody", value: "Disputed", purpose: "tagging" },
          { type: "TextualBody", value: "politics", purpose: "tagging" },
        ],
      }),
      { status: "disputed", note: "" },
    ],
    [
      "a bare IRI body as a source",
      w3c({
        body: [
          "https://evidence.example/a",
          { type: "TextualBody", value: "sourced", purpose: "assessing" },
        ],
      }),
      { status: "sourced", sources: [{ url: "https://evidence.example/a", title: "", quote: "" }] },
    ],
    [
      "a target list and selector list",
      w3c({
        target: [
          { source: "x" },
          {
            source: "y",
            selector: [
              { type: "CssSelector", value: "p" },
              quote("q", { prefix: "p", suffix: "s" }),
            ],
          },
        ],
      }),
      { target: { exact: "q", prefix: "p", suffix: "s" } },
    ],
    [
      "a creator list",
      w3c({ creator: [{ type: "Person", nickname: "nick" }] }),
      { creator: { name: "nick", id: null } },
    ],
    [
      "a creator with an id",
      w3c({ creator: { type: "Person", id: "https://other.example/users/7", name: "Seven" } }),
      { creator: { name: "Seven", id: "https://other.example/users/7" } },
    ],
    [
      "a creator id in a scheme nobody is named by (dropped)",
      w3c({ creator: { id: "javascript:alert(1)", name: "X" } }),
      { creator: { name: "X", id: null } },
    ],
    [
      "tags, dates and when a source was read",
      w3c({
        created: "2024-01-02T03:04:05Z",
        modified: "2024-01-03T00:00:00+01:00",
        body: [
          { type: "TextualBody", value: "economy", purpose: "tagging" },
          {
            type: "SpecificResource",
            source: "https://a.example/",
            state: { type: "TimeState", sourceDate: "2024-01-01" },
          },
        ],
      }),
      {
        tags: ["economy"],
        created: "2024-01-02T03:04:05.000Z",
        modified: "2024-01-02T23:00:00.000Z",
        sources: [{ url: "https://a.example/", accessedAt: "2024-01-01T00:00:00.000Z" }],
      },
    ],
    [
      "offsets that do not span the quote are dropped",
      w3c({
        target: {
          source: "x",
          selector: [quote("abc"), { type: "TextPositionSelector", start: 5, end: 50 }],
        },
      }),
      { target: { exact: "abc", prefix: "", suffix: "" } },
    ],
    [
      "long context is cut next to the quote",
      w3c({
        target: {
          source: "x",
          selector: quote("q", {
            prefix: `${"a".repeat(300)}END`,
            suffix: `START${"b".repeat(300)}`,
          }),
        },
      }),
      {
        target: { exact: "q", prefix: `${"a".repeat(197)}END`, suffix: `START${"b".repeat(195)}` },
      },
    ],
  ])("reads %s", (_, json, expected) => {
    const { annotations } = parseWebAnnotations(json);
    expect(annotations).toHaveLength(1);
    expect(annotations[0]).toMatchObject(expected);
  });

  it("drops a source that is not http(s) and says so", () => {
    const json = w3c({
      body: [
        { type: "SpecificResource", purpose: "linking", source: "javascript:alert(1)" },
        { type: "SpecificResource", source: { id: "data:text/html,x" } },
      ],
    });
    const { annotations, errors } = parseWebAnnotations(json);
    expect(annotations[0]!.sources).toEqual([]);
    expect(errors).toEqual([
      'Annotation 1 (index 0): source "javascript:alert(1)" skipped: only http and https addresses can be sources',
      'Annotation 1 (index 0): source "data:text/html,x" skipped: only http and https addresses can be sources',
    ]);
  });
});

describe("parseWebAnnotations: W3C replies", () => {
  const reply = (id: string, target: unknown, text: string) => ({
    id,
    type: "Annotation",
    motivation: "replying",
    creator: { name: `by ${id}` },
    created: "2024-02-01T00:00:00Z",
    body: { type: "TextualBody", value: text },
    target,
  });

  it("attaches replies to the annotation their thread starts from, answers after what they answer, wherever they are in the file", () => {
    const json = [
      reply("r2", "r1", "Second"),
      w3c(),
      reply("r1", { id: "https://other.example/anno/1" }, "First"),
      reply("r3", { type: "SpecificResource", source: "r1" }, "Third"),
    ];
    const { annotations, skipped } = parseWebAnnotations(json);
    expect(skipped).toEqual([]);
    expect(annotations).toHaveLength(1);
    expect(
      annotations[0]!.replies.map((r) => [r.key, r.parentKey, r.body, r.creator?.name]),
    ).toEqual([
      ["r1", null, "First", "by r1"],
      ["r2", "r1", "Second", "by r2"],
      ["r3", "r1", "Third", "by r3"],
    ]);
  });

  it("skips a reply to nothing in the file, and a loop of replies, with their reasons", () => {
    const { annotations, skipped } = parseWebAnnotations([
      w3c(),
      reply("r1", "https://elsewhere.example/x", "Lost"),
      reply("a", "b", "Loop"),
      reply("b", "a", "Loop"),
    ]);
    expect(annotations[0]!.replies).toEqual([]);
    expect(skipped.map((s) => [s.index, s.reason])).toEqual([
      [1, 'a reply to "https://elsewhere.example/x", which is not an annotation in this file'],
      [2, 'a reply to "b", which is not an annotation in this file'],
      [3, 'a reply to "a", which is not an annotation in this file'],
    ]);
  });
});

describe("parseWebAnnotations: bad input never throws", () => {
  it.each<[string, unknown, string]>([
    ["null", null, "Expected a JSON object or array of annotations"],
    ["a number", 42, "Expected a JSON object or array of annotations"],
    ["an unrelated object", { hello: "world" }, "Not a Web Annotation"],
    [
      "a collection without an embedded page",
      { type: "AnnotationCollection", first: "https://x.example/page1" },
      "no embedded first page",
    ],
  ])("%s", (_, json, error) => {
    const result = parseWebAnnotations(json);
    expect(result.annotations).toEqual([]);
    expect(result.errors[0]).toContain(error);
  });

  it("skips each bad entry with its index and reason, keeping the good ones", () => {
    const { annotations, errors } = parseWebAnnotations([
      w3c(),
      "nonsense",
      null,
      w3c({ type: "Collection" }),
      w3c({ target: { source: "x" } }),
      w3c({ target: { source: "x", selector: quote("") } }),
      w3c({ body: { type: "TextualBody", value: "x".repeat(20_001) } }),
      { target: [{ selector: "not a list" }], text: "hypothesis-ish" },
      w3c({ target: undefined }),
    ]);
    expect(annotations).toHaveLength(1);
    expect(errors).toEqual([
      "Annotation 2 (index 1) skipped: expected an annotation object, got string",
      "Annotation 3 (index 2) skipped: expected an annotation object, got null",
      'Annotation 4 (index 3) skipped: its type is "Collection", not "Annotation"',
      "Annotation 5 (index 4) skipped: no TextQuoteSelector: nothing to anchor to (a page note or a reply?)",
      "Annotation 6 (index 5) skipped: the quoted text is empty",
      "Annotation 7 (index 6) skipped: the note is longer than 20,000 characters",
      "Annotation 8 (index 7) skipped: not a readable Hypothesis annotation (target.0.selector: Invalid input: expected array, received string)",
      "Annotation 9 (index 8) skipped: not a readable Web Annotation (target: an annotation needs a target)",
    ]);
  });

  it(`reads at most ${MAX_IMPORT_ANNOTATIONS} annotations`, () => {
    const many = Array.from({ length: MAX_IMPORT_ANNOTATIONS + 5 }, () => w3c());
    const { annotations, errors } = parseWebAnnotations(many);
    expect(annotations).toHaveLength(MAX_IMPORT_ANNOTATIONS);
    expect(errors).toEqual(["Only the first 10,000 annotations were read; 5 more were skipped"]);
  });
});

describe("parseWebAnnotations: text that cannot be stored", () => {
  const selector = (extra: Record<string, unknown> = {}) => quote("minister", extra);

  it.each([
    [
      "a NUL in a W3C note",
      { type: "Annotation", bodyValue: "a\u0000b", target: { selector: selector() } },
    ],
    [
      "a lone surrogate in the quote",
      { type: "Annotation", target: { selector: selector({ exact: "mini\udc00ster" }) } },
    ],
    [
      "a lone surrogate in a source's title",
      {
        type: "Annotation",
        body: {
          type: "SpecificResource",
          source: "https://a.example/x",
          "dcterms:title": "t\ud800",
        },
        target: { selector: selector() },
      },
    ],
    [
      "a lone surrogate in a Hypothesis note",
      { text: "x\ud800", target: [{ selector: [selector()] }] },
    ],
    [
      "a NUL in a Hypothesis user name",
      { text: "x", user_info: { display_name: "a\u0000" }, target: [{ selector: [selector()] }] },
    ],
  ])("skips the annotation with %s", (_, item) => {
    const { annotations, errors } = parseWebAnnotations([item]);
    expect(annotations).toEqual([]);
    expect(errors).toEqual([
      "Annotation 1 (index 0) skipped: its text contains a character that cannot be stored (a NUL or a lone surrogate)",
    ]);
  });

  it("cuts long context without splitting an emoji in two", () => {
    // 301 code units each: the 200 kept would start (prefix) or end (suffix) in the middle of a pair
    const { annotations } = parseWebAnnotations([
      {
        type: "Annotation",
        target: {
          selector: selector({ prefix: `${"😀".repeat(150)}x`, suffix: `x${"😀".repeat(150)}` }),
        },
      },
    ]);
    const target = annotations[0]!.target;
    expect(target.prefix).toBe(`${"😀".repeat(99)}x`);
    expect(target.suffix).toBe(`x${"😀".repeat(99)}`);
  });
});

describe("parseWebAnnotationsYielding", () => {
  it("reads what parseWebAnnotations reads", async () => {
    const json = { rows: [...hypothesisSearch.rows, { target: [] }] };
    expect(await parseWebAnnotationsYielding(json)).toEqual(parseWebAnnotations(json));
    expect(await parseWebAnnotationsYielding("nonsense")).toEqual(parseWebAnnotations("nonsense"));
  });
});
