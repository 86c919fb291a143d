import { expect, test, type Page } from "@playwright/test";
import { annotate, createArticle } from "./support/articles";
import { DEMO, DEMO_PASSWORD } from "./support/demo";
import { highlightedTexts } from "./support/highlights";
import { apiAs, createUser, signInPage } from "./support/users";

type Violation = { directive: string; blocked: string; sample: string };

/** Records every CSP violation the page reports, from the first script on. */
async function watchViolations(page: Page): Promise<() => Promise<Violation[]>> {
  const consoleErrors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy/i.test(message.text()))
      consoleErrors.push(message.text());
  });
  await page.addInitScript(() => {
    const seen: Violation[] = [];
    (window as unknown as { cspViolations: Violation[] }).cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (event) =>
      seen.push({
        directive: event.effectiveDirective,
        blocked: event.blockedURI,
        sample: event.sample,
      }),
    );
  });
  return async () => {
    const reported = await page.evaluate(
      () => (window as unknown as { cspViolations: Violation[] }).cspViolations,
    );
    return [
      ...reported,
      ...consoleErrors.map((text) => ({ directive: "console", blocked: "", sample: text })),
    ];
  };
}

const directives = (policy: string) =>
  new Map(
    policy
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...values]) => [name!, values]),
  );

test("the article page runs under a nonce CSP: highlights paint, nothing is refused, an injected script is", async ({
  page,
  playwright,
  baseURL,
}) => {
  const reviewer = await createUser(playwright, baseURL, "reviewer");
  const api = await apiAs(playwright, baseURL, reviewer);
  const article = await createArticle(api);
  await annotate(api, article, "double parking fees", { status: "disputed" });
  await annotate(api, article, "parking fees by next spring", { status: "unverified" });
  await api.dispose();

  const violations = await watchViolations(page);
  await signInPage(page, reviewer);
  const response = (await page.goto(`/articles/${article.id}`))!;
  const headers = response.headers();
  const policy = directives(headers["content-security-policy"]!);
  const scripts = policy.get("script-src")!;
  expect(scripts).not.toContain("'unsafe-inline'");
  const nonce = scripts.find((s) => s.startsWith("'nonce-"))!.slice("'nonce-".length, -1);
  expect(nonce.length).toBeGreaterThanOrEqual(22);
  expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
  expect(policy.get("object-src")).toEqual(["'none'"]);
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("same-origin");

  // The early painter ran (it carries the nonce), and React hydrated (it sets the painted count) and took its highlights over.
  const body = page.getByTestId("article-body");
  await expect(body).toHaveAttribute("data-painted-count", "2");
  expect(await highlightedTexts(page, "fm-disputed")).toEqual(["double parking fees"]);
  expect(
    await page.evaluate(() =>
      [...document.scripts].filter((s) => !s.src).every((s) => (s.nonce ?? "").length > 0),
    ),
  ).toBe(true);
  expect(await violations()).toEqual([]);

  // What an XSS would try, in the page's own markup (as a stored injection would arrive) and added
  // later: an inline script and inline handlers, without the nonce. None may run.
  await page.route(`**/articles/${article.id}`, async (route) => {
    const served = await route.fetch();
    const html = (await served.text()).replace(
      "</body>",
      `<script>window.injected = "script ran";</script><img src="/no-such-image.png" onerror="window.injected = 'handler ran'"></body>`,
    );
    await route.fulfill({ response: served, body: html });
  });
  const injected = (await page.reload())!;
  expect(injected.headers()["content-security-policy"]).toContain("'strict-dynamic'");
  await expect(body).toHaveAttribute("data-painted-count", "2");
  await page.evaluate(() => {
    const holder = document.createElement("div");
    holder.innerHTML = `<img src="/no-such-image.png" onerror="window.injected = 'late handler ran'">`;
    document.body.append(holder);
  });
  const reported = async () => (await violations()).filter((v) => v.directive !== "console");
  await expect.poll(async () => (await reported()).length).toBeGreaterThanOrEqual(3);
  expect(
    await page.evaluate(() => (window as unknown as { injected?: string }).injected),
  ).toBeUndefined();
  expect((await reported()).map((v) => v.directive)).toEqual([
    "script-src-elem",
    "script-src-attr",
    "script-src-attr",
  ]);
  await page.unroute(`**/articles/${article.id}`);

  // A fresh nonce for every page view.
  const again = (await page.reload())!;
  expect(again.headers()["content-security-policy"]).not.toContain(`'nonce-${nonce}'`);
});

