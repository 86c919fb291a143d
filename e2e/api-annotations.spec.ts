import { expect, test } from "@playwright/test";
import { annotate, createArticle } from "./support/articles";
import { apiAs, createUser } from "./support/users";

test("annotation writes refuse bad input with clear 4xx errors and write nothing", async ({
  playwright,
  baseURL,
}) => {
  const reviewer = await createUser(playwright, baseURL, "reviewer");
  const api = await apiAs(playwright, baseURL, reviewer);
  const article = await createArticle(api);
  const url = `/api/articles/${article.id}/annotations`;
  const quote = "budget";
  const start = article.body.indexOf(quote);
  const target = { start, end: start + quote.length, exact: quote };

  const cases: [string, unknown, number][] = [
    [
      "offsets out of range",
      { status: "disputed", target: { start: 10_000, end: 10_006, exact: "budget" } },
      422,
    ],
    [
      "start after end",
      { status: "disputed", target: { start: 10, end: 4, exact: "budget" } },
      422,
    ],
    ["negative start", { status: "disputed", target: { start: -1, end: 5, exact: "budget" } }, 422],
    [
      "quote not at the offsets",
      { status: "disputed", target: { start: 0, end: 6, exact: "budget" } },
      422,
    ],
    ["unknown status", { status: "false", target }, 422],
    ["note over 20,000 characters", { status: "disputed", note: "x".repeat(20_001), target }, 422],
    [
      "more than 20 sources",
      {
        status: "sourced",
        sources: Array.from({ length: 21 }, (_, i) => ({ url: `https://example.com/${i}` })),
        target,
      },
      422,
    ],
    [
      "a javascript: URL",
      { status: "sourced", sources: [{ url: "javascript:alert(1)" }], target },
      422,
    ],
    ["a malformed URL", { status: "sourced", sources: [{ url: "not a url" }], target }, 422],
    ["sourced without a source", { status: "sourced", sources: [], target }, 422],
    ["an unknown field", { status: "disputed", target, authorId: "someone" }, 422],
  ];
  for (const [name, body, status] of cases) {
    const response = await api.post(url, { data: body });
    expect(response.status(), name).toBe(status);
    const json = await response.json();
    expect(json.error.code, name).toBe("VALIDATION");
    expect(typeof json.error.message, name).toBe("string");
  }
  expect((await (await api.get(url)).json()).annotations).toEqual([]);

  const created = await annotate(api, article, quote);
  const patchUrl = `/api/annotations/${created.id}`;
  const stale = await api.patch(patchUrl, {
    data: { version: created.version + 1, note: "too new" },
  });
  expect(stale.status()).toBe(409);
  const ok = await api.patch(patchUrl, { data: { version: created.version, note: "fine" } });
  expect(ok.status()).toBe(200);
  const again = await api.patch(patchUrl, {
    data: { version: created.version, note: "stale now" },
  });
  expect(again.status()).toBe(409);
  const conflict = await again.json();
  expect(conflict.error.code).toBe("CONFLICT");
  expect(conflict.error.details.current).toMatchObject({
    id: created.id,
    note: "fine",
    version: created.version + 1,
  });

  expect((await api.patch(patchUrl, { data: { version: 2 } })).status()).toBe(422);
  expect((await api.patch(patchUrl, { data: { version: 2, status: "sourced" } })).status()).toBe(
    422,
  );
  expect((await api.patch(patchUrl, { data: { note: "no version" } })).status()).toBe(422);
  expect(
    (
      await api.patch("/api/annotations/does-not-exist", { data: { version: 1, note: "x" } })
    ).status(),
  ).toBe(404);
  expect((await api.delete(`${patchUrl}?version=1`)).status()).toBe(409);
  expect((await api.delete(`${patchUrl}?version=abc`)).status()).toBe(422);
  expect((await (await api.get(patchUrl)).json()).annotation).toMatchObject({
    note: "fine",
    version: 2,
  });
  await api.dispose();
});

test("the API refuses a target that ends inside a character or splits one a reader sees as one, and takes whole ones", async ({
  playwright,
  baseURL,
}) => {
  const reviewer = await createUser(playwright, baseURL, "reviewer");
  const api = await apiAs(playwright, baseURL, reviewer);
  const family = "👩‍👩‍👧";
  const article = await createArticle(
    api,
    `Prices 📈 rose. ${family} families. Cafe\u0301 owners complained.`,
  );
  const url = `/api/articles/${article.id}/annotations`;
  const at = (text: string) => article.body.indexOf(text);
  const span = (start: number, end: number) => ({
    status: "disputed",
    target: { start, end, exact: article.body.slice(start, end) },
  });

  const refused: [string, ReturnType<typeof span>, RegExp][] = [
    [
      "ends inside a code point (half of 📈)",
      span(at("Prices"), at("📈") + 1),
      /inside a character/,
    ],
    [
      "ends inside a joined emoji",
      span(at("rose"), at(family) + 2),
      /inside a character as readers see it/,
    ],
    [
      "ends between a letter and its accent",
      span(at("Cafe"), at("Cafe") + 4),
      /inside a character as readers see it/,
    ],
  ];
  for (const [name, body, message] of refused) {
    const response = await api.post(url, { data: body });
    expect(response.status(), name).toBe(422);
    const { error } = await response.json();
    expect(error.code, name).toBe("VALIDATION");
    expect(JSON.stringify(error), name).toMatch(message);
  }
  expect((await (await api.get(url)).json()).annotations).toEqual([]);

  for (const quote of ["Prices 📈 rose", `${family} families`, "Cafe\u0301 owners"]) {
    const response = await api.post(url, { data: span(at(quote), at(quote) + quote.length) });
    expect(response.status(), quote).toBe(201);
  }
  await api.dispose();
});
