import { describe, expect, it } from "vitest";
import { yieldingMap } from "./yielding-map";

const busy = (ms: number) => {
  const until = performance.now() + ms;
  while (performance.now() < until);
};

describe("yieldingMap", () => {
  it("maps in order, with indexes", async () => {
    expect(await yieldingMap(["a", "b", "c"], (item, index) => `${index}${item}`)).toEqual([
      "0a",
      "1b",
      "2c",
    ]);
  });

  it("lets a waiting callback run before long work ends", async () => {
    const finished: string[] = [];
    const mapping = yieldingMap(
      Array.from({ length: 20 }, (_, i) => i),
      (i) => (busy(5), i),
    ).then(() => finished.push("map"));
    setImmediate(() => finished.push("other request"));
    await mapping;
    expect(finished).toEqual(["other request", "map"]);
  });
});