test("every page of the app loads and hydrates under the policy with no violation", async ({
  page,
  playwright,
  baseURL,
}) => {
  test.setTimeout(60_000);
  const admin = await createUser(playwright, baseURL, "admin");
  const api = await apiAs(playwright, baseURL, admin);
  const article = await createArticle(api);
  const annotation = await annotate(api, article, "double parking fees", {
    status: "disputed",
    note: "A **bold** note with a [link](https://example.org).",
  });
  expect(
    (
      await api.post(`/api/annotations/${annotation.id}/replies`, { data: { body: "A reply." } })
    ).status(),
  ).toBe(201);
  expect(
    (
      await api.patch(`/api/articles/${article.id}`, {
        data: { version: article.version, body: `${article.body}\n\nA paragraph added later.` },
      })
    ).status(),
  ).toBe(200);
  await api.dispose();

  const violations = await watchViolations(page);
  await signInPage(page, admin);
  const pages = [
    "/",
    "/articles/new",
    `/articles/${article.id}/dashboard`,
    `/articles/${article.id}/history`,
    `/articles/${article.id}/revise`,
    `/articles/${article.id}/versions/1`,
    "/review",
    "/inbox",
    "/settings",
    "/admin",
    "/admin/audit",
  ];
  for (const path of pages) {
    const response = (await page.goto(path))!;
    expect(response.status(), path).toBe(200);
    expect(response.headers()["content-security-policy"], path).toContain("'strict-dynamic'");
    await page.waitForLoadState("networkidle");
    expect(await violations(), path).toEqual([]);
  }
});

test("pages without a session have the policy too and hydrate under it; the sign-in cookie is Secure behind HTTPS", async ({
  page,
  playwright,
  baseURL,
}) => {
  const violations = await watchViolations(page);
  const response = (await page.goto("/signin"))!;
  expect(response.headers()["content-security-policy"]).toMatch(
    /script-src 'self' 'nonce-[^']+' 'strict-dynamic'/,
  );
  await page.getByLabel("Email").fill("nobody@example.test");
  await expect(page.getByLabel("Email")).toHaveValue("nobody@example.test");
  await page.waitForLoadState("networkidle");
  expect(await violations()).toEqual([]);

  // Behind a TLS-terminating proxy (the test runner is the trusted one), Auth.js sets __Secure- cookies.
  const request = await playwright.request.newContext({
    baseURL,
    extraHTTPHeaders: { "x-forwarded-proto": "https" },
  });
  const csrf = await request.get("/api/auth/csrf");
  expect(csrf.headers()["set-cookie"]).toMatch(/__Host-authjs\.csrf-token=[^;]+;.*Secure/i);
  const { csrfToken } = await csrf.json();
  const signIn = await request.post("/api/auth/callback/credentials", {
    form: { email: DEMO.viewer, password: DEMO_PASSWORD, csrfToken, callbackUrl: "/" },
    maxRedirects: 0,
  });
  expect(signIn.status()).toBe(302);
  const session = signIn
    .headersArray()
    .filter((h) => h.name.toLowerCase() === "set-cookie")
    .map((h) => h.value)
    .find((c) => c.includes("session-token"));
  expect(session).toMatch(/^__Secure-authjs\.session-token=/);
  expect(session).toMatch(/;\s*Secure/i);
  expect(session).toMatch(/;\s*HttpOnly/i);
  expect(session).toMatch(/;\s*SameSite=Lax/i);
  await request.dispose();
});

test("API answers, exports and published reports carry their own script-free policies", async ({
  playwright,
  baseURL,
}) => {
  const editor = await createUser(playwright, baseURL, "editor");
  const api = await apiAs(playwright, baseURL, editor);
  const article = await createArticle(api);

  const json = await api.get(`/api/articles/${article.id}`);
  expect(json.headers()["content-security-policy"]).toBe(
    "default-src 'none'; frame-ancestors 'none'",
  );
  expect(json.headers()["x-content-type-options"]).toBe("nosniff");

  // The HTML export is a download, and the file keeps its own policy when opened from disk.
  const exported = await api.get(`/api/articles/${article.id}/export?format=html`);
  expect(exported.headers()["content-disposition"]).toMatch(/^attachment;/);
  expect(exported.headers()["content-security-policy"]).toBe(
    "default-src 'none'; frame-ancestors 'none'",
  );
  expect(await exported.text()).toMatch(
    /<meta http-equiv="Content-Security-Policy" content="default-src (&#39;|')none\1;/,
  );

  const published = await api.post(`/api/articles/${article.id}/publication`);
  expect(published.status()).toBe(200);
  const { publication } = await published.json();
  const anonymous = await playwright.request.newContext({ baseURL });
  const report = await anonymous.get(publication.path);
  expect(report.status()).toBe(200);
  // One policy only (the app pages' nonce policy would allow scripts this page never has).
  const policies = report
    .headersArray()
    .filter((h) => h.name.toLowerCase() === "content-security-policy");
  expect(policies).toHaveLength(1);
  const policy = directives(policies[0]!.value);
  expect(policy.get("default-src")).toEqual(["'none'"]);
  expect(policy.has("script-src")).toBe(false);
  expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
  expect(report.headers()["x-content-type-options"]).toBe("nosniff");
  expect(report.headers()["referrer-policy"]).toBe("no-referrer");
  await Promise.all([api.dispose(), anonymous.dispose()]);
});
