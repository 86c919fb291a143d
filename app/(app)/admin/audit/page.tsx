import type { Metadata } from "next";
import { shorten } from "@/lib/text/shorten";
import Link from "next/link";
import { actionLabel, describeChanges } from "@/lib/audit/describe-change";
import { notFound } from "next/navigation";
import { FilterSelect } from "@/components/ui/filter-select";
import { requirePageActor } from "@/lib/auth/current-actor";
import { AUDIT_PAGE_SIZE, listAuditEvents } from "@/lib/data/audit/list-audit-events";
import { canManageTeam } from "@/lib/permissions/roles";
import { formatDateTime } from "@/lib/text/format-date";

export const metadata: Metadata = { title: "Audit trail" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const one = (value: string | string[] | undefined) =>
  typeof value === "string" && value ? value : undefined;
const RECORD_KINDS = ["annotation", "article", "user", "apiToken", "teamSettings"];

const parse = (json: string | null): Record<string, unknown> | null => {
  if (!json) return null;
  try {
    const value: unknown = JSON.parse(json);
    return value && typeof value === "object" && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
};

const short = (text: string) => shorten(text, 120);

/** Each changed field in words: "Status: Unverified → Sourced". */
function Changes({ before, after }: { before: string | null; after: string | null }) {
  const changes = describeChanges(parse(before), parse(after));
  if (changes.length === 0) return null;
  return (
    <ul className="space-y-0.5">
      {changes.map((c) => (
        <li key={c.field}>
          <span className="font-medium text-stone-900">{c.label}:</span>{" "}
          {c.before !== null && <del className="text-red-800">{short(c.before)}</del>}
          {c.before !== null && " → "}
          <ins className="text-green-800 no-underline">{short(c.after)}</ins>
        </li>
      ))}
    </ul>
  );
}

export default async function AuditPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePageActor("/admin/audit");
  if (!canManageTeam(actor)) notFound();
  const params = await searchParams;
  const before = one(params.before);
  const filters = {
    action: one(params.action),
    actorId: one(params.actor),
    entityType: one(params.entity),
    before: before && !Number.isNaN(Date.parse(before)) ? new Date(before) : undefined,
  };
  const { events, actions, actors } = await listAuditEvents(actor, filters);
  const older = events.length === AUDIT_PAGE_SIZE ? events.at(-1)?.createdAt : undefined;
  const query = (extra: Record<string, string>) =>
    new URLSearchParams({
      ...(filters.action ? { action: filters.action } : {}),
      ...(filters.actorId ? { actor: filters.actorId } : {}),
      ...(filters.entityType ? { entity: filters.entityType } : {}),
      ...extra,
    }).toString();
  return (
    <main className="mx-auto max-w-6xl px-4 py-8">
      <h1 className="text-2xl font-semibold tracking-tight text-stone-900">Audit trail</h1>
      <p className="mt-1 text-sm text-stone-700">
        Every change of status, note, sources, review state, reviews, replies, roles and settings:
        who, what, before, after, when.
      </p>
      <form
        method="get"
        aria-label="Filter the audit trail"
        className="my-4 flex flex-wrap items-end gap-3 rounded-lg border border-stone-200 bg-white p-3 text-sm"
      >
        <FilterSelect
          label="Action"
          name="action"
          value={filters.action}
          anyLabel="Any action"
          options={actions.map((a) => [a, actionLabel(a)] as const)}
        />
        <FilterSelect
          label="Who"
          name="actor"
          value={filters.actorId}
          anyLabel="Anyone"
          options={actors.map((a) => [a.id, a.name] as const)}
        />
        <FilterSelect
          label="Kind of record"
          name="entity"
          value={filters.entityType}
          anyLabel="Any"
          options={RECORD_KINDS.map((e) => [e, e] as const)}
        />
        <button
          type="submit"
          className="rounded-md bg-stone-900 px-3 py-1.5 font-medium text-white"
        >
          Apply
        </button>
      </form>
      {events.length === 0 ? (
        <p className="rounded-lg border border-dashed border-stone-300 bg-white p-6 text-stone-700">
          No events match.
        </p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
          <table className="w-full text-left text-xs">
            <thead className="bg-stone-100 uppercase tracking-wide text-stone-700">
              <tr>
                <th className="px-2 py-2">When</th>
                <th className="px-2 py-2">Who</th>
                <th className="px-2 py-2">Action</th>
                <th className="px-2 py-2">Record</th>
                <th className="px-2 py-2">What changed</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-stone-100 align-top">
              {events.map((e) => (
                <tr key={e.id}>
                  <td className="whitespace-nowrap px-2 py-1">
                    <time dateTime={e.createdAt}>{formatDateTime(e.createdAt)}</time>
                  </td>
                  <td className="px-2 py-1">{e.actor?.name ?? "Factmark"}</td>
                  <td className="px-2 py-1">{actionLabel(e.action)}</td>
                  <td className="px-2 py-1">
                    {e.entityType === "annotation" && e.articleId ? (
                      <Link
                        className="text-blue-800 underline"
                        href={`/articles/${e.articleId}?annotation=${e.entityId}`}
                      >
                        annotation
                      </Link>
                    ) : (
                      `${e.entityType} ${e.entityId.slice(0, 8)}`
                    )}
                  </td>
                  <td className="max-w-md break-words px-2 py-1 text-stone-700">
                    <Changes before={e.before} after={e.after} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {older && (
        <p className="mt-4">
          <Link
            className="text-sm font-medium text-blue-800 underline"
            href={`/admin/audit?${query({ before: older })}`}
          >
            Older events
          </Link>
        </p>
      )}
    </main>
  );
}
