import { Parser } from "htmlparser2";
import { BlockBuilder } from "./block-builder";
import type { Block } from "./blocks";
import { checkResultSize } from "./check-result-size";
import { headingLevel } from "./heading-level";
import { assertInputSize, MAX_HTML_CHARS } from "./limits";
import { safeHref } from "./safe-href";
import { sanitiseHtml } from "./sanitise-html";

export type FromHtmlOptions = {
  /** Relative links resolve against it; without it they are dropped (their text stays). */
  baseUrl?: string;
};

const HEADING = /^h([1-6])$/;

/**
 * HTML to blocks: sanitised to the allow-list first, then read as a stream of tags (htmlparser2,
 * no tree), so a page nested 10,000 levels deep costs no stack. h1 becomes level 2, h2 level 3,
 * h3 to h6 level 4; `br` is a space, as a line break in a plain-text paragraph is, and two in a
 * row start a paragraph, as a blank line does (older pages separate paragraphs so).
 */
export function fromHtml(html: string, options: FromHtmlOptions = {}): Block[] {
  assertInputSize(html, "HTML page", MAX_HTML_CHARS);
  const out = new BlockBuilder();
  let breaks = 0; // line breaks in a row, with only whitespace between
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        breaks = name === "br" ? breaks + 1 : 0;
        const heading = HEADING.exec(name);
        if (heading) out.blockStart(headingLevel(Number(heading[1])));
        else if (name === "p") out.blockStart();
        else if (name === "blockquote") out.quoteStart();
        else if (name === "ul" || name === "ol") out.listStart(name === "ol");
        else if (name === "li") out.itemStart();
        else if (name === "a") out.linkStart(safeHref(attributes.href, options.baseUrl));
        else if (name === "strong" || name === "b") out.strongStart();
        else if (name === "em" || name === "i") out.emStart();
        else if (name === "br" && breaks === 2) out.blockStart();
        else if (name === "br") out.text(" ");
      },
      ontext(text) {
        if (/\S/.test(text)) breaks = 0;
        out.text(text);
      },
      onclosetag(name) {
        if (HEADING.test(name) || name === "p" || name === "li") out.blockEnd();
        else if (name === "blockquote" || name === "ul" || name === "ol") out.containerEnd();
        else if (name === "a") out.linkEnd();
        else if (name === "strong" || name === "b") out.strongEnd();
        else if (name === "em" || name === "i") out.emEnd();
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(sanitiseHtml(html));
  return checkResultSize(out.finish());
}
