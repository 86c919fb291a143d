import sanitizeHtml from "sanitize-html";

/** Elements whose content is code, styling, embedded documents or controls, never article text: removed with everything in them. */
export const DROPPED_WITH_CONTENT = [
  "script",
  "style",
  "iframe",
  "frame",
  "frameset",
  "svg",
  "math",
  "form",
  "input",
  "button",
  "select",
  "option",
  "textarea",
  "object",
  "embed",
  "applet",
  "template",
  "noscript",
  "noembed",
  "noframes",
  "canvas",
  "video",
  "audio",
  "picture",
  "head",
  "title",
  "xmp",
  "plaintext",
];

const BLOCK_AS_PARAGRAPH = [
  "div",
  "section",
  "article",
  "main",
  "header",
  "footer",
  "aside",
  "nav",
  "pre",
  "table",
  "thead",
  "tbody",
  "tfoot",
  "tr",
  "td",
  "th",
  "caption",
  "dl",
  "dt",
  "dd",
  "figure",
  "figcaption",
  "address",
  "details",
  "summary",
  "center",
  "hr",
];

/**
 * The allow-list every HTML input goes through before it is read: headings, paragraphs,
 * quotes, lists, links (href only, http, https or mailto, or relative to be resolved
 * later), bold, italic and line breaks. Other block elements become paragraphs, so their
 * text does not run together; any other element is unwrapped (its text stays), and every
 * other attribute (event handlers, style, srcdoc…) is dropped.
 */
export function sanitiseHtml(html: string): string {
  return sanitizeHtml(html, {
    allowedTags: [
      "h1",
      "h2",
      "h3",
      "h4",
      "h5",
      "h6",
      "p",
      "blockquote",
      "ul",
      "ol",
      "li",
      "a",
      "strong",
      "b",
      "em",
      "i",
      "br",
    ],
    allowedAttributes: { a: ["href"] },
    allowedSchemes: ["http", "https", "mailto"],
    allowedSchemesAppliedToAttributes: ["href"],
    allowProtocolRelative: true,
    nonTextTags: DROPPED_WITH_CONTENT,
    disallowedTagsMode: "discard",
    transformTags: Object.fromEntries(BLOCK_AS_PARAGRAPH.map((tag) => [tag, "p"])),
    parser: { lowerCaseTags: true, lowerCaseAttributeNames: true },
  });
}
