import type { PersonView } from "@/lib/contracts/person";

/**
 * A person's name, marked "external" when an import brought them in and they have no account
 * here: so nobody mistakes them for a colleague, nor the importer for the author.
 */
export function PersonName({ person }: { person: PersonView }) {
  if (person.id !== null) return <>{person.name}</>;
  const title = person.externalId
    ? `No account here; ${person.externalId} where the annotation came from`
    : "No account here: brought in by an import";
  return (
    <>
      {person.name}
      <span
        className="ml-1 rounded bg-amber-50 px-1 text-xs font-normal text-amber-900"
        title={title}
        data-testid="external-author"
      >
        external
      </span>
    </>
  );
}

/** "(imported)" after a review or settlement that came with an import: history from elsewhere, not a decision taken here. */
export function ImportedMark({ imported }: { imported?: boolean }) {
  return imported ? <span className="ml-1 text-stone-600">(imported)</span> : null;
}
