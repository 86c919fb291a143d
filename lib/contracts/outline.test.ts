import { describe, expect, it } from "vitest";
import { createRandom, randomInt } from "@/lib/testing/seeded-random";
import { expandOutline, packOutline, unpackOutline, type OutlineRow } from "./outline";

describe("the annotation outline", () => {
  const rows: OutlineRow[] = [
    ["cmwy0abc_1-x", 0, 0, 1, 0, 12, 1_764_200_000_000, -1],
    ["cmwy0abc2", 2, 1, 3, 123_456, 123_999, 1_764_200_000_999, -1],
    ["orphan3", 1, 0, 0, -1, -1, 1_764_200_001_000, -1],
    ["imported4", 1, 2, 0, 5, 9, 1_764_200_002_000, 0],
  ];

  it("packs into one string and unpacks to the same rows, orphans included", () => {
    const packed = packOutline(rows);
    expect(typeof packed).toBe("string");
    expect(unpackOutline(packed)).toEqual(rows);
    expect(unpackOutline(packOutline([]))).toEqual([]);
  });

  it("round-trips any rows: large numbers, zeros, -1s and ids of every allowed character", () => {
    const random = createRandom(9);
    const idChars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-";
    const some = (max: number) =>
      random() < 0.15 ? -1 : random() < 0.1 ? 0 : randomInt(random, 0, max);
    const many: OutlineRow[] = Array.from({ length: 2000 }, () => [
      Array.from(
        { length: randomInt(random, 1, 30) },
        () => idChars[randomInt(random, 0, idChars.length - 1)],
      ).join(""),
      some(2),
      some(500),
      some(3),
      some(2_000_000),
      some(2_000_000),
      randomInt(random, 0, 4_102_444_800_000),
      some(500),
    ]);
    expect(unpackOutline(packOutline(many))).toEqual(many);
  });

  it("expands to stand-in views that say what they know and are marked partial", () => {
    const authors = [
      { id: "u1", name: "Ann" },
      { id: "u2", name: "Ben" },
      { id: null, name: "Mark (Hypothesis)", externalId: "acct:mark@hypothes.is" },
    ];
    const stubs = expandOutline({ articleId: "a1", authors, packed: packOutline(rows) });
    expect(
      stubs.map((s) => [
        s.id,
        s.status,
        s.author.name,
        s.reviewState,
        s.anchor,
        s.orphan,
        s.partial,
      ]),
    ).toEqual([
      [
        "cmwy0abc_1-x",
        "sourced",
        "Ann",
        "approved",
        { start: 0, end: 12, method: "position" },
        false,
        true,
      ],
      [
        "cmwy0abc2",
        "unverified",
        "Ben",
        "changes_requested",
        { start: 123_456, end: 123_999, method: "position" },
        false,
        true,
      ],
      ["orphan3", "disputed", "Ann", "open", null, true, true],
      [
        "imported4",
        "disputed",
        "Mark (Hypothesis)",
        "open",
        { start: 5, end: 9, method: "position" },
        false,
        true,
      ],
    ]);
    // The owner is the author, except for an imported annotation: whoever imported it.
    expect(stubs.map((s) => s.ownerId)).toEqual(["u1", "u2", "u1", "u1"]);
    expect(stubs[1]!.createdAt).toBe(new Date(1_764_200_000_999).toISOString());
  });
});
