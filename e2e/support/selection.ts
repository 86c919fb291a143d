import type { Page } from "@playwright/test";

/** Where `text` sits in the article body, scrolled into view: the points just inside its first and last characters. */
export async function textPoints(page: Page, text: string) {
  const points = await page.evaluate((wanted) => {
    const container = document.querySelector<HTMLElement>('[data-testid="article-body"]')!;
    for (const p of Array.from(container.querySelectorAll<HTMLElement>("[data-paragraph]"))) {
      const node = p.firstChild as Text | null;
      const index = node?.data.indexOf(wanted) ?? -1;
      if (!node || index < 0) continue;
      p.scrollIntoView({ block: "center" });
      const range = document.createRange();
      const rect = (from: number) => {
        range.setStart(node, from);
        range.setEnd(node, from + 1);
        return range.getBoundingClientRect();
      };
      const first = rect(index);
      const last = rect(index + wanted.length - 1);
      return {
        start: { x: first.left + 1, y: first.top + first.height / 2 },
        end: { x: last.right - 1, y: last.top + last.height / 2 },
        middle: { x: (first.left + first.right) / 2 + 4, y: first.top + first.height / 2 },
      };
    }
    return null;
  }, text);
  if (!points) throw new Error(`"${text}" is not in the article body`);
  return points;
}

/** Selects `text` in the article by dragging the mouse across it, as a reader would. */
export async function selectWithMouse(page: Page, text: string): Promise<void> {
  const { start, end } = await textPoints(page, text);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move((start.x + end.x) / 2, (start.y + end.y) / 2, { steps: 4 });
  await page.mouse.move(end.x, end.y, { steps: 4 });
  await page.mouse.up();
}

/** Drags from the start of `from` to the end of `to`, which may sit in different runs (across a link or a bold phrase). */
export async function selectBetween(page: Page, from: string, to: string): Promise<void> {
  const { start } = await textPoints(page, from);
  const { end } = await textPoints(page, to);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move((start.x + end.x) / 2, (start.y + end.y) / 2, { steps: 4 });
  await page.mouse.move(end.x, end.y, { steps: 4 });
  await page.mouse.up();
}
