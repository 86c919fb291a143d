import { describe, expect, it } from "vitest";
import { RecentMap } from "./recent-map";

describe("RecentMap", () => {
  it("keeps the most recently used entries, reading counting as use", () => {
    const map = new RecentMap<string, number>(2);
    map.set("a", 1);
    map.set("b", 2);
    expect(map.get("a")).toBe(1);
    map.set("c", 3);
    expect(map.get("b")).toBeUndefined();
    expect([map.get("a"), map.get("c"), map.size]).toEqual([1, 3, 2]);
    map.set("a", 4);
    expect(map.get("a")).toBe(4);
    expect(map.size).toBe(2);
  });
});
