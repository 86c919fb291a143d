// Issue 9's measurements on the long article: page loads (ours and naive, interleaved, after one
// discarded warm-up load) with every long task from navigation until the page has settled
// (highlights painted by the early script and again by the hydrated app, then a second without a
// long task), and one annotation made through the UI (select, toolbar, note, save) that must
// appear as a highlight.
import { articlePageInputs, loadArticlePage, waitForHydration } from "./measure-page.mjs";

const QUIET_MS = 1000;

/**
 * Waits until the app has hydrated (React's props are on the article body) and, with `expected`,
 * painted that many spans itself, and then until no long task has ended for QUIET_MS. The naive
 * page passes null: its wrappers leave the app's own ranges nowhere to start.
 */
async function settle(page, expected) {
  await waitForHydration(page);
  if (expected !== null)
    await page.waitForFunction(
      (n) =>
        document.querySelector('[data-testid="article-body"]')?.dataset.paintedCount === String(n),
      expected,
      { timeout: 120_000, polling: 50 },
    );
  await page.waitForFunction(
    (quiet) => {
      const last = window.__bench.longTasks.reduce(
        (end, t) => Math.max(end, t.start + t.duration),
        0,
      );
      return performance.now() - last >= quiet;
    },
    QUIET_MS,
    { timeout: 120_000, polling: 100 },
  );
  return page.evaluate(() => {
    const tasks = window.__bench.longTasks;
    return {
      settledAt: performance.now(),
      longestTask: tasks.reduce((max, t) => Math.max(max, t.duration), 0),
      blockingMs: tasks.reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0),
      longTasks: tasks.length,
      tasksOver200: tasks.filter((t) => t.duration > 200).length,
    };
  });
}

async function loadSettled(context, id, options) {
  const { page, figures } = await loadArticlePage(context, id, options);
  try {
    return {
      ...figures,
      ...(await settle(page, options.mode === "naive" ? null : options.placed.length)),
    };
  } finally {
    await page.close();
  }
}

/** Selects three words in the middle of the article as a reader would leave a selection, marks them Unverified with a note and saves. */
async function annotateThroughUi(context, id, options) {
  const { page } = await loadArticlePage(context, id, options);
  try {
    await settle(page, options.placed.length);
    const quote = await page.evaluate(() => {
      const runs = document.querySelectorAll('[data-testid="article-body"] [data-paragraph]');
      const run = runs[Math.floor(runs.length / 2)];
      run.scrollIntoView({ block: "center" });
      const node = run.firstChild;
      const words = /^\S+\s+\S+\s+\S+/.exec(node.data)[0];
      const range = document.createRange();
      range.setStart(node, 0);
      range.setEnd(node, words.length);
      getSelection().removeAllRanges();
      getSelection().addRange(range);
      return words;
    });
    await page
      .getByRole("toolbar", { name: "Annotate the selection" })
      .getByRole("button", { name: /Unverified/ })
      .click({ timeout: 30_000 });
    const editor = page.getByRole("form", { name: "New annotation" });
    await editor.getByLabel("Note").fill("Made through the UI on the long article.");
    const saved = page.waitForResponse(
      (r) => r.url().endsWith(`/api/articles/${id}/annotations`) && r.request().method() === "POST",
      { timeout: 30_000 },
    );
    const began = Date.now();
    await editor.getByRole("button", { name: "Save" }).click();
    const response = await saved;
    const savedMs = Date.now() - began;
    const expected = String(options.placed.length + 1);
    await page.waitForFunction(
      (n) => document.querySelector('[data-testid="article-body"]')?.dataset.paintedCount === n,
      expected,
      { timeout: 30_000 },
    );
    const paintedMs = Date.now() - began;
    // The highlights hold StaticRanges: each is read through a live Range.
    const highlighted = await page.evaluate(
      (q) =>
        ["fm-sourced", "fm-disputed", "fm-unverified"].some((name) =>
          [...(CSS.highlights.get(name) ?? [])].some((r) => {
            const range = document.createRange();
            range.setStart(r.startContainer, r.startOffset);
            range.setEnd(r.endContainer, r.endOffset);
            return range.toString() === q;
          }),
        ),
      quote,
    );
    return { status: response.status(), quote, savedMs, paintedMs, highlighted };
  } finally {
    await page.close();
  }
}

export async function measureLong(context, article, { runs, log }) {
  const { id } = article;
  const { detail, annotations, placed, options } = await articlePageInputs(context, id);

  await loadSettled(context, id, options("ours"));
  const ours = [];
  const naive = [];
  for (let i = 0; i < runs; i += 1) {
    ours.push(await loadSettled(context, id, options("ours")));
    naive.push(await loadSettled(context, id, options("naive")));
    const f = (x) =>
      `longest task ${Math.round(x.longestTask)} ms, blocking ${Math.round(x.blockingMs)} ms, painted ${Math.round(x.paintedAt)} ms`;
    log(`  run ${i + 1}/${runs}: ours ${f(ours.at(-1))}; naive ${f(naive.at(-1))}`);
  }
  const annotate = await annotateThroughUi(context, id, options("ours"));
  log(`  annotated through the UI: ${JSON.stringify(annotate)}`);
  return {
    chars: detail.body.length,
    annotations: annotations.length,
    placed: placed.length,
    ours,
    naive,
    annotate,
  };
}
