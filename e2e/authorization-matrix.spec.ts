import { expect, test, type APIRequestContext } from "@playwright/test";
import { annotate, createArticle, type TestArticle } from "./support/articles";
import { uniqueSuffix } from "./support/demo";
import { mutatingRoutes, type MutatingMethod } from "./support/mutating-routes";
import { apiAs, createUser, signInPage } from "./support/users";

/**
 * Every write the API offers × everyone who might try it. One table: each row names a route and
 * what each role gets; a test below fails when a route file exports a write handler with no row.
 * Signed-out callers, revoked tokens and deactivated accounts always get 401; a signed-in admin's
 * cookie sent from another site always gets 403 (CSRF). Whenever the answer is a refusal, the
 * row's `observe` (read as the admin) must be unchanged: nothing was written.
 */
type Role = "viewer" | "author" | "other" | "editor" | "admin";
type Who = Role | "anonymous" | "revokedToken" | "deactivated" | "crossSite";
const EVERYONE: Who[] = [
  "anonymous",
  "revokedToken",
  "deactivated",
  "crossSite",
  "viewer",
  "author",
  "other",
  "editor",
  "admin",
];

type Clients = Record<Who, APIRequestContext>;
/** What a cell needs: `author` (a reviewer) owns the article, the annotation and the reply. */
type Fixtures = {
  as: Clients;
  article(): Promise<TestArticle>;
  annotation(article?: TestArticle): Promise<{ article: TestArticle; id: string; version: number }>;
  marker(): string;
  /** Someone work can be assigned to: the "other" reviewer. */ assigneeId: string;
};
type Cell = {
  path: string;
  data?: unknown;
  headers?: Record<string, string>;
  observe?: () => Promise<unknown>;
};
type Row = {
  method: MutatingMethod;
  route: string;
  expect: Record<Role, number>;
  setup(f: Fixtures): Promise<Cell>;
  signedOut?: number;
  why?: string;
};

const readers = (api: APIRequestContext, path: string) => async () => {
  const response = await api.get(path);
  return { status: response.status(), body: await response.json() };
};
const onlyModerators = { viewer: 403, author: 403, other: 403, editor: 200, admin: 200 };
const onlyAdmin = (ok: number) => ({
  viewer: 403,
  author: 403,
  other: 403,
  editor: 403,
  admin: ok,
});
const annotators = (ok: number) => ({ viewer: 403, author: ok, other: ok, editor: ok, admin: ok });
const ownerOrModerator = (ok: number) => ({
  viewer: 403,
  author: ok,
  other: 403,
  editor: ok,
  admin: ok,
});

async function userCount(admin: APIRequestContext, email: string) {
  const { users } = await (await admin.get("/api/admin/users")).json();
  return (users as { email: string; role: string; active?: boolean }[]).filter(
    (u) => u.email === email,
  );
}

