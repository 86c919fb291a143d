import Link from "next/link";
import type { VersionSummary } from "@/lib/contracts/versions";
import { formatDateTime } from "@/lib/text/format-date";

const HOW: Record<string, string> = { create: "Added", edit: "Edited", refetch: "Fetched again" };

function results(r: VersionSummary["reanchored"]): string {
  if (!r) return "—";
  const parts = [
    r.exact ? `${r.exact} exact` : null,
    r.moved ? `${r.moved} moved` : null,
    r.changed ? `${r.changed} changed` : null,
    r.orphaned ? `${r.orphaned} orphaned` : null,
  ].filter(Boolean);
  return parts.join(" · ") || "no annotations";
}

/** Every version, newest first, with what its revision did to the annotations. */
export function VersionList({
  articleId,
  versions,
  current,
}: {
  articleId: string;
  versions: VersionSummary[];
  current: number;
}) {
  return (
    <table className="w-full text-left text-sm">
      <caption className="sr-only">Versions of the article</caption>
      <thead className="border-b border-stone-200 text-stone-700">
        <tr>
          <th scope="col" className="py-2 pr-4 font-medium">
            Version
          </th>
          <th scope="col" className="py-2 pr-4 font-medium">
            When
          </th>
          <th scope="col" className="py-2 pr-4 font-medium">
            By
          </th>
          <th scope="col" className="py-2 pr-4 font-medium">
            How
          </th>
          <th scope="col" className="py-2 pr-4 font-medium">
            Annotations on it
          </th>
        </tr>
      </thead>
      <tbody className="divide-y divide-stone-100">
        {versions.map((v) => (
          <tr key={v.version}>
            <td className="py-2 pr-4">
              <Link
                href={`/articles/${articleId}/versions/${v.version}`}
                className="font-medium text-blue-800 underline"
              >
                Version {v.version}
              </Link>
              {v.version === current && (
                <span className="ml-2 rounded border border-stone-300 px-1.5 text-xs text-stone-700">
                  current
                </span>
              )}
            </td>
            <td className="py-2 pr-4 text-stone-800">
              <time dateTime={v.createdAt}>{formatDateTime(v.createdAt)}</time>
            </td>
            <td className="py-2 pr-4 text-stone-800">{v.createdBy.name}</td>
            <td className="py-2 pr-4 text-stone-800">
              {HOW[v.source] ?? v.source}
              {v.stealthEdit && (
                <span className="ml-2 rounded border border-amber-400 bg-amber-50 px-1.5 text-xs font-medium text-amber-950">
                  Changed without notice
                </span>
              )}
              {v.correctionNote && (
                <q className="mt-1 block text-xs text-stone-700">{v.correctionNote}</q>
              )}
            </td>
            <td className="py-2 pr-4 text-stone-800">{results(v.reanchored)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
