export type Verdict = "agree" | "disagree";

export type UnanimousShare = {
  /** Items with at least one verdict. */
  reviewed: number;
  /** Reviewed items where every verdict is "agree". */
  unanimous: number;
  /** unanimous / reviewed, or null when nothing was reviewed. */
  share: number | null;
};

/** Among items with at least one verdict, the share where all reviewers agreed with the annotation. */
export function unanimousShare(verdictsPerItem: readonly (readonly Verdict[])[]): UnanimousShare {
  let reviewed = 0;
  let unanimous = 0;
  for (const verdicts of verdictsPerItem) {
    if (verdicts.length === 0) continue;
    reviewed += 1;
    if (verdicts.every((v) => v === "agree")) unanimous += 1;
  }
  return { reviewed, unanimous, share: reviewed === 0 ? null : unanimous / reviewed };
}
