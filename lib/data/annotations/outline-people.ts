import { personOf } from "@/lib/data/people/person-view";
import { personKey, type PersonView } from "@/lib/contracts/person";

type Row = {
  authorId: string;
  creditedAuthorId: string | null;
  externalAuthorName: string | null;
  externalAuthorId: string | null;
};
type Account = { id: string; name: string };

/**
 * The outline's list of people and each row's place in it: who wrote it (the credited account or
 * external author of an imported annotation, else its owner) and, when that is someone else, its
 * owner, so stand-in cards know whose permissions apply as the full ones do.
 */
export function outlinePeople(rows: readonly Row[], accounts: readonly Account[]) {
  const byId = new Map(accounts.map((a) => [a.id, a]));
  const people: PersonView[] = [];
  const index = new Map<string, number>();
  const place = (person: PersonView) => {
    const key = personKey(person);
    let at = index.get(key);
    if (at === undefined) {
      at = people.push(person) - 1;
      index.set(key, at);
    }
    return at;
  };
  const unknown = (id: string): Account => byId.get(id) ?? { id, name: "Unknown" };
  const placed = rows.map((row) => {
    const owner = unknown(row.authorId);
    const author =
      personOf(
        row.creditedAuthorId ? unknown(row.creditedAuthorId) : null,
        row.externalAuthorName,
        row.externalAuthorId,
      ) ?? owner;
    const authorIndex = place(author);
    return { author: authorIndex, owner: author.id === owner.id ? -1 : place(owner) };
  });
  return { authors: people, placed };
}

/** The account ids the rows name (owners and credited authors), to read their names once. */
export const outlineAccountIds = (rows: readonly Row[]) => [
  ...new Set(
    rows.flatMap((r) => (r.creditedAuthorId ? [r.authorId, r.creditedAuthorId] : [r.authorId])),
  ),
];
