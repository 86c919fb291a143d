// Everything measured in the browser for one article: page loads (ours and naive, interleaved,
// after one discarded warm-up load), typing in the editor, then the saves (last, because they add
// annotations to the article).
import { articlePageInputs, loadArticlePage } from "./measure-page.mjs";
import { measureSaves } from "./saves.mjs";
import { measureNaiveTyping, measureOursTyping } from "./typing.mjs";

async function withPage(loading, measure) {
  const { page, figures } = await loading;
  try {
    return await measure(page, figures);
  } finally {
    await page.close();
  }
}

export async function measureArticle(context, article, { runs, log }) {
  const { id } = article;
  const { annotations, placed, options } = await articlePageInputs(context, id);

  await withPage(loadArticlePage(context, id, options("ours")), () => {});
  const ours = [];
  const naive = [];
  for (let i = 0; i < runs; i += 1) {
    ours.push(
      await withPage(loadArticlePage(context, id, options("ours")), (_, figures) => figures),
    );
    naive.push(
      await withPage(loadArticlePage(context, id, options("naive")), (_, figures) => figures),
    );
    log(
      `  run ${i + 1}/${runs}: ours ${Math.round(ours.at(-1).paintedAt)} ms, naive ${Math.round(naive.at(-1).paintedAt)} ms`,
    );
  }

  const typing = {
    ours: await withPage(loadArticlePage(context, id, options("ours")), (page) =>
      measureOursTyping(page),
    ),
    naive: await withPage(loadArticlePage(context, id, options("naive")), (page) =>
      measureNaiveTyping(page),
    ),
  };
  log(`  typing: ours ${JSON.stringify(typing.ours)}, naive ${JSON.stringify(typing.naive)}`);

  const saves = await withPage(loadArticlePage(context, id, options("ours")), (page) =>
    measureSaves(page, id, article.saveTargets),
  );
  log(`  saves: ${saves.length} acknowledged`);
  return { annotations: annotations.length, placed: placed.length, ours, naive, typing, saves };
}
