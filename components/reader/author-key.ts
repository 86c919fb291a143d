import type { PersonView } from "@/lib/contracts/person";

/** A filter value per person: the account id, or for an external author (id null) their id elsewhere or name. */
export const authorKey = (person: PersonView) =>
  person.id ?? `external:${person.externalId ?? person.name}`;