const ROWS: Row[] = [
  {
    method: "POST",
    route: "/api/articles",
    expect: annotators(201),
    async setup(f) {
      const marker = f.marker();
      return {
        path: "/api/articles",
        data: { title: `Matrix ${marker}`, body: "One paragraph of text." },
        observe: async () =>
          (await (await f.as.admin.get(`/api/articles?q=${marker}`)).json()).articles.length,
      };
    },
  },
  {
    method: "POST",
    route: "/api/articles/preview",
    expect: annotators(200),
    why: "writes nothing: it converts text for the form",
    async setup() {
      return {
        path: "/api/articles/preview",
        data: { format: "markdown", content: "# Title\n\nSome text." },
      };
    },
  },
  {
    method: "PATCH",
    route: "/api/articles/[id]",
    expect: ownerOrModerator(200),
    async setup(f) {
      const article = await f.article();
      return {
        path: `/api/articles/${article.id}`,
        data: { version: article.version, title: `Renamed ${f.marker()}` },
        observe: readers(f.as.admin, `/api/articles/${article.id}`),
      };
    },
  },
  {
    method: "POST",
    route: "/api/articles/[id]/archive",
    expect: onlyModerators,
    async setup(f) {
      const article = await f.article();
      return {
        path: `/api/articles/${article.id}/archive`,
        observe: readers(f.as.admin, `/api/articles/${article.id}`),
      };
    },
  },
  {
    method: "POST",
    route: "/api/articles/[id]/restore",
    expect: onlyModerators,
    async setup(f) {
      const article = await f.article();
      expect((await f.as.admin.post(`/api/articles/${article.id}/archive`)).status()).toBe(200);
      return {
        path: `/api/articles/${article.id}/restore`,
        observe: readers(f.as.admin, `/api/articles/${article.id}`),
      };
    },
  },
  {
    method: "POST",
    route: "/api/articles/[id]/publication",
    expect: onlyModerators,
    async setup(f) {
      const article = await f.article();
      return {
        path: `/api/articles/${article.id}/publication`,
        observe: readers(f.as.admin, `/api/articles/${article.id}/publication`),
      };
    },
  },
  {
    method: "DELETE",
    route: "/api/articles/[id]/publication",
    expect: onlyModerators,
    async setup(f) {
      const article = await f.article();
      expect((await f.as.admin.post(`/api/articles/${article.id}/publication`)).status()).toBe(200);
      return {
        path: `/api/articles/${article.id}/publication`,
        observe: readers(f.as.admin, `/api/articles/${article.id}/publication`),
      };
    },
  },
  {
    method: "POST",
    route: "/api/articles/[id]/annotations",
    expect: annotators(201),
    async setup(f) {
      const article = await f.article();
      const start = article.body.indexOf("double parking fees");
      return {
        path: `/api/articles/${article.id}/annotations`,
        data: {
          status: "unverified",
          note: "",
          target: { start, end: start + 19, exact: "double parking fees" },
        },
        observe: readers(f.as.admin, `/api/articles/${article.id}/annotations`),
      };
    },
  },
  {
    method: "POST",
    route: "/api/articles/[id]/annotations/import",
    expect: annotators(200),
    async setup(f) {
      const { article } = await f.annotation();
      const file = await (
        await f.as.admin.get(`/api/articles/${article.id}/export?format=jsonld`)
      ).json();
      return {
        path: `/api/articles/${article.id}/annotations/import`,
        data: file,
        observe: readers(f.as.admin, `/api/articles/${article.id}/annotations`),
      };
    },
  },
  {
    method: "PATCH",
    route: "/api/annotations/[id]",
    expect: ownerOrModerator(200),
    async setup(f) {
      const { id, version } = await f.annotation();
      return {
        path: `/api/annotations/${id}`,
        data: { version, note: `Changed ${f.marker()}` },
        observe: readers(f.as.admin, `/api/annotations/${id}`),
      };
    },
  },
  {
    method: "DELETE",
    route: "/api/annotations/[id]",
    expect: ownerOrModerator(204),
    async setup(f) {
      const { id } = await f.annotation();
      return {
        path: `/api/annotations/${id}`,
        observe: readers(f.as.admin, `/api/annotations/${id}`),
      };
    },
  },
  {
    method: "POST",
    route: "/api/annotations/[id]/restore",
    expect: ownerOrModerator(200),
    why: "the undo of a delete: whoever deleted it, or a moderator",
    async setup(f) {
      const { article, id } = await f.annotation();
      expect((await f.as.author.delete(`/api/annotations/${id}`)).status()).toBe(204);
      return {
        path: `/api/annotations/${id}/restore`,
        observe: readers(f.as.admin, `/api/articles/${article.id}/annotations`),
      };
    },
  },
  {
    method: "POST",
    route: "/api/annotations/[id]/reviews",
    expect: { viewer: 403, author: 403, other: 201, editor: 201, admin: 201 },
    why: "nobody reviews their own annotation",
    async setup(f) {
      const { id } = await f.annotation();
      return {
        path: `/api/annotations/${id}/reviews`,
        data: { verdict: "agree" },
        observe: readers(f.as.admin, `/api/annotations/${id}`),
      };
    },
  },
  {
    method: "POST",
    route: "/api/annotations/[id]/replies",
    expect: annotators(201),
    async setup(f) {
      const { id } = await f.annotation();
      return {
        path: `/api/annotations/${id}/replies`,
        data: { body: `Reply ${f.marker()}` },
        observe: readers(f.as.admin, `/api/annotations/${id}/replies`),
      };
    },
  },
  {
    method: "POST",
    route: "/api/annotations/[id]/settle",
    expect: onlyModerators,
    async setup(f) {
      const { id, version } = await f.annotation();
      return {
        path: `/api/annotations/${id}/settle`,
        data: { decision: "approved", version },
        observe: readers(f.as.admin, `/api/annotations/${id}`),
      };
    },
  },
  {
    method: "PATCH",
    route: "/api/replies/[id]",
    expect: ownerOrModerator(200),
    async setup(f) {
      const { id } = await f.annotation();
      const { reply } = await (
        await f.as.author.post(`/api/annotations/${id}/replies`, { data: { body: "First word." } })
      ).json();
      return {
        path: `/api/replies/${reply.id}`,
        data: { body: `Edited ${f.marker()}` },
        observe: readers(f.as.admin, `/api/annotations/${id}/replies`),
      };
    },
  },
  {
    method: "DELETE",
    route: "/api/replies/[id]",
    expect: ownerOrModerator(204),
    async setup(f) {
      const { id } = await f.annotation();
      const { reply } = await (
        await f.as.author.post(`/api/annotations/${id}/replies`, { data: { body: "First word." } })
      ).json();
      return {
        path: `/api/replies/${reply.id}`,
        observe: readers(f.as.admin, `/api/annotations/${id}/replies`),
      };
    },
  },
  {
    method: "POST",
    route: "/api/notifications",
    expect: { viewer: 200, author: 200, other: 200, editor: 200, admin: 200 },
    why: "marks the caller's own notifications read, no one else's",
    async setup(f) {
      // A notification for the author (a colleague's review), which no one else's call may mark read.
      const { id } = await f.annotation();
      expect(
        (
          await f.as.other.post(`/api/annotations/${id}/reviews`, { data: { verdict: "agree" } })
        ).status(),
      ).toBe(201);
      return {
        path: "/api/notifications",
        data: {},
        observe: async () => (await (await f.as.author.get("/api/notifications")).json()).unread,
      };
    },
  },
  {
    method: "POST",
    route: "/api/admin/users",
    expect: onlyAdmin(201),
    async setup(f) {
      const email = `matrix-${f.marker()}@example.test`;
      return {
        path: "/api/admin/users",
        data: { email, name: "Matrix New", role: "viewer", password: `pw-${f.marker()}-long` },
        observe: () => userCount(f.as.admin, email),
      };
    },
  },
  {
    method: "PATCH",
    route: "/api/admin/users/[id]",
    expect: onlyAdmin(200),
    async setup(f) {
      const email = `matrix-${f.marker()}@example.test`;
      const created = await f.as.admin.post("/api/admin/users", {
        data: { email, name: "Matrix Target", role: "viewer", password: `pw-${f.marker()}-long` },
      });
      const { user } = await created.json();
      return {
        path: `/api/admin/users/${user.id}`,
        data: { role: "editor" },
        observe: () => userCount(f.as.admin, email),
      };
    },
  },
  {
    method: "POST",
    route: "/api/admin/invitations",
    expect: onlyAdmin(201),
    async setup(f) {
      const email = `matrix-${f.marker()}@example.test`;
      return {
        path: "/api/admin/invitations",
        data: { email, name: "Matrix Invitee", role: "reviewer" },
        observe: () => userCount(f.as.admin, email),
      };
    },
  },
  ...(["annotation", "article"] as const).flatMap((kind): Row[] => {
    const base =
      kind === "annotation" ? "/api/annotations/[id]/assignment" : "/api/articles/[id]/assignment";
    // The path of a fresh target, and (when asked) an assignment already on it, made by the admin.
    async function target(f: Fixtures, assigned: boolean) {
      const path =
        kind === "annotation"
          ? `/api/annotations/${(await f.annotation()).id}/assignment`
          : `/api/articles/${(await f.article()).id}/assignment`;
      if (assigned)
        expect(
          (
            await f.as.admin.post(path, { data: { assigneeId: f.assigneeId, dueAt: "2099-01-01" } })
          ).status(),
        ).toBe(201);
      return path;
    }
    return [
      {
        method: "POST",
        route: base,
        expect: { ...onlyModerators, editor: 201, admin: 201 },
        async setup(f) {
          const path = await target(f, false);
          return {
            path,
            data: { assigneeId: f.assigneeId, dueAt: "2099-01-01" },
            observe: readers(f.as.admin, path),
          };
        },
      },
      {
        method: "PATCH",
        route: base,
        expect: onlyModerators,
        why: "moving the due date; the assignee may only mark it done",
        async setup(f) {
          const path = await target(f, true);
          return {
            path,
            data: { dueAt: "2099-02-01", version: 1 },
            observe: readers(f.as.admin, path),
          };
        },
      },
      {
        method: "DELETE",
        route: base,
        expect: { ...onlyModerators, editor: 204, admin: 204 },
        async setup(f) {
          const path = await target(f, true);
          return { path: `${path}?version=1`, observe: readers(f.as.admin, path) };
        },
      },
    ];
  }),
  ...(["POST", "PUT", "PATCH", "DELETE"] as const).map((method): Row => ({
    method,
    route: "/api/[...path]",
    expect: { viewer: 404, author: 404, other: 404, editor: 404, admin: 404 },
    why: "unknown API paths: 401 before 404",
    async setup() {
      return { path: "/api/no-such-route/x" };
    },
  })),
];

