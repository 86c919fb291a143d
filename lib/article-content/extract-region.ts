/**
 * Share of a page's paragraph text that its one `<article>` must hold for Readability to read the
 * article alone: below it, the element is a teaser or a fragment, and the whole page is searched.
 */
const ARTICLE_SHARE = 0.6;

function paragraphChars(root: Element): number {
  let chars = 0;
  for (const paragraph of Array.from(root.querySelectorAll("p")))
    chars += paragraph.textContent?.length ?? 0;
  return chars;
}

/**
 * Leaves in the body only the page's one `<article>`, when it holds most of the page's prose.
 * Readability scores every node of the page, and on linkedom that costs about a second for a
 * 1 MB page of navigation, rails and comment threads; the article it would pick is inside that
 * element anyway. Metadata is read from the whole page before this.
 */
export function narrowToArticle(body: HTMLElement | null): void {
  if (!body) return;
  const articles = body.querySelectorAll("article");
  const article = articles.length === 1 ? articles[0] : undefined;
  if (!article) return;
  const inside = paragraphChars(article);
  if (inside > 0 && inside >= ARTICLE_SHARE * paragraphChars(body)) body.replaceChildren(article);
}
