import { describe, expect, it } from "vitest";
import {
  ALL_OPTIONS,
  BODY,
  makeAnnotation,
  makeBundle,
  makeOrphan,
  sampleBundle,
} from "./fixtures/bundle";
import { ANONYMOUS_EXPORTER, anonymiseBundle, prepareReport, selectAnnotations } from "./select";
import type { ExportOptions } from "./types";
import { annotationIri, collectionIri, permalink } from "./urls";

describe("selectAnnotations", () => {
  it.each<[string, Partial<ExportOptions>, string[]]>([
    ["everything", {}, ["a-sourced", "a-disputed", "a-unverified", "a-orphan"]],
    ["disputed only", { statuses: ["disputed"] }, ["a-disputed", "a-orphan"]],
    ["approved only", { reviewStates: ["approved"] }, ["a-sourced"]],
    ["disputed and approved", { statuses: ["disputed"], reviewStates: ["approved"] }, []],
    ["no statuses", { statuses: [] }, []],
    [
      "open sourced or unverified",
      { statuses: ["sourced", "unverified"], reviewStates: ["open"] },
      ["a-unverified"],
    ],
  ])("%s", (_, options, ids) => {
    const bundle = sampleBundle({ options: { ...ALL_OPTIONS, ...options } });
    expect(selectAnnotations(bundle).map((a) => a.id)).toEqual(ids);
  });
});

describe("anonymiseBundle", () => {
  const anonymous = anonymiseBundle(sampleBundle());
  const [sourced, disputed, unverified, orphan] = anonymous.annotations;

  it.each([
    ["author of the first annotation (Alice)", () => sourced!.author.name, "Reviewer 1"],
    ["its reviewer (Bob)", () => sourced!.reviews[0]!.reviewer.name, "Reviewer 2"],
    ["its settling editor (Ed)", () => sourced!.settlement!.by!.name, "Reviewer 3"],
    ["Bob again, as an author", () => disputed!.author.name, "Reviewer 2"],
    ["Alice again, as a reviewer", () => disputed!.reviews[0]!.reviewer.name, "Reviewer 1"],
    ["a replier (Carol)", () => disputed!.replies![0]!.author.name, "Reviewer 4"],
    ["Carol again, as an author", () => unverified!.author.name, "Reviewer 4"],
    ["Dave", () => orphan!.author.name, "Reviewer 5"],
  ])("%s", (_, read, expected) => {
    expect(read()).toBe(expected);
  });

  it("replaces ids, the exporter, and leaves the input untouched", () => {
    const input = sampleBundle();
    const copy = anonymiseBundle(input);
    expect(copy.annotations[0]!.author).toEqual({ id: "reviewer-1", name: "Reviewer 1" });
    expect(copy.generatedBy).toEqual(ANONYMOUS_EXPORTER);
    expect(input.annotations[0]!.author.name).toBe("Alice");
    expect(JSON.stringify(copy)).not.toMatch(/Alice|Bob|Carol|Dave|Ed Itor|"alice"|"bob"/);
    // The article's byline is public and stays.
    expect(copy.article.author).toBe("Jo Writer");
  });

  it("keeps a team-rule settlement (by null) as it is", () => {
    const a = makeAnnotation(BODY, 0, 5, {
      reviewState: "approved",
      settlement: { by: null, at: "2024-06-04T00:00:00.000Z", comment: null },
    });
    expect(anonymiseBundle(makeBundle([a])).annotations[0]!.settlement).toEqual({
      by: null,
      at: "2024-06-04T00:00:00.000Z",
      comment: null,
    });
  });
});

describe("prepareReport", () => {
  it("numbers placed annotations in text order, then orphans, and treats unusable anchors as orphans", () => {
    const late = makeAnnotation(BODY, 40, 50, { id: "late" });
    const orphan = makeOrphan("gone", { id: "orphan" });
    const early = makeAnnotation(BODY, 0, 10, { id: "early" });
    const broken = makeAnnotation(BODY, 0, 10, {
      id: "broken",
      anchor: { start: 5, end: BODY.length + 10, method: "exact" },
    });
    const outer = makeAnnotation(BODY, 0, 30, { id: "outer" });
    const report = prepareReport(makeBundle([late, orphan, early, broken, outer]));
    expect(report.all.map((x) => [x.n, x.annotation.id])).toEqual([
      [1, "outer"],
      [2, "early"],
      [3, "late"],
      [4, "orphan"],
      [5, "broken"],
    ]);
    expect(report.orphans.map((x) => x.span)).toEqual([null, null]);
  });

  it("anonymises in report order when asked", () => {
    const report = prepareReport(
      sampleBundle({ options: { ...ALL_OPTIONS, anonymise: true, statuses: ["unverified"] } }),
    );
    expect(report.bundle.annotations.map((a) => a.author.name)).toEqual(["Reviewer 1"]);
  });
});

describe("permalinks", () => {
  const bundle = makeBundle([], { baseUrl: "https://factmark.example.org/" });
  it.each([
    [permalink(bundle, "a1"), "https://factmark.example.org/articles/art1?annotation=a1"],
    [annotationIri(bundle, "a1"), "https://factmark.example.org/articles/art1?annotation=a1"],
    [permalink(bundle, "a b&c"), "https://factmark.example.org/articles/art1?annotation=a%20b%26c"],
    [
      collectionIri(bundle),
      "https://factmark.example.org/api/articles/art1/export?format=jsonld&version=2",
    ],
  ])("%s", (actual, expected) => {
    expect(actual).toBe(expected);
  });
});
