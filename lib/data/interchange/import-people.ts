import "server-only";
import type { ParsedPerson } from "@/lib/export";
import type { Prisma } from "@/lib/generated/prisma/client";

/** An imported person as stored: an account here, or an external author (name and id elsewhere). */
export type StoredPerson =
  | { accountId: string; name: string }
  | { accountId: null; name: string; externalId: string | null };

/** Where this server's user IRIs start (lib/export/urls.ts userIri): `${base}/users/`. */
const usersPrefix = (baseUrl: string) => `${baseUrl.replace(/\/+$/, "")}/users/`;

/** The account id in one of this server's user IRIs, or null for anyone else's id. */
function ownUserId(iri: string | null, baseUrl: string): string | null {
  if (!baseUrl) return null;
  const prefix = usersPrefix(baseUrl);
  if (!iri?.startsWith(prefix)) return null;
  const rest = iri.slice(prefix.length);
  if (!rest || rest.includes("/") || rest.includes("?") || rest.includes("#")) return null;
  try {
    return decodeURIComponent(rest);
  } catch {
    return null;
  }
}

/**
 * Resolves everyone a file names, in one query: a person whose id is this server's IRI of an
 * account that exists is that account (the same server exported them; shown by their name here);
 * anyone else is an external author, kept with the name and id the file gave, never replaced by
 * whoever imports. A file can name our IRIs falsely, which is why imported reviews and settlements
 * are marked as such (history, not decisions taken here) wherever they are shown.
 */
export async function resolvePeople(
  tx: Prisma.TransactionClient,
  baseUrl: string,
  people: readonly (ParsedPerson | null)[],
): Promise<(person: ParsedPerson | null) => StoredPerson | null> {
  const ids = [...new Set(people.flatMap((p) => ownUserId(p?.id ?? null, baseUrl) ?? []))];
  const accounts = ids.length
    ? await tx.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })
    : [];
  const byId = new Map(accounts.map((a) => [a.id, a]));
  return (person) => {
    if (!person) return null;
    const account = byId.get(ownUserId(person.id, baseUrl) ?? "");
    return account
      ? { accountId: account.id, name: account.name }
      : { accountId: null, name: person.name, externalId: person.id };
  };
}

/** The same person twice (an author reviewing their own annotation): the same account, or the same id elsewhere. */
export function samePerson(a: StoredPerson | null, b: StoredPerson | null): boolean {
  if (!a || !b) return false;
  if (a.accountId !== null || b.accountId !== null) return a.accountId === b.accountId;
  return a.externalId !== null && a.externalId === b.externalId;
}

/** How the audit trail names a person: "Ann" or "Mark (external)". */
export const describePerson = (p: StoredPerson | null) =>
  p ? (p.accountId ? p.name : `${p.name} (external)`) : null;
