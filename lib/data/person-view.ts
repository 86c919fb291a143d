/**
 * Someone shown on an annotation, review, reply or settlement. An account here has its `id`; a
 * person an import brought in who has no account here is an **external** author: `id` null, and
 * `externalId` their stable id elsewhere (another server's user IRI, Hypothesis' acct:…) when
 * the file gave one. Showing them as themselves, never as whoever imported them, is the point.
 */
export type PersonView =
  | { id: string; name: string; externalId?: undefined }
  | { id: null; name: string; externalId: string | null };

type Account = { id: string; name: string };

/** The account when there is one, else the external person the row names, else null. */
export function personOf(
  account: Account | null,
  externalName: string | null,
  externalId: string | null,
): PersonView | null {
  if (account) return { id: account.id, name: account.name };
  return externalName ? { id: null, name: externalName, externalId } : null;
}

export const isExternal = (person: PersonView): person is Extract<PersonView, { id: null }> =>
  person.id === null;

/** One key per person, accounts and external people alike (for grouping and counting). */
export const personKey = (person: PersonView) =>
  person.id !== null ? person.id : `external:${person.externalId ?? person.name}`;

/** Tags as stored (a JSON array of strings, or null); anything else reads as none. */
export function parseTags(stored: string | null | undefined): string[] {
  if (!stored) return [];
  try {
    const value: unknown = JSON.parse(stored);
    return Array.isArray(value) ? value.filter((t): t is string => typeof t === "string") : [];
  } catch {
    return [];
  }
}
