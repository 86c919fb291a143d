import type { ReplyView } from "@/lib/contracts/reply";
import { attr, escapeHtml } from "./html-escape";
import {
  REVIEW_STATE_LABEL,
  STATUS_LABEL,
  day,
  dayTime,
  personLabel,
  settlementLabel,
} from "./labels";
import { renderNoteHtml } from "./note-html";
import type { Numbered } from "./select";
import type { ExportAnnotation } from "./types";
import { safeHttpUrl } from "./urls";

const LINK_REL = ' rel="noopener noreferrer nofollow"';

/** An outside link, or the address as plain text when it is not http(s) (it must never become an href). */
export function externalLink(url: string, text: string, className = "print-url"): string {
  const href = safeHttpUrl(url);
  if (!href)
    return `${escapeHtml(text)} <span class="deleted">(link removed: not an http or https address)</span>`;
  return `<a${attr("href", href)}${attr("class", className)}${LINK_REL}>${escapeHtml(text)}</a>`;
}

function sources(a: ExportAnnotation): string {
  if (a.sources.length === 0) return "";
  const items = a.sources.map((s) => {
    const quote = s.quote ? ` — “${escapeHtml(s.quote)}”` : "";
    const accessed = s.accessedAt
      ? ` <span class="who">(accessed ${escapeHtml(day(s.accessedAt))})</span>`
      : "";
    return `<li>${externalLink(s.url, s.title || s.url)}${quote}${accessed}</li>`;
  });
  return `<h4>Sources</h4><ol>${items.join("")}</ol>`;
}

function reviews(a: ExportAnnotation): string {
  if (a.reviews.length === 0) return "";
  const items = a.reviews.map((r) => {
    const verdict = r.verdict === "agree" ? "agreed" : "disagreed";
    const reason = r.reason ? `: ${escapeHtml(r.reason)}` : "";
    const proposed = r.proposedStatus
      ? ` <em>(would mark it ${escapeHtml(STATUS_LABEL[r.proposedStatus] ?? r.proposedStatus)})</em>`
      : "";
    const previous = r.onPreviousVersion ? " <em>(on a previous version)</em>" : "";
    return `<li><strong>${escapeHtml(personLabel(r.reviewer))}</strong> ${verdict}${reason}${proposed}${previous} <span class="who">${escapeHtml(dayTime(r.createdAt))}</span></li>`;
  });
  return `<h4>Reviews</h4><ul>${items.join("")}</ul>`;
}

function settlement(a: ExportAnnotation): string {
  const label = settlementLabel(a);
  if (!label) return "";
  const comment = a.settlement?.comment ? `: ${escapeHtml(a.settlement.comment)}` : "";
  return `<h4>Decision</h4><p class="byline">${escapeHtml(label)}${comment}</p>`;
}

function discussion(replies: readonly ReplyView[]): string {
  if (replies.length === 0) return '<h4>Discussion</h4><p class="byline">No replies.</p>';
  const authors = new Map(replies.map((r) => [r.id, personLabel(r.author)]));
  const items = replies.map((r) => {
    const parent = r.parentId ? authors.get(r.parentId) : undefined;
    const meta = [
      escapeHtml(personLabel(r.author)),
      escapeHtml(dayTime(r.createdAt)),
      r.edited && !r.deleted ? "edited" : "",
      parent ? `in reply to ${escapeHtml(parent)}` : "",
    ];
    const body =
      r.deleted || r.body === null
        ? `<p class="deleted">(deleted)</p>`
        : `<div class="note">${renderNoteHtml(r.body)}</div>`;
    return `<li><p class="who">${meta.filter(Boolean).join(" · ")}</p>${body}</li>`;
  });
  return `<h4>Discussion</h4><ul>${items.join("")}</ul>`;
}

/** One numbered annotation, kept on one page when printed (.entry avoids breaks inside). */
export function renderEntry(
  item: Numbered,
  options: { includeDiscussion: boolean; permalink: string | null },
): string {
  const a = item.annotation;
  const id = `annotation-${item.n}`;
  const status = escapeHtml(STATUS_LABEL[a.status] ?? a.status);
  const state = escapeHtml(REVIEW_STATE_LABEL[a.reviewState] ?? a.reviewState);
  const note = a.note.trim()
    ? `<div class="note">${renderNoteHtml(a.note)}</div>`
    : `<p class="byline">No note.</p>`;
  const updated =
    a.modifiedAt !== a.createdAt ? `, updated ${escapeHtml(dayTime(a.modifiedAt))}` : "";
  const fuzzy =
    item.span && a.anchor?.method === "fuzzy"
      ? `<p class="placement">Placed approximately: the text has changed since this was marked.</p>`
      : "";
  const open = options.permalink
    ? ` · <a${attr("href", options.permalink)}${LINK_REL}>Open in Factmark</a>`
    : "";
  const back = item.span ? `<p class="back"><a href="#ref-${item.n}">Back to the text</a></p>` : "";
  return [
    `<article${attr("class", `entry st-${a.status}`)}${attr("id", id)} aria-labelledby="${id}-h">`,
    `<h3 id="${id}-h">[${item.n}] <span${attr("class", `badge st-${a.status}`)}>${status}</span> <span class="state">${state}</span></h3>`,
    `<blockquote class="quote">${escapeHtml(a.target.exact)}</blockquote>`,
    fuzzy,
    note,
    sources(a),
    `<p class="byline">Marked by ${escapeHtml(personLabel(a.author))} on ${escapeHtml(dayTime(a.createdAt))}${updated}${open}</p>`,
    reviews(a),
    settlement(a),
    options.includeDiscussion ? discussion(a.replies ?? []) : "",
    back,
    `</article>`,
  ].join("");
}
