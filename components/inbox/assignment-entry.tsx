import type { NotificationView } from "@/lib/contracts/notification";
import { dueLabel } from "@/lib/text/due-label";
import { shorten } from "@/lib/text/shorten";

/** An inbox line about work given to (or taken from) the reader, with its due date as it stands now. */
export function AssignmentEntry({ notification: n }: { notification: NotificationView }) {
  const given = n.kind === "assignment";
  const due = n.assignment && !n.assignment.done ? dueLabel(n.assignment) : null;
  const what = n.annotation ? (
    <>
      the annotation {/* A plain link, not a prefetched one: following it marks the entry read. */}
      <a className="text-blue-800 underline" href={`/inbox/open/${n.id}`}>
        “{shorten(n.annotation.quote, 60)}”
      </a>{" "}
      on {n.annotation.articleTitle}
    </>
  ) : n.assignment?.kind === "article" ? (
    <>
      the article{" "}
      <a className="text-blue-800 underline" href={`/inbox/open/${n.id}`}>
        {n.assignment.article.title}
      </a>
    </>
  ) : (
    <em>
      {n.unavailable === "archived"
        ? "on an archived article"
        : given
          ? "(since unassigned)"
          : "(no longer available)"}
    </em>
  );
  return (
    <span>
      <strong>{n.actor?.name ?? "Someone"}</strong> {given ? "assigned you" : "took back from you"}{" "}
      {what}
      {given && n.assignment?.done && <> · done</>}
      {due && (
        <span
          className={`ml-1 rounded px-1.5 text-xs font-medium ${n.assignment?.overdue ? "bg-red-100 text-red-950" : "bg-stone-100 text-stone-800"}`}
        >
          {due}
        </span>
      )}
    </span>
  );
}