/** Auth.js's own endpoints (sign-in, sign-out): they check their own CSRF token (a double-submit cookie), tested below. */
const EXEMPT = ["POST /api/auth/[...nextauth]"];

test("every route file's write handler has a row in the matrix, and every row a handler", () => {
  const rows = [...ROWS.map((row) => `${row.method} ${row.route}`), ...EXEMPT].sort();
  expect(rows).toEqual(mutatingRoutes());
});

test.describe("authorization matrix", () => {
  test.describe.configure({ mode: "parallel" });
  let clients: Clients;
  let all: APIRequestContext[] = [];
  let assigneeId = "";

  test.beforeAll(async ({ playwright, browser, baseURL }) => {
    test.setTimeout(60_000);
    const make = (role: "admin" | "editor" | "reviewer" | "viewer") =>
      createUser(playwright, baseURL, role);
    const [viewer, author, other, editor, admin, gone, revoking] = await Promise.all([
      make("viewer"),
      make("reviewer"),
      make("reviewer"),
      make("editor"),
      make("admin"),
      make("reviewer"),
      make("reviewer"),
    ]);
    const signedIn = await Promise.all(
      [viewer, author, other, editor, admin, gone].map((user) => apiAs(playwright, baseURL, user)),
    );
    const anonymous = await playwright.request.newContext({ baseURL });

    // A token made on the Settings page, then revoked there.
    const context = await browser.newContext({ baseURL });
    const page = await context.newPage();
    await signInPage(page, revoking);
    await page.goto("/settings");
    await page.getByLabel("Token name").fill("matrix");
    await page.getByRole("button", { name: "Create token" }).click();
    const token = (await page.getByTestId("new-token").textContent())?.trim() ?? "";
    expect(token).toMatch(/^fm_/);
    await page.reload();
    await page.getByRole("button", { name: "Revoke token matrix" }).click();
    await expect(page.getByRole("button", { name: "Revoke token matrix" })).toHaveCount(0);
    await context.close();
    assigneeId = other.id;
    const revokedToken = await playwright.request.newContext({
      baseURL,
      extraHTTPHeaders: { Authorization: `Bearer ${token}` },
    });

    // Signed in, then deactivated: the session cookie they still hold must be worth nothing.
    expect(
      (
        await signedIn[4]!.patch(`/api/admin/users/${gone.id}`, { data: { active: false } })
      ).status(),
    ).toBe(200);

    // The admin's own cookie, in a request the browser marks as sent by another site.
    const crossSite = await playwright.request.newContext({
      baseURL,
      storageState: await signedIn[4]!.storageState(),
      extraHTTPHeaders: { "sec-fetch-site": "cross-site", origin: "https://evil.example" },
    });
    const [viewerApi, authorApi, otherApi, editorApi, adminApi, goneApi] = signedIn as [
      APIRequestContext,
      APIRequestContext,
      APIRequestContext,
      APIRequestContext,
      APIRequestContext,
      APIRequestContext,
    ];
    clients = {
      anonymous,
      revokedToken,
      deactivated: goneApi,
      crossSite,
      viewer: viewerApi,
      author: authorApi,
      other: otherApi,
      editor: editorApi,
      admin: adminApi,
    };
    all = [anonymous, revokedToken, crossSite, ...signedIn];
  });

  test.afterAll(async () => {
    await Promise.all(all.map((api) => api.dispose()));
  });

  const fixtures = (): Fixtures => ({
    as: clients,
    article: () => createArticle(clients.author),
    async annotation(article) {
      const on = article ?? (await createArticle(clients.author));
      const made = await annotate(clients.author, on, "the mayor denied", {
        status: "disputed",
        note: "Check with the mayor's office.",
      });
      return { article: on, id: made.id, version: made.version };
    },
    marker: uniqueSuffix,
    assigneeId,
  });

  test("Auth.js's own writes refuse a request without its CSRF token: a foreign page cannot sign anyone out", async () => {
    const signOut = await clients.crossSite.post("/api/auth/signout", {
      form: { callbackUrl: "/" },
      maxRedirects: 0,
    });
    expect(signOut.headers()["location"] ?? "").toContain("MissingCSRF");
    expect((await clients.crossSite.get("/api/articles")).status()).toBe(200);
  });

  for (const row of ROWS) {
    test(`${row.method} ${row.route}`, async () => {
      test.setTimeout(60_000);
      const f = fixtures();
      const expected = (who: Who) =>
        who === "anonymous" || who === "revokedToken" || who === "deactivated"
          ? (row.signedOut ?? 401)
          : who === "crossSite"
            ? 403
            : row.expect[who];
      // Refusals change nothing, so they share one cell; each allowed caller gets a fresh one.
      let shared: Cell | undefined;
      for (const who of EVERYONE) {
        const status = expected(who);
        const cell = status < 400 ? await row.setup(f) : (shared ??= await row.setup(f));
        const before = await cell.observe?.();
        const response = await clients[who].fetch(cell.path, {
          method: row.method,
          data: cell.data,
          headers: cell.headers,
        });
        expect(
          response.status(),
          `${who}: ${row.method} ${cell.path} → ${await response.text()}`,
        ).toBe(status);
        if (status >= 400) {
          expect(
            (await response.json()).error.code,
            `${who}: an error in the JSON shape`,
          ).toBeTruthy();
          if (cell.observe)
            expect(await cell.observe(), `${who}: nothing was written`).toEqual(before);
        }
      }
    });
  }
});
