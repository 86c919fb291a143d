import type { Metadata } from "next";
import { shorten } from "@/lib/text/shorten";
import Link from "next/link";
import { notFound } from "next/navigation";
import { SideBySideDiff } from "@/components/articles/side-by-side-diff";
import { VersionList } from "@/components/articles/version-list";
import { requirePageActor } from "@/lib/auth/current-actor";
import { listVersions } from "@/lib/data/articles/article-versions";
import { diffVersions } from "@/lib/data/articles/version-diff";
import { getArticle } from "@/lib/data/articles/articles";
import { AppError } from "@/lib/errors";
import { diffQuerySchema } from "@/lib/validation/articles";

export const metadata: Metadata = { title: "Version history" };

type PageProps = {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ from?: string; to?: string }>;
};

const RESULT_LABEL = {
  exact: "placed exactly",
  moved: "moved",
  changed: "wording changed",
  orphaned: "orphaned",
} as const;

export default async function HistoryPage({ params, searchParams }: PageProps) {
  const { id } = await params;
  const query = await searchParams;
  const actor = await requirePageActor(`/articles/${id}/history`);
  const article = await getArticle(actor, id).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const versions = await listVersions(actor, article.id);
  const known = new Set(versions.map((v) => v.version));
  const asked = diffQuerySchema.safeParse({
    from: query.from ?? String(article.version - 1),
    to: query.to ?? String(article.version),
  });
  const pair =
    asked.success && known.has(asked.data.from) && known.has(asked.data.to) ? asked.data : null;
  const diff = pair
    ? await diffVersions(
        actor,
        article.id,
        Math.min(pair.from, pair.to),
        Math.max(pair.from, pair.to),
      )
    : null;
  const select = "rounded-md border border-stone-300 bg-white px-2 py-1 text-sm";
  return (
    <main className="mx-auto max-w-7xl px-4 py-8">
      <p className="mb-1 text-sm">
        <Link href={`/articles/${article.id}`} className="text-stone-700 underline">
          {article.title}
        </Link>
      </p>
      <h1 className="mb-6 text-2xl font-semibold tracking-tight text-stone-900">Version history</h1>
      <VersionList articleId={article.id} versions={versions} current={article.version} />

      <section aria-labelledby="compare-heading" className="mt-10">
        <h2 id="compare-heading" className="mb-3 text-lg font-semibold text-stone-900">
          Compare versions
        </h2>
        {versions.length < 2 ? (
          <p className="rounded-lg border border-dashed border-stone-300 bg-white p-6 text-sm text-stone-700">
            There is only one version: revisions appear here once the text is edited or fetched
            again.
          </p>
        ) : (
          <>
            <form method="get" className="mb-4 flex flex-wrap items-end gap-3 text-sm">
              <label className="flex items-center gap-2">
                From
                <select
                  name="from"
                  defaultValue={diff?.from ?? article.version - 1}
                  className={select}
                >
                  {versions.map((v) => (
                    <option key={v.version} value={v.version}>
                      Version {v.version}
                    </option>
                  ))}
                </select>
              </label>
              <label className="flex items-center gap-2">
                To
                <select name="to" defaultValue={diff?.to ?? article.version} className={select}>
                  {versions.map((v) => (
                    <option key={v.version} value={v.version}>
                      Version {v.version}
                    </option>
                  ))}
                </select>
              </label>
              <button
                type="submit"
                className="rounded-md border border-stone-300 bg-white px-3 py-1 font-medium text-stone-900 hover:bg-stone-100"
              >
                Compare
              </button>
            </form>
            {!diff ? (
              <p
                role="alert"
                className="rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-900"
              >
                Choose two different versions of this article.
              </p>
            ) : (
              <>
                <SideBySideDiff segments={diff.segments} from={diff.from} to={diff.to} />
                <section aria-labelledby="touched-heading" className="mt-6">
                  <h3 id="touched-heading" className="mb-2 font-semibold text-stone-900">
                    Annotations these changes touched
                  </h3>
                  {diff.touched.length === 0 ? (
                    <p className="text-sm text-stone-700">
                      None: the changes are outside every annotated span.
                    </p>
                  ) : (
                    <ul className="space-y-1 text-sm" data-testid="touched-annotations">
                      {diff.touched.map((a) => (
                        <li key={a.id}>
                          <Link
                            href={`/articles/${article.id}?annotation=${a.id}`}
                            className="text-blue-800 underline"
                          >
                            ‘{shorten(a.exact, 80)}’
                          </Link>{" "}
                          <span className="text-stone-700">
                            {a.resultInTo
                              ? `— ${RESULT_LABEL[a.resultInTo]} in version ${diff.to}`
                              : ""}
                          </span>
                        </li>
                      ))}
                    </ul>
                  )}
                </section>
              </>
            )}
          </>
        )}
      </section>
    </main>
  );
}
