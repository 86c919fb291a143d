import { describe, expect, it } from "vitest";
import { isKeptDatabase } from "./vitest-database.mjs";

describe("the unit tests' database guard", () => {
  it("knows the app's and the demo's databases however their paths are written, and nothing else", () => {
    expect(isKeptDatabase("file:./data/factmark.db")).toBe(true);
    expect(isKeptDatabase("file:data/factmark.db?connection_limit=1")).toBe(true);
    expect(isKeptDatabase(`file:${process.cwd()}/data/../data/factmark.db`)).toBe(true);
    expect(isKeptDatabase("file:./data/demo.db")).toBe(true);
    expect(isKeptDatabase("file:./data/test-unit.db")).toBe(false);
    expect(isKeptDatabase("postgresql://postgres@127.0.0.1:5432/factmark")).toBe(false);
  });

  it("gives the tests their own database when none is named", () => {
    expect(process.env.DATABASE_URL).not.toMatch(/factmark\.db$/);
  });
});
