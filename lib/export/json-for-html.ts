const UNSAFE_IN_HTML = /[<>&\u2028\u2029]/g;

/**
 * JSON that may be pasted into an HTML <script> element (type="application/ld+json", or inline
 * data) as it is: "<", ">" and "&" are written as \u003c, \u003e, \u0026, so no "</script>" or
 * "<!--" can end or bend the element, and U+2028/U+2029 as escapes, which older JavaScript
 * engines did not accept raw in strings. Outside strings JSON has none of these characters, so
 * only string contents change and the text parses to the same value.
 */
export function stringifyForHtml(value: unknown, space?: number): string {
  return JSON.stringify(value, null, space).replace(
    UNSAFE_IN_HTML,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

/** A JSON-LD export file as served: escaped for HTML (publishers paste it into their pages), indented, final newline. */
export const jsonLdFile = (value: unknown) => `${stringifyForHtml(value, 2)}\n`;
