import { describe, expect, it } from "vitest";
import { groupCommitter } from "./group-commit";

/** A commit function that records its batches and can be told to fail on an item, or to hold until released. */
function recorder(options: { failOn?: (item: number) => boolean } = {}) {
  const batches: number[][] = [];
  const committed: number[] = [];
  let release: (() => void) | null = null;
  const held = { hold: false };
  const commit = async (items: number[]) => {
    batches.push([...items]);
    if (held.hold) await new Promise<void>((resolve) => (release = resolve));
    if (items.some((item) => options.failOn?.(item)))
      throw new Error(`bad item in ${items.join(",")}`);
    committed.push(...items);
  };
  return { batches, committed, commit, held, release: () => release?.() };
}

describe("groupCommitter", () => {
  it("commits an item alone when nothing else is waiting", async () => {
    const r = recorder();
    const write = groupCommitter(r.commit);
    await write(1);
    await write(2);
    expect(r.batches).toEqual([[1], [2]]);
  });

  it("commits what queued during a commit together, in arrival order, and answers each only after its commit", async () => {
    const r = recorder();
    r.held.hold = true;
    const write = groupCommitter(r.commit);
    const answered: number[] = [];
    const first = write(1).then(() => answered.push(1));
    await new Promise((resolve) => setTimeout(resolve, 5));
    const rest = [2, 3, 4].map((n) => write(n).then(() => answered.push(n)));
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(answered).toEqual([]);
    expect(r.batches).toEqual([[1]]);
    r.held.hold = false;
    r.release();
    await Promise.all([first, ...rest]);
    expect(r.batches).toEqual([[1], [2, 3, 4]]);
    expect(answered).toEqual([1, 2, 3, 4]);
  });

  it("on a failed batch, tries each member alone: only the bad one fails, with its own error", async () => {
    const r = recorder({ failOn: (n) => n === 3 });
    r.held.hold = true;
    const write = groupCommitter(r.commit);
    const first = write(1);
    await new Promise((resolve) => setTimeout(resolve, 5));
    const outcomes = Promise.allSettled([2, 3, 4].map((n) => write(n)));
    r.held.hold = false;
    r.release();
    await first;
    const settled = await outcomes;
    expect(settled.map((s) => s.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    expect((settled[1] as PromiseRejectedResult).reason.message).toBe("bad item in 3");
    expect(r.batches).toEqual([[1], [2, 3, 4], [2], [3], [4]]);
    expect(r.committed).toEqual([1, 2, 4]);
  });

  it("keeps batches within maxBatch", async () => {
    const r = recorder();
    const write = groupCommitter(r.commit, { maxBatch: 2 });
    await Promise.all([1, 2, 3, 4, 5].map((n) => write(n)));
    expect(r.batches).toEqual([[1, 2], [3, 4], [5]]);
  });
});
