import type { PersonView } from "@/lib/contracts/person";

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
