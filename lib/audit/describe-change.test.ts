import { describe, expect, it } from "vitest";
import { AUDIT_ACTIONS } from "./audit-actions";
import { actionLabel, describeChanges } from "./describe-change";

describe("describing changes in words", () => {
  it("names fields and values as a reader would, never as stored codes or JSON", () => {
    expect(
      describeChanges(
        {
          status: "unverified",
          reviewState: "changes_requested",
          target: { start: 1, end: 9, exact: "12 million" },
          sources: ["https://a.example\u0000Minutes\u0000"],
        },
        {
          status: "sourced",
          reviewState: "open",
          target: { start: 1, end: 9, exact: "14 million" },
          sources: [],
          proposedStatus: "disputed",
        },
      ),
    ).toEqual([
      { field: "status", label: "Status", before: "Unverified", after: "Sourced" },
      { field: "reviewState", label: "Review state", before: "Changes requested", after: "Open" },
      { field: "target", label: "Quoted text", before: "‘12 million’", after: "‘14 million’" },
      { field: "sources", label: "Sources", before: "https://a.example", after: "none" },
      { field: "proposedStatus", label: "Proposed status", before: null, after: "Disputed" },
    ]);
    expect(
      describeChanges(
        { archivedAt: null },
        { archivedAt: "2026-12-01T10:00:00.000Z", active: false },
      ),
    ).toEqual([
      { field: "archivedAt", label: "Archived", before: "—", after: "1 Dec 2026, 10:00 UTC" },
      { field: "active", label: "Active", before: null, after: "no" },
    ]);
    expect(describeChanges({ note: "same" }, { note: "same" })).toEqual([]);
  });

  it("says what each action did, and keeps an unknown one readable", () => {
    expect(actionLabel("annotation.moderate")).toBe("Edited an annotation as a moderator");
    expect(actionLabel("article.publish")).toBe("Published an article's report");
    expect(actionLabel("future.thing")).toBe("future.thing");
  });

  it("has words, all different, for every action the trail records", () => {
    const labels = AUDIT_ACTIONS.map(actionLabel);
    for (const [i, action] of AUDIT_ACTIONS.entries()) expect(labels[i]).not.toBe(action);
    expect(new Set(labels).size).toBe(AUDIT_ACTIONS.length);
    expect(new Set(AUDIT_ACTIONS).size).toBe(AUDIT_ACTIONS.length);
  });
});
