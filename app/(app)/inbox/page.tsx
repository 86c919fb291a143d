import type { Metadata } from "next";
import { shorten } from "@/lib/text/shorten";
import Link from "next/link";
import { AssignmentEntry } from "@/components/inbox/assignment-entry";
import { markAllReadAction } from "./actions";
import { requirePageActor } from "@/lib/auth/current-actor";
import { listNotifications } from "@/lib/data/notifications/notifications";
import type { NotificationKind } from "@/lib/contracts/notification";
import { formatDateTime } from "@/lib/text/format-date";

export const metadata: Metadata = { title: "Inbox" };

const WHAT = {
  reply: "replied to",
  review: "reviewed",
  settlement: "settled",
  moved: "revised the article: the text moved around",
  changed: "revised the article: the wording changed under",
  orphaned: "revised the article: the text is gone from under",
} as const satisfies Record<Exclude<NotificationKind, "assignment" | "unassignment">, string>;

type PageProps = { searchParams: Promise<{ page?: string }> };

export default async function InboxPage({ searchParams }: PageProps) {
  const actor = await requirePageActor("/inbox");
  const asked = Number((await searchParams).page ?? "1");
  const { notifications, total, unread, page, pageSize } = await listNotifications(actor, {
    page: Number.isInteger(asked) && asked > 0 ? asked : 1,
  });
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const from = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);
  return (
    <main className="mx-auto max-w-3xl px-4 py-8">
      <div className="flex items-center gap-4">
        <h1 className="text-2xl font-semibold tracking-tight text-stone-900">Inbox</h1>
        <span className="text-sm text-stone-700">{unread} unread</span>
        {unread > 0 && (
          <form action={markAllReadAction} className="ml-auto">
            <button
              type="submit"
              className="rounded-md border border-stone-300 bg-white px-3 py-1 text-sm font-medium text-stone-900 hover:bg-stone-100"
            >
              Mark all read
            </button>
          </form>
        )}
      </div>
      {notifications.length === 0 ? (
        <p className="mt-6 rounded-lg border border-dashed border-stone-300 bg-white p-6 text-stone-700">
          Nothing yet. Replies to your annotations, reviews of them, settlements, revisions that
          move or change their text, and work assigned to you appear here.
        </p>
      ) : (
        <ul
          className="mt-6 divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white"
          aria-label="Notifications"
        >
          {notifications.map((n) => (
            <li
              key={n.id}
              className={`flex flex-wrap items-baseline gap-2 p-3 text-sm ${n.read ? "text-stone-700" : "bg-blue-50/50 text-stone-900"}`}
            >
              {!n.read && (
                <span className="rounded bg-blue-800 px-1.5 text-xs font-semibold text-white">
                  New
                </span>
              )}
              {n.kind === "assignment" || n.kind === "unassignment" ? (
                <AssignmentEntry notification={n} />
              ) : (
                <span>
                  <strong>{n.actor?.name ?? "Someone"}</strong> {WHAT[n.kind]} your annotation{" "}
                  {n.annotation ? (
                    // A plain link, not a prefetched one: following it marks the entry read.
                    <a className="text-blue-800 underline" href={`/inbox/open/${n.id}`}>
                      “{shorten(n.annotation.quote, 60)}”
                    </a>
                  ) : (
                    <em>{n.unavailable === "archived" ? "on an archived article" : "(deleted)"}</em>
                  )}
                  {n.annotation && <> on {n.annotation.articleTitle}</>}
                </span>
              )}
              <time className="ml-auto text-xs text-stone-600" dateTime={n.createdAt}>
                {formatDateTime(n.createdAt)}
              </time>
            </li>
          ))}
        </ul>
      )}
      {total > 0 && (
        <nav
          aria-label="Inbox pages"
          className="mt-4 flex items-center gap-4 text-sm text-stone-700"
        >
          <span>
            Showing {from}–{to} of {total}
          </span>
          {page > 1 && (
            <Link className="font-medium text-blue-800 underline" href={`/inbox?page=${page - 1}`}>
              Previous
            </Link>
          )}
          {page < pages && (
            <Link className="font-medium text-blue-800 underline" href={`/inbox?page=${page + 1}`}>
              Next
            </Link>
          )}
        </nav>
      )}
    </main>
  );
}
