import { expect, type APIRequestContext } from "@playwright/test";
import { uniqueSuffix } from "./demo";

export const SAMPLE_BODY = [
  "The city council approved a budget of 12 million dollars on Monday, officials said.",
  "Critics said the plan would double parking fees by next spring, a claim the mayor denied.",
  "According to two people familiar with the talks, the vote was delayed twice before it passed.",
].join("\n\n");

export type TestArticle = { id: string; title: string; body: string; version: number };

export async function createArticle(
  api: APIRequestContext,
  body = SAMPLE_BODY,
): Promise<TestArticle> {
  const response = await api.post("/api/articles", {
    data: { title: `Council budget ${uniqueSuffix()}`, body, outlet: "Test Wire" },
  });
  expect(response.status()).toBe(201);
  return (await response.json()).article;
}

/** Annotates the first occurrence of `quote` through the API. */
export async function annotate(
  api: APIRequestContext,
  article: TestArticle,
  quote: string,
  fields: Record<string, unknown> = {},
) {
  const start = article.body.indexOf(quote);
  expect(start, `"${quote}" is in the article`).toBeGreaterThanOrEqual(0);
  const response = await api.post(`/api/articles/${article.id}/annotations`, {
    data: {
      status: "disputed",
      note: "",
      target: { start, end: start + quote.length, exact: quote },
      ...fields,
    },
  });
  expect(response.status()).toBe(201);
  return (await response.json()).annotation as {
    id: string;
    version: number;
    status: string;
    note: string;
  };
}
