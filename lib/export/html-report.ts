import { ANNOTATION_STATUSES, REVIEW_STATES } from "@/lib/validation/annotations";
import { renderClaimReviews } from "./claim-review";
import { articleText } from "./html-article-text";
import { renderChart } from "./html-chart";
import { stringifyForHtml } from "./json-for-html";
import { renderEntry, externalLink } from "./html-entry";
import { attr, escapeHtml } from "./html-escape";
import { reportCss } from "./html-style";
import {
  REVIEW_STATE_LABEL,
  STATUS_LABEL,
  day,
  dayTime,
  orphanHeading,
  summarise,
  versionSentence,
  type Summary,
} from "./labels";
import { prepareReport, type Numbered, type PreparedReport } from "./select";
import type { ExportBundle } from "./types";
import { articleIri, permalink, safeHttpUrl } from "./urls";

/** Defence in depth: even if something slipped through escaping, the page may not run scripts or fetch anything. */
const CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; base-uri 'none'; form-action 'none'";

function header(report: PreparedReport): string {
  const { article, generatedAt, generatedBy, organization, options } = report.bundle;
  const publicPage = report.bundle.publication?.isPublicPage === true;
  const rows: [string, string][] = [];
  if (article.outlet) rows.push(["Outlet", escapeHtml(article.outlet)]);
  if (article.author) rows.push(["Author", escapeHtml(article.author)]);
  if (article.publishedAt) rows.push(["Published", escapeHtml(day(article.publishedAt))]);
  if (article.url) rows.push(["Original", externalLink(article.url, article.url)]);
  const publication = report.bundle.publication;
  if (publication && !publication.isPublicPage)
    rows.push(["Public report", externalLink(publication.url, publication.url, "")]);
  const org =
    organization.url && safeHttpUrl(organization.url)
      ? externalLink(organization.url, organization.name, "")
      : escapeHtml(organization.name);
  const filters = `Includes ${options.statuses.map((s) => STATUS_LABEL[s]).join(", ") || "no statuses"}; review states ${options.reviewStates.map((s) => REVIEW_STATE_LABEL[s]).join(", ") || "none"}.${options.anonymise ? " Names of reviewers are anonymised." : ""}`;
  return [
    `<header><p class="kicker">Fact-check report · ${org}</p><h1>${escapeHtml(article.title)}</h1>`,
    `<dl class="meta">${rows.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join("")}</dl>`,
    `<p class="version">${escapeHtml(versionSentence(article))}</p>`,
    publicPage
      ? `<p class="generated">Published ${escapeHtml(dayTime(generatedAt))} by ${escapeHtml(organization.name)}. Only annotations an editor approved are shown.</p>`
      : `<p class="generated">Generated ${escapeHtml(dayTime(generatedAt))} by ${escapeHtml(generatedBy.name)}.</p>`,
    `<p class="filters">${escapeHtml(filters)}</p></header>`,
  ].join("");
}

function countTable(caption: string, rows: [string, number][], total: number): string {
  const body = rows
    .map(
      ([label, n]) => `<tr><th scope="row">${escapeHtml(label)}</th><td class="n">${n}</td></tr>`,
    )
    .join("");
  return `<table><caption>${escapeHtml(caption)}</caption><tbody>${body}<tr><th scope="row">Total</th><td class="n">${total}</td></tr></tbody></table>`;
}

function summary(s: Summary, orphans: number, orphanSummary: string): string {
  const byStatus = countTable(
    "By status",
    ANNOTATION_STATUSES.map((k) => [STATUS_LABEL[k], s.byStatus[k]]),
    s.total,
  );
  const byState = countTable(
    "By review state",
    REVIEW_STATES.map((k) => [REVIEW_STATE_LABEL[k], s.byReviewState[k]]),
    s.total,
  );
  const orphanNote = orphans
    ? `<p class="filters">${orphans} ${escapeHtml(orphanSummary)}</p>`
    : "";
  return `<section id="summary"><h2>Summary</h2>${byStatus}${byState}${orphanNote}${renderChart(s)}</section>`;
}

