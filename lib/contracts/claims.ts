import { z } from "./zod";

/** One suggested sentence: offsets in UTF-16 code units of the article's current body, and why. */
const claimSuggestionSchema = z.object({
  start: z.number(),
  end: z.number(),
  reasons: z.array(z.string()),
});
export type ClaimSuggestionView = z.infer<typeof claimSuggestionSchema>;

/** GET /api/articles/:id/claims: the suggestions for one version of the text. */
export const claimSuggestionsSchema = z.object({
  version: z.number(),
  suggestions: z.array(claimSuggestionSchema),
});
