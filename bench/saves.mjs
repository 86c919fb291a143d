// Save acknowledgement: 50 new annotations POSTed one after another from inside the article page
// (same session cookie, same origin as the app's own fetches), each timed from the request to
// the parsed 201 response.

export async function measureSaves(page, articleId, targets) {
  const ms = await page.evaluate(
    async ({ articleId, targets }) => {
      const times = [];
      for (const target of targets) {
        const began = performance.now();
        const response = await fetch(`/api/articles/${articleId}/annotations`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ status: "disputed", note: "bench", target }),
        });
        const json = await response.json();
        times.push(performance.now() - began);
        if (response.status !== 201)
          throw new Error(
            `save answered ${response.status}: ${JSON.stringify(json).slice(0, 300)}`,
          );
      }
      return times;
    },
    { articleId, targets },
  );
  return ms;
}
