import { z } from "zod";
import { isOneOf, REVIEW_STATES } from "@/lib/validation/constants";
import { TERM } from "@/lib/export/factmark-terms";
import { asList, type Draft } from "@/lib/import/common";
import { cleanPerson, cleanReviews, cleanSettlement } from "@/lib/import/people";

// Reads the factmark: terms (lib/export/factmark-terms.ts) of one annotation into its draft: the
// review state, reviews and settlement a Factmark export carries. Other tools' files have none.

const agent = z.union([
  z.string(),
  z.looseObject({
    id: z.string().optional(),
    name: z.string().optional(),
    nickname: z.string().optional(),
  }),
]);

/** A W3C Agent (creator): an object with a name (or nickname) and maybe an id, or a bare IRI. */
export function agentOf(value: unknown) {
  for (const candidate of asList(value)) {
    const parsed = agent.safeParse(candidate);
    if (!parsed.success) continue;
    const a = parsed.data;
    const person =
      typeof a === "string" ? cleanPerson(null, a) : cleanPerson(a.name ?? a.nickname, a.id);
    if (person) return person;
  }
  return null;
}

const review = z.looseObject({
  [TERM.verdict]: z.unknown().optional(),
  [TERM.reason]: z.unknown().optional(),
  [TERM.proposedStatus]: z.unknown().optional(),
  [TERM.onPreviousVersion]: z.unknown().optional(),
  creator: z.unknown().optional(),
  created: z.unknown().optional(),
});

const settlement = z.looseObject({
  [TERM.decision]: z.unknown().optional(),
  [TERM.comment]: z.unknown().optional(),
  [TERM.byRule]: z.unknown().optional(),
  creator: z.unknown().optional(),
  created: z.unknown().optional(),
});

export function readFactmarkTerms(item: Record<string, unknown>, draft: Draft): void {
  const state = item[TERM.reviewState];
  if (isOneOf(REVIEW_STATES, state)) draft.reviewState = state;
  const reviews = asList(item[TERM.reviews]).flatMap((r) => {
    const parsed = review.safeParse(r);
    if (!parsed.success) return [];
    const d = parsed.data;
    return [
      {
        verdict: d[TERM.verdict],
        reason: d[TERM.reason],
        proposedStatus: d[TERM.proposedStatus],
        reviewer: agentOf(d.creator),
        created: d.created,
        onPreviousVersion: d[TERM.onPreviousVersion],
      },
    ];
  });
  draft.reviews = cleanReviews(reviews, draft.warnings);
  const s = settlement.safeParse(item[TERM.settlement]);
  if (s.success) {
    const d = s.data;
    draft.settlement = cleanSettlement(
      {
        decision: d[TERM.decision],
        comment: d[TERM.comment],
        editor: agentOf(d.creator),
        byRule: d[TERM.byRule] === true,
        created: d.created,
      },
      draft.warnings,
    );
  }
}
