import { REVIEW_STATE_LABEL, STATUS_LABEL, dayTime } from "@/lib/export/labels";

/** Audit actions in words, for the annotation history and the admin trail. */
const ACTION_LABEL: Record<string, string> = {
  "annotation.create": "Created an annotation",
  "annotation.import": "Imported an annotation",
  "annotation.update": "Edited an annotation",
  "annotation.moderate": "Edited an annotation as a moderator",
  "annotation.delete": "Deleted an annotation",
  "annotation.moderate-delete": "Deleted an annotation as a moderator",
  "annotation.restore": "Restored an annotation",
  "annotation.settle": "Settled an annotation",
  "annotation.auto-approve": "Approved an annotation by the team rule",
  "annotation.reworded": "Revised the article, which changed an annotation's quoted words",
  "review.create": "Reviewed an annotation",
  "review.change": "Changed a review",
  "reply.create": "Replied",
  "reply.update": "Edited a reply",
  "reply.delete": "Deleted a reply",
  "article.create": "Added an article",
  "article.update": "Changed an article's details",
  "article.revise": "Revised an article's text",
  "article.refetch": "Fetched an article again",
  "article.import": "Imported annotations into an article",
  "article.archive": "Archived an article",
  "article.restore": "Restored an article",
  "article.publish": "Published an article's report",
  "article.unpublish": "Unpublished an article's report",
  "settings.update": "Changed the team rules",
  "token.create": "Made an API token",
  "token.revoke": "Revoked an API token",
  "user.create": "Added an account",
  "user.invite": "Invited someone",
  "user.signup": "Signed up",
  "user.role": "Changed a role",
  "user.rename": "Renamed an account",
  "user.deactivate": "Deactivated an account",
  "user.reactivate": "Reactivated an account",
  "user.password": "Changed a password",
  "user.password.set": "Set a password",
};

/** An action's words; an unknown one (a newer server's) as its code, never nothing. */
export const actionLabel = (action: string): string => ACTION_LABEL[action] ?? action;

const FIELD_LABEL: Record<string, string> = {
  status: "Status",
  note: "Note",
  sources: "Sources",
  target: "Quoted text",
  reviewState: "Review state",
  verdict: "Verdict",
  reason: "Reason",
  proposedStatus: "Proposed status",
  comment: "Comment",
  body: "Reply",
  decision: "Decision",
  role: "Role",
  active: "Active",
  name: "Name",
  title: "Title",
  version: "Version",
  archivedAt: "Archived",
  publishedAt: "Published",
  slug: "Address",
  bodyLength: "Length of the text",
};

export const fieldLabel = (field: string): string =>
  FIELD_LABEL[field] ??
  field.replace(/([a-z])([A-Z])/g, "$1 $2").replace(/^./, (c) => c.toUpperCase());

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** A stored value as a reader would say it: labels for codes, quotes for spans, dates in words. */
function describeValue(field: string, value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (Array.isArray(value))
    return value.length ? value.map((v) => String(v).split("\u0000")[0]).join(", ") : "none";
  if (typeof value === "object") {
    if ("exact" in value) return `‘${String((value as { exact: unknown }).exact)}’`;
    return JSON.stringify(value);
  }
  const text = String(value);
  if ((field === "status" || field === "proposedStatus") && text in STATUS_LABEL)
    return STATUS_LABEL[text as keyof typeof STATUS_LABEL];
  if ((field === "reviewState" || field === "decision") && text in REVIEW_STATE_LABEL)
    return REVIEW_STATE_LABEL[text as keyof typeof REVIEW_STATE_LABEL];
  if (field === "verdict")
    return text === "agree" ? "Agree" : text === "disagree" ? "Disagree" : text;
  if (ISO_TIME.test(text)) return dayTime(text);
  return text;
}

export type FieldChange = { field: string; label: string; before: string | null; after: string };

/** The fields whose value changed (or were set), in words; `fields` limits and orders them. */
export function describeChanges(
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
  fields?: readonly string[],
): FieldChange[] {
  const was = before ?? {};
  const now = after ?? {};
  const keys = fields ?? [...new Set([...Object.keys(was), ...Object.keys(now)])];
  return keys
    .filter((f) => f in now && JSON.stringify(was[f]) !== JSON.stringify(now[f]))
    .map((f) => ({
      field: f,
      label: fieldLabel(f),
      before: f in was ? describeValue(f, was[f]) : null,
      after: describeValue(f, now[f]),
    }));
}
