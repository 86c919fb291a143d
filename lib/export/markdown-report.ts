import { ANNOTATION_STATUSES, REVIEW_STATES } from "@/lib/validation/annotations";
import {
  REVIEW_STATE_LABEL,
  STATUS_LABEL,
  day,
  dayTime,
  orphanHeading,
  personLabel,
  settlementLabel,
  summarise,
  versionSentence,
} from "./labels";
import { defuseNoteMarkdown, escapeMarkdownLine, escapeMarkdownText } from "./markdown-escape";
import { renderArticleBodyMarkdown } from "./markdown-article-body";
import { groupMarkdownMarkers } from "./marker-groups";
import { reportBody } from "./report-body";
import { prepareReport, type Numbered, type PreparedReport } from "./select";
import type { ExportAnnotation, ExportBundle } from "./types";
import { permalink, safeHttpUrl } from "./urls";

/** A Markdown link to an http(s) address, or the escaped text when the address is anything else. */
function link(url: string, text: string): string {
  const href = safeHttpUrl(url);
  if (!href) return `${escapeMarkdownLine(text)} (link removed: not an http or https address)`;
  // Characters that could end or confuse a link destination are percent-encoded.
  const destination = href.replace(
    /[()<>[\]\s"'`\\]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`,
  );
  return `[${escapeMarkdownLine(text) || "link"}](${destination})`;
}

/** A blockquote; newlines at either end would only leave a stray backslash (a hard break with nothing after it). */
const quoteBlock = (text: string) =>
  escapeMarkdownText(text.replace(/^\n+|\n+$/g, ""))
    .split("\n")
    .map((line) => `> ${line}`)
    .join("\n");

function sources(a: ExportAnnotation): string[] {
  if (a.sources.length === 0) return [];
  const items = a.sources.map((s, i) => {
    const quote = s.quote ? ` — “${escapeMarkdownLine(s.quote)}”` : "";
    const accessed = s.accessedAt ? ` (accessed ${escapeMarkdownLine(day(s.accessedAt))})` : "";
    return `${i + 1}. ${link(s.url, s.title || s.url)}${quote}${accessed}`;
  });
  return ["**Sources**", items.join("\n")];
}

function reviews(a: ExportAnnotation): string[] {
  if (a.reviews.length === 0) return [];
  const items = a.reviews.map((r) => {
    const reason = r.reason ? `: ${escapeMarkdownLine(r.reason)}` : "";
    const proposed = r.proposedStatus
      ? ` (would mark it ${STATUS_LABEL[r.proposedStatus] ?? escapeMarkdownLine(r.proposedStatus)})`
      : "";
    const previous = r.onPreviousVersion ? " (on a previous version)" : "";
    return `- **${escapeMarkdownLine(personLabel(r.reviewer))}** ${r.verdict === "agree" ? "agreed" : "disagreed"}${reason}${proposed}${previous}, ${escapeMarkdownLine(dayTime(r.createdAt))}`;
  });
  return ["**Reviews**", items.join("\n")];
}

function discussion(a: ExportAnnotation): string[] {
  const replies = a.replies ?? [];
  if (replies.length === 0) return ["**Discussion**", "No replies."];
  // The list is flat, so an answer to a reply says whom it answers (as the HTML report does).
  const authors = new Map(replies.map((r) => [r.id, personLabel(r.author)]));
  const blocks = replies.flatMap((r) => {
    const parent = r.parentId ? authors.get(r.parentId) : undefined;
    const inReplyTo = parent ? `, in reply to ${escapeMarkdownLine(parent)}` : "";
    const who = `*${escapeMarkdownLine(personLabel(r.author))}, ${escapeMarkdownLine(dayTime(r.createdAt))}${r.edited && !r.deleted ? " (edited)" : ""}${inReplyTo}:*`;
    const body =
      r.deleted || r.body === null
        ? "> *(deleted)*"
        : defuseNoteMarkdown(r.body)
            .split("\n")
            .map((l) => (l ? `> ${l}` : ">"))
            .join("\n");
    return [who, body];
  });
  return ["**Discussion**", ...blocks];
}

/** The blocks of one annotation's entry (blank-line separated), shared by footnotes and the orphan section. */
function entryBlocks(item: Numbered, bundle: ExportBundle): string[] {
  const a = item.annotation;
  const open = safeHttpUrl(permalink(bundle, a.id));
  const updated =
    a.modifiedAt !== a.createdAt ? `, updated ${escapeMarkdownLine(dayTime(a.modifiedAt))}` : "";
  const settled = settlementLabel(a);
  return [
    `**${STATUS_LABEL[a.status] ?? escapeMarkdownLine(a.status)}** · ${REVIEW_STATE_LABEL[a.reviewState] ?? escapeMarkdownLine(a.reviewState)}${open ? ` · ${link(open, "Open in Factmark")}` : ""}`,
    quoteBlock(a.target.exact),
    ...(item.span && a.anchor?.method === "fuzzy"
      ? ["*Placed approximately: the text has changed since this was marked.*"]
      : []),
    a.note.trim() ? defuseNoteMarkdown(a.note) : "*No note.*",
    ...sources(a),
    `Marked by ${escapeMarkdownLine(personLabel(a.author))} on ${escapeMarkdownLine(dayTime(a.createdAt))}${updated}`,
    ...reviews(a),
    ...(settled
      ? [
          `**Decision:** ${escapeMarkdownLine(settled)}${a.settlement?.comment ? `: ${escapeMarkdownLine(a.settlement.comment)}` : ""}`,
        ]
      : []),
    ...(bundle.options.includeDiscussion ? discussion(a) : []),
  ];
}

/** A GFM footnote definition: the first block on the label line, every further line indented four spaces. */
function footnote(item: Numbered, bundle: ExportBundle): string {
  const text = entryBlocks(item, bundle).join("\n\n");
  return `[^${item.n}]: ${text
    .split("\n")
    .map((line, i) => (i === 0 || !line ? line : `    ${line}`))
    .join("\n")}`;
}

function header(report: PreparedReport): string[] {
  const { article, generatedAt, generatedBy, organization, options } = report.bundle;
  const meta = [
    article.outlet && `- Outlet: ${escapeMarkdownLine(article.outlet)}`,
    article.author && `- Author: ${escapeMarkdownLine(article.author)}`,
    article.publishedAt && `- Published: ${escapeMarkdownLine(day(article.publishedAt))}`,
    article.url && `- Original: ${link(article.url, article.url)}`,
  ].filter(Boolean);
  const org = organization.url
    ? link(organization.url, organization.name)
    : escapeMarkdownLine(organization.name);
  const statuses = options.statuses.map((s) => STATUS_LABEL[s]).join(", ") || "no statuses";
  const states = options.reviewStates.map((s) => REVIEW_STATE_LABEL[s]).join(", ") || "none";
  return [
    `# Fact-check report: ${escapeMarkdownLine(article.title)}`,
    meta.join("\n"),
    escapeMarkdownLine(versionSentence(article)),
    `Generated ${escapeMarkdownLine(dayTime(generatedAt))} by ${escapeMarkdownLine(generatedBy.name)} for ${org}. Includes ${statuses}; review states ${states}.${options.anonymise ? " Names of reviewers are anonymised." : ""}`,
  ];
}

function summary(report: PreparedReport): string[] {
  const s = summarise(report.bundle.annotations);
  const table = (head: string, rows: [string, number][]) =>
    [
      `| ${head} | Count |`,
      "| --- | ---: |",
      ...rows.map(([k, n]) => `| ${k} | ${n} |`),
      `| Total | ${s.total} |`,
    ].join("\n");
  return [
    "## Summary",
    table(
      "Status",
      ANNOTATION_STATUSES.map((k) => [STATUS_LABEL[k], s.byStatus[k]]),
    ),
    table(
      "Review state",
      REVIEW_STATES.map((k) => [REVIEW_STATE_LABEL[k], s.byReviewState[k]]),
    ),
    ...(report.orphans.length
      ? [`${report.orphans.length} ${orphanHeading(report.bundle.article).summary}`]
      : []),
  ];
}

/** The article text with [^n] after each annotated span (a few numbers where spans end together, a range and a list where many do). */
function articleText(report: PreparedReport): string[] {
  const spans = report.placed.map((x) => ({ n: x.n, start: x.span!.start, end: x.span!.end }));
  const { article } = report.bundle;
  const blocks = renderArticleBodyMarkdown(reportBody(article.body, article.blocks, spans)).map(
    groupMarkdownMarkers,
  );
  const groups = blocks.flatMap((b) => b.groups);
  return [
    "## Article text",
    ...blocks.map((b) => b.text),
    ...(groups.length ? ["**Where many annotations end together**", groups.join("\n")] : []),
  ];
}

/**
 * The report in GitHub-flavoured Markdown. Data is escaped so it cannot make links, HTML or
 * structure; notes stay Markdown but are defused (defuseNoteMarkdown). Orphans are not
 * footnotes (nothing in the text refers to them, and GitHub drops unreferenced footnotes).
 */
export function renderMarkdownReport(input: ExportBundle): string {
  const report = prepareReport(input);
  const { bundle } = report;
  const blocks = [...header(report), ...summary(report), ...articleText(report)];
  if (report.all.length === 0) blocks.push("No annotations match the chosen filters.");
  if (report.orphans.length) {
    const { heading, explanation } = orphanHeading(bundle.article);
    blocks.push(`## ${heading}`, explanation);
    for (const item of report.orphans)
      blocks.push(`### Annotation ${item.n}`, ...entryBlocks(item, bundle));
  }
  // No heading of our own: GitHub gathers footnote definitions at the end under "Footnotes".
  blocks.push(...report.placed.map((item) => footnote(item, bundle)));
  return `${blocks.join("\n\n")}\n`;
}
