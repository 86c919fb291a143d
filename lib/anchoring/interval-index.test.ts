import { describe, expect, it } from "vitest";
import { createRandom, randomInt } from "./fixtures";
import { createIntervalIndex } from "./interval-index";

type Item = { id: number; start: number; end: number };

const byStartThenEnd = (a: Item, b: Item): number =>
  a.start - b.start || a.end - b.end || a.id - b.id;

function bruteAt(items: readonly Item[], offset: number): number[] {
  return items
    .filter((i) => i.start <= offset && offset < i.end)
    .sort(byStartThenEnd)
    .map((i) => i.id);
}

function bruteOverlapping(items: readonly Item[], start: number, end: number): number[] {
  return items
    .filter((i) => i.start < end && i.end > start)
    .sort(byStartThenEnd)
    .map((i) => i.id);
}

const ids = (items: readonly Item[]): number[] => items.map((i) => i.id);

describe("createIntervalIndex", () => {
  it("answers nothing when empty", () => {
    const index = createIntervalIndex<Item>([]);
    expect(index.at(0)).toEqual([]);
    expect(index.overlapping(-10, 10)).toEqual([]);
  });

  const items: Item[] = [
    { id: 0, start: 10, end: 20 },
    { id: 1, start: 20, end: 30 },
    { id: 2, start: 5, end: 25 },
    { id: 3, start: 10, end: 15 },
    { id: 4, start: 40, end: 40 },
    { id: 5, start: 10, end: 15 },
  ];
  const index = createIntervalIndex(items);

  it.each([
    [4, []],
    [5, [2]],
    [10, [2, 3, 5, 0]],
    [15, [2, 0]],
    [19, [2, 0]],
    // Half-open: [10, 20) and [20, 30) touch at 20 but only the second contains it.
    [20, [2, 1]],
    [29, [1]],
    [30, []],
    [40, []],
  ])("at(%i) returns %j", (offset, expected) => {
    expect(ids(index.at(offset))).toEqual(expected);
  });

  it.each([
    [0, 5, []],
    [0, 6, [2]],
    // Ranges that only touch an interval do not overlap it.
    [25, 40, [1]],
    [30, 40, []],
    [20, 21, [2, 1]],
    [14, 16, [2, 3, 5, 0]],
    [41, 100, []],
    // An empty range behaves like a caret: it hits intervals that strictly contain it.
    [12, 12, [2, 3, 5, 0]],
    [20, 20, [2]],
    // Reversed bounds are accepted.
    [16, 14, [2, 3, 5, 0]],
    // An empty interval lies inside a range around it.
    [39, 41, [4]],
  ])("overlapping(%i, %i) returns %j", (start, end, expected) => {
    expect(ids(index.overlapping(start, end))).toEqual(expected);
  });

  it("returns nothing for NaN queries", () => {
    expect(index.at(Number.NaN)).toEqual([]);
    expect(index.overlapping(Number.NaN, 10)).toEqual([]);
  });

  it("does not change when the input array does", () => {
    const input: Item[] = [{ id: 0, start: 0, end: 10 }];
    const frozen = createIntervalIndex(input);
    input.push({ id: 1, start: 0, end: 10 });
    expect(ids(frozen.at(5))).toEqual([0]);
  });

  it.each([1, 2, 3])("agrees with a brute-force filter on random data (seed %i)", (seed) => {
    const random = createRandom(seed);
    const count = [10_000, 257, 1][seed - 1] ?? 1;
    const randomItems: Item[] = Array.from({ length: count }, (_, id) => {
      const start = randomInt(random, 0, 50_000);
      // Mostly short highlights, some long ones and a few empty ones, like real annotations.
      const length =
        random() < 0.05
          ? randomInt(random, 1_000, 20_000)
          : random() < 0.02
            ? 0
            : randomInt(random, 1, 300);
      return { id, start, end: start + length };
    });
    const randomIndex = createIntervalIndex(randomItems);
    for (let q = 0; q < 300; q += 1) {
      const offset = randomInt(random, -10, 75_000);
      expect(ids(randomIndex.at(offset))).toEqual(bruteAt(randomItems, offset));
      const start = randomInt(random, -10, 75_000);
      const end = start + randomInt(random, 0, 2_000);
      expect(ids(randomIndex.overlapping(start, end))).toEqual(
        bruteOverlapping(randomItems, start, end),
      );
    }
  });
});
