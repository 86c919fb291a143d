import sanitizeHtml from "sanitize-html";
import { safeHref } from "./safe-href";
import { DROPPED_WITH_CONTENT } from "./sanitise-html";

/** The document's own structure and text, wider than the article allow-list: tables, figures, definition lists, sections. */
const ARCHIVE_TAGS = [...sanitizeHtml.defaults.allowedTags, "del", "ins", "details", "summary"];

/**
 * A fetched page as it is archived: the page's text and structure with nothing that could run or
 * load anything when the copy is opened later. Scripts, styles, embeds, forms, images and media
 * go (with their content, or as void elements), and so do every event handler, style, src and
 * srcset; links keep only a web or mailto href, made absolute against the page's URL because the
 * copy is read somewhere else. What remains is inert, though a viewer should still show it
 * sandboxed: it is the outlet's markup, not ours.
 */
export function sanitiseArchivedHtml(html: string, pageUrl: string): string {
  return sanitizeHtml(html, {
    allowedTags: ARCHIVE_TAGS,
    allowedAttributes: {
      a: ["href", "title"],
      abbr: ["title"],
      time: ["datetime"],
      td: ["colspan", "rowspan"],
      th: ["colspan", "rowspan", "scope"],
      ol: ["start"],
    },
    allowedSchemes: ["http", "https", "mailto"],
    allowedSchemesAppliedToAttributes: ["href"],
    allowProtocolRelative: false,
    nonTextTags: DROPPED_WITH_CONTENT,
    disallowedTagsMode: "discard",
    transformTags: {
      a: (tagName, attribs) => {
        const href = safeHref(attribs.href, pageUrl);
        const kept = { ...attribs };
        delete kept.href;
        return { tagName, attribs: href ? { ...kept, href } : kept };
      },
    },
    parser: { lowerCaseTags: true, lowerCaseAttributeNames: true },
  });
}
