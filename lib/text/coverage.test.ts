import { describe, expect, it } from "vitest";
import { coveredLength } from "./coverage";

describe("coveredLength", () => {
  it.each([
    [[], 0],
    [[{ start: 0, end: 10 }], 10],
    [
      [
        { start: 0, end: 10 },
        { start: 5, end: 15 },
      ],
      15,
    ],
    [
      [
        { start: 0, end: 10 },
        { start: 2, end: 4 },
      ],
      10,
    ],
    [
      [
        { start: 20, end: 30 },
        { start: 0, end: 5 },
      ],
      15,
    ],
    [
      [
        { start: 0, end: 5 },
        { start: 5, end: 10 },
      ],
      10,
    ],
    [[{ start: 3, end: 3 }], 0],
  ])("%j covers %i characters", (spans, expected) => {
    expect(coveredLength(spans)).toBe(expected);
  });
});
