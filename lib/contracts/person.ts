import { z } from "./zod";

/**
 * Someone shown on an annotation, review, reply or settlement. An account here has its `id`; a
 * person an import brought in who has no account here is an **external** author: `id` null, and
 * `externalId` their stable id elsewhere (another server's user IRI, Hypothesis' acct:…) when
 * the file gave one. Showing them as themselves, never as whoever imported them, is the point.
 */
export const personViewSchema = z.union([
  z.object({ id: z.string(), name: z.string(), externalId: z.optional(z.undefined()) }),
  z.object({ id: z.null(), name: z.string(), externalId: z.nullable(z.string()) }),
]);
export type PersonView = z.infer<typeof personViewSchema>;

/** An account as a page shows it (assignments, facets, notifications). */
export const accountSchema = z.object({ id: z.string(), name: z.string() });

/** One key per person, accounts and external people alike (for grouping and counting). */
export const personKey = (person: PersonView) =>
  person.id !== null ? person.id : `external:${person.externalId ?? person.name}`;
