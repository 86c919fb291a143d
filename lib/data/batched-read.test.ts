import { describe, expect, it } from "vitest";
import { batchedRead } from "./batched-read";

/** A "database" of key → value whose reads can be held, to see what a lookup arriving mid-read gets. */
function store() {
  const values = new Map<string, number>([
    ["a", 1],
    ["b", 2],
  ]);
  const reads: string[][] = [];
  let release: (() => void) | null = null;
  const held = { hold: false };
  const read = async (keys: string[]) => {
    reads.push(keys);
    const snapshot = new Map(
      keys.flatMap((k) => (values.has(k) ? [[k, values.get(k)!] as const] : [])),
    );
    if (held.hold) await new Promise<void>((resolve) => (release = resolve));
    return snapshot;
  };
  return { values, reads, read, held, release: () => release?.() };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe("batchedRead", () => {
  it("answers lookups of the same tick with one read, each with its own key's value (undefined when absent)", async () => {
    const s = store();
    const lookup = batchedRead(s.read);
    expect(await Promise.all([lookup("a"), lookup("b"), lookup("a"), lookup("z")])).toEqual([
      1,
      2,
      1,
      undefined,
    ]);
    expect(s.reads).toEqual([["a", "b", "z"]]);
  });

  it("never answers a lookup from a read that started before it arrived: a change made meanwhile is seen", async () => {
    const s = store();
    s.held.hold = true;
    const lookup = batchedRead(s.read);
    const before = lookup("a");
    await tick();
    // E.g. the token is revoked while the first read is running; the next request must see that.
    s.values.delete("a");
    const after = [lookup("a"), lookup("b")];
    await tick();
    s.held.hold = false;
    s.release();
    expect(await before).toBe(1);
    expect(await Promise.all(after)).toEqual([undefined, 2]);
    expect(s.reads).toEqual([["a"], ["a", "b"]]);
  });

  it("fails the lookups of a failed read, and reads again for the next ones", async () => {
    let fail = true;
    const lookup = batchedRead(async (keys: string[]) => {
      if (fail) throw new Error("database down");
      return new Map(keys.map((k) => [k, k.length]));
    });
    await expect(Promise.all([lookup("a"), lookup("bb")])).rejects.toThrow("database down");
    fail = false;
    expect(await lookup("ccc")).toBe(3);
  });
});