/** The report's pieces in document order: what renderHtmlReport joins into one page and the PDF prints in parts. */
export type ReportSections = {
  /** From the doctype to the opening of <main>. */
  head: string;
  /** The summary and the article text. */
  lead: string;
  /**
   * The annotations, then those that could not be placed: each an opening (heading included) and
   * its entries; `linked` when the text's footnote markers lead to them (the PDF names their places).
   */
  lists: { open: string; entries: { n: number; html: string }[]; linked: boolean }[];
  /** From the closing of <main> to the end of the document. */
  tail: string;
};

export function reportSections(input: ExportBundle): ReportSections {
  const report = prepareReport(input);
  const { bundle } = report;
  const options = { includeDiscussion: bundle.options.includeDiscussion };
  // The public page links nowhere a reader would need to sign in.
  const publicPage = bundle.publication?.isPublicPage === true;
  const entry = (x: Numbered) => ({
    n: x.n,
    html: renderEntry(x, {
      ...options,
      permalink: publicPage ? null : safeHttpUrl(permalink(bundle, x.annotation.id)),
    }),
  });
  const none = report.placed.length
    ? ""
    : `<p class="filters">No annotations match the chosen filters.</p>`;
  const lists: ReportSections["lists"] = [
    {
      open: `<section id="annotations"><h2>Annotations</h2>${none}`,
      entries: report.placed.map(entry),
      linked: true,
    },
  ];
  const orphanText = orphanHeading(bundle.article);
  if (report.orphans.length) {
    lists.push({
      open: `<section id="orphans"><h2>${escapeHtml(orphanText.heading)}</h2><p class="filters">${escapeHtml(orphanText.explanation)}</p>`,
      entries: report.orphans.map(entry),
      linked: false,
    });
  }
  const home = publicPage ? null : safeHttpUrl(articleIri(bundle));
  // Google reads ClaimReview from the page it reviews: JSON-LD is data, so the CSP's ban on scripts does not stop it.
  const structuredData = publicPage
    ? [
        `<link rel="canonical"${attr("href", bundle.publication!.url)}>`,
        `<script type="application/ld+json">${stringifyForHtml(renderClaimReviews(input))}</script>`,
      ].join("\n")
    : "";
  const head = [
    "<!DOCTYPE html>",
    `<html lang="en"><head><meta charset="utf-8">`,
    `<meta http-equiv="Content-Security-Policy"${attr("content", CSP)}>`,
    `<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="referrer" content="no-referrer">`,
    `<title>${escapeHtml(`Fact-check report: ${bundle.article.title}`)}</title>`,
    ...(structuredData ? [structuredData] : []),
    `<style>${reportCss(bundle.options.paper)}</style></head><body>`,
    header(report),
    `<main>`,
  ].join("\n");
  const lead = [
    summary(summarise(bundle.annotations), report.orphans.length, orphanText.summary),
    articleText(report),
  ].join("\n");
  const tail = [
    `</main>`,
    `<footer>Made with Factmark${home ? ` · ${externalLink(home, home, "")}` : ""}</footer>`,
    `</body></html>`,
  ].join("\n");
  return { head, lead, lists, tail };
}

/**
 * The report as one self-contained HTML5 document: inline CSS, no scripts, nothing fetched. Every
 * piece of data is escaped; links only ever point to http(s) addresses (or within the page).
 */
export function renderHtmlReport(input: ExportBundle): string {
  const { head, lead, lists, tail } = reportSections(input);
  const [annotations, orphans] = lists.map(
    (list) => `${list.open}${list.entries.map((e) => e.html).join("\n")}</section>`,
  );
  return [head, lead, annotations, orphans ?? "", tail].join("\n");
}
