import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { annotate, createArticle } from "./support/articles";
import { signInViaApi } from "./support/auth";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { DEMO, DEMO_PASSWORD, uniqueSuffix } from "./support/demo";
import { apiAs, createUser, signInPage } from "./support/users";

// Every journey here changes only accounts it made itself: the demo accounts (and the admins
// other specs rely on) are never demoted or deactivated.

const demoAdmin = { email: DEMO.admin, password: DEMO_PASSWORD };
const rowOf = (page: Page, email: string) => page.getByRole("row").filter({ hasText: email });

async function adminPage(page: Page): Promise<void> {
  await signInViaApi(page.request, demoAdmin.email, demoAdmin.password);
  await page.goto("/admin");
  await expect(page.getByRole("heading", { name: "People" })).toBeVisible();
}

/**
 * A sign-in through the credentials endpoint that is expected to fail. From an address of its
 * own: failures count per address too, and the other specs all sign in from the same one.
 */
async function signInFails(api: APIRequestContext, email: string, password: string): Promise<void> {
  const { csrfToken } = (await (await api.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const headers = {
    "x-forwarded-for": `10.3.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`,
  };
  const response = await api.post("/api/auth/callback/credentials", {
    form: { email, password, csrfToken, callbackUrl: "/" },
    headers,
    maxRedirects: 0,
  });
  expect(response.headers()["location"] ?? "").toContain("error=");
}

test("an admin changes a user's role, and the user's next request has it", async ({
  page,
  browser,
  playwright,
  baseURL,
}) => {
  const viewer = await createUser(playwright, baseURL, "viewer", `Rolf Role ${uniqueSuffix()}`);
  const viewerApi = await apiAs(playwright, baseURL, viewer);
  expect(
    (
      await viewerApi.post("/api/articles", {
        data: { title: "Not yet", body: "Viewers cannot add articles." },
      })
    ).status(),
  ).toBe(403);
  const viewerContext = await browser.newContext();
  const viewerPage = await viewerContext.newPage();
  await signInPage(viewerPage, viewer);
  await viewerPage.goto("/settings");
  await expect(viewerPage.getByRole("banner")).toContainText("viewer");

  await adminPage(page);
  await expectNoSeriousA11yViolations(page);
  const row = rowOf(page, viewer.email);
  await row.getByLabel(`Role of ${viewer.name}`, { exact: true }).selectOption("reviewer");
  await row.getByRole("button", { name: `Save role of ${viewer.name}` }).click();
  await expect(row.getByText("Role saved.")).toBeVisible();
  await page.reload();
  await expect(
    rowOf(page, viewer.email).getByLabel(`Role of ${viewer.name}`, { exact: true }),
  ).toHaveValue("reviewer");

  // The same session and the same cookie, no new sign-in: the role is re-read on every request.
  await createArticle(viewerApi);
  await viewerPage.reload();
  await expect(viewerPage.getByRole("banner")).toContainText("reviewer");

  const adminApi = await apiAs(playwright, baseURL, demoAdmin);
  const { events } = await (
    await adminApi.get("/api/admin/audit?action=user.role&entityType=user")
  ).json();
  const event = events.find((e: { entityId: string }) => e.entityId === viewer.id);
  expect(event).toMatchObject({ actor: { name: "Ada Admin" } });
  expect(JSON.parse(event.before)).toEqual({ role: "viewer" });
  expect(JSON.parse(event.after)).toEqual({ role: "reviewer" });

  // The API does the same: PATCH → 200 { user }.
  const patched = await adminApi.patch(`/api/admin/users/${viewer.id}`, {
    data: { role: "editor" },
  });
  expect(patched.status()).toBe(200);
  expect((await patched.json()).user).toMatchObject({
    id: viewer.id,
    role: "editor",
    active: true,
  });
  await Promise.all([viewerApi.dispose(), adminApi.dispose(), viewerContext.close()]);
});

test("a deactivated user can no longer sign in or use their session or token, their annotations keep their name, and reactivation lets them sign in again", async ({
  page,
  browser,
  playwright,
  baseURL,
}) => {
  const reviewer = await createUser(playwright, baseURL, "reviewer", `Dana Gone ${uniqueSuffix()}`);
  const reviewerApi = await apiAs(playwright, baseURL, reviewer);
  const article = await createArticle(reviewerApi);
  const annotation = await annotate(reviewerApi, article, "the mayor denied");

  // An API token, made the way people make them: on the Settings page.
  const reviewerContext = await browser.newContext();
  const reviewerPage = await reviewerContext.newPage();
  await signInPage(reviewerPage, reviewer);
  await reviewerPage.goto("/settings");
  await reviewerPage.getByLabel("Token name").fill("script");
  await reviewerPage.getByRole("button", { name: "Create token" }).click();
  const token = (await reviewerPage.getByTestId("new-token").textContent())?.trim() ?? "";
  expect(token).toMatch(/^fm_/);
  const anonymous = await playwright.request.newContext({ baseURL });
  const withToken = { headers: { Authorization: `Bearer ${token}` } };
  expect((await anonymous.get("/api/articles", withToken)).status()).toBe(200);

  await adminPage(page);
  const row = rowOf(page, reviewer.email);
  await row.getByRole("button", { name: `Deactivate ${reviewer.name}` }).click();
  await expect(row.getByText("Deactivated", { exact: true })).toBeVisible();
  await expect(row.getByRole("button", { name: `Reactivate ${reviewer.name}` })).toBeVisible();

  const session = await reviewerApi.get("/api/articles");
  expect(session.status()).toBe(401);
  expect((await session.json()).error.code).toBe("UNAUTHENTICATED");
  expect((await anonymous.get("/api/articles", withToken)).status()).toBe(401);
  await reviewerPage.goto("/settings");
  await expect(reviewerPage).toHaveURL(/\/signin/);
  await signInFails(anonymous, reviewer.email, reviewer.password);

  // Their work stays, under their name.
  const { annotation: kept } = await (
    await page.request.get(`/api/annotations/${annotation.id}`)
  ).json();
  expect(kept.author).toEqual({ id: reviewer.id, name: reviewer.name });
  await page.goto(`/articles/${article.id}`);
  await expect(page.locator(`article[data-annotation-id="${annotation.id}"]`)).toContainText(
    reviewer.name,
  );

  const adminApi = await apiAs(playwright, baseURL, demoAdmin);
  const { events } = await (await adminApi.get("/api/admin/audit?action=user.deactivate")).json();
  const event = events.find((e: { entityId: string }) => e.entityId === reviewer.id);
  expect(JSON.parse(event.before)).toEqual({ active: true });
  expect(JSON.parse(event.after)).toEqual({ active: false });

  await page.goto("/admin");
  await rowOf(page, reviewer.email)
    .getByRole("button", { name: `Reactivate ${reviewer.name}` })
    .click();
  await expect(
    rowOf(page, reviewer.email).getByRole("button", { name: `Deactivate ${reviewer.name}` }),
  ).toBeVisible();
  // Deactivation ended the old sessions for good; the token works again, and so does signing in.
  expect((await reviewerApi.get("/api/articles")).status()).toBe(401);
  expect((await anonymous.get("/api/articles", withToken)).status()).toBe(200);
  const again = await apiAs(playwright, baseURL, reviewer);
  expect((await again.get("/api/articles")).status()).toBe(200);
  await Promise.all([
    again.dispose(),
    reviewerApi.dispose(),
    anonymous.dispose(),
    adminApi.dispose(),
    reviewerContext.close(),
  ]);
});

test("an admin invites someone, who sets a password through the one-time link and is signed in", async ({
  page,
  browser,
}) => {
  const suffix = uniqueSuffix();
  const invitee = {
    name: `Ivy Invited ${suffix}`,
    email: `ivy-${suffix}@example.test`,
    password: "ivy-long-password",
  };

  await adminPage(page);
  await page.getByLabel("Name", { exact: true }).fill(invitee.name);
  await page.getByLabel("Email", { exact: true }).fill("not-an-email");
  await page.getByLabel("Role", { exact: true }).selectOption("reviewer");
  await page.getByRole("button", { name: "Create invitation" }).click();
  await expect(page.getByText("Enter a valid email address")).toBeVisible();
  // A refused submission keeps what was typed and chosen.
  await expect(page.getByLabel("Name", { exact: true })).toHaveValue(invitee.name);
  await expect(page.getByLabel("Role", { exact: true })).toHaveValue("reviewer");

  await page.getByLabel("Email", { exact: true }).fill(invitee.email);
  await page.getByRole("button", { name: "Create invitation" }).click();
  const linkField = page.getByTestId("invitation-link");
  await expect(linkField).toBeVisible();
  const link = await linkField.inputValue();
  expect(link).toMatch(/^https?:\/\/[^/]+\/set-password\?token=fmpw_[\w-]{40,}$/);
  await page.getByRole("button", { name: "Copy link" }).click();
  await expect(page.getByText(/^(Copied\.|Copying is not available here)/)).toBeVisible();
  await expect(rowOf(page, invitee.email)).toContainText("Invited");
  await expectNoSeriousA11yViolations(page);

  // The same email again is refused, on the field.
  await page.getByLabel("Name", { exact: true }).fill("Someone Else");
  await page.getByLabel("Email", { exact: true }).fill(invitee.email);
  await page.getByRole("button", { name: "Create invitation" }).click();
  await expect(page.getByText("An account with this email already exists")).toBeVisible();

  const inviteeContext = await browser.newContext();
  const visitor = await inviteeContext.newPage();
  // No password yet: nothing to sign in with until the link is used.
  await signInFails(visitor.request, invitee.email, invitee.password);
  await visitor.goto(new URL(link).pathname + new URL(link).search);
  await expect(visitor.getByRole("heading", { name: "Choose a password" })).toBeVisible();
  await expect(visitor.getByLabel("Email")).toHaveValue(invitee.email);
  await expectNoSeriousA11yViolations(visitor);
  await visitor.getByLabel("Password", { exact: true }).fill("short");
  await visitor.getByLabel("Repeat the password").fill("short");
  await visitor.getByRole("button", { name: "Set password and sign in" }).click();
  await expect(visitor.getByText("Use at least 10 characters")).toBeVisible();
  await visitor.getByLabel("Password", { exact: true }).fill(invitee.password);
  await visitor.getByLabel("Repeat the password").fill("something-else-entirely");
  await visitor.getByRole("button", { name: "Set password and sign in" }).click();
  await expect(visitor.getByText("The passwords do not match")).toBeVisible();
  await visitor.getByLabel("Password", { exact: true }).fill(invitee.password);
  await visitor.getByLabel("Repeat the password").fill(invitee.password);
  await visitor.getByRole("button", { name: "Set password and sign in" }).click();
  await expect(visitor).toHaveURL(/\/$/);
  await expect(visitor.getByRole("banner")).toContainText(invitee.name);
  await expect(visitor.getByRole("banner")).toContainText("reviewer");

  // One time only, and the password works for signing in again later.
  await inviteeContext.clearCookies();
  await visitor.goto(new URL(link).pathname + new URL(link).search);
  await expect(visitor.getByText("This link has already been used")).toBeVisible();
  await expect(visitor.getByLabel("Password", { exact: true })).toHaveCount(0);
  await signInViaApi(visitor.request, invitee.email, invitee.password);

  await page.reload();
  await expect(rowOf(page, invitee.email)).toContainText("Active");
  await inviteeContext.close();
});

test("invitations through the API; a broken link is refused clearly", async ({
  page,
  playwright,
  baseURL,
}) => {
  const adminApi = await apiAs(playwright, baseURL, demoAdmin);
  const suffix = uniqueSuffix();
  const created = await adminApi.post("/api/admin/invitations", {
    data: { email: `api-${suffix}@example.test`, name: `Api Invitee ${suffix}`, role: "editor" },
  });
  expect(created.status()).toBe(201);
  const { user, link } = await created.json();
  expect(user).toMatchObject({
    email: `api-${suffix}@example.test`,
    role: "editor",
    active: true,
    invitationPending: true,
  });
  expect(link).toMatch(/^\/set-password\?token=fmpw_/);
  expect(
    (
      await adminApi.post("/api/admin/invitations", {
        data: { email: `api-${suffix}@example.test`, name: "Again", role: "editor" },
      })
    ).status(),
  ).toBe(409);
  expect(
    (
      await adminApi.post("/api/admin/invitations", {
        data: { email: `x-${suffix}@example.test`, name: "X", role: "owner" },
      })
    ).status(),
  ).toBe(422);
  expect(
    (
      await adminApi.post("/api/admin/invitations", {
        data: {
          email: `y-${suffix}@example.test`,
          name: "Y",
          role: "viewer",
          password: "not-accepted-here",
        },
      })
    ).status(),
  ).toBe(422);

  await page.goto(`${link}x`);
  await expect(page.getByText("This link is not valid")).toBeVisible();
  await page.goto("/set-password");
  await expect(page.getByText("This link is incomplete")).toBeVisible();
  await adminApi.dispose();
});

test("PATCH /api/admin/users/:id validates, answers 404 for unknown accounts, and refuses self-deactivation", async ({
  playwright,
  baseURL,
}) => {
  // A throw-away admin acts here, so nothing can ever lock out the demo admin.
  const admin = await createUser(playwright, baseURL, "admin", `Ad Hoc ${uniqueSuffix()}`);
  const adminApi = await apiAs(playwright, baseURL, admin);
  const target = await createUser(playwright, baseURL, "viewer");
  for (const data of [
    {},
    { role: "owner" },
    { active: "no" },
    { role: "editor", name: "New name" },
  ]) {
    const response = await adminApi.patch(`/api/admin/users/${target.id}`, { data });
    expect(response.status(), JSON.stringify(data)).toBe(422);
    expect((await response.json()).error.code).toBe("VALIDATION");
  }
  expect(
    (
      await adminApi.patch("/api/admin/users/no-such-account", { data: { role: "editor" } })
    ).status(),
  ).toBe(404);

  const self = await adminApi.patch(`/api/admin/users/${admin.id}`, { data: { active: false } });
  expect(self.status()).toBe(409);
  expect((await self.json()).error.message).toContain("your own account");
  expect((await adminApi.get("/api/admin/users")).status()).toBe(200);

  // Stepping down is fine while other admins remain (the demo admin does); the next request has it.
  const down = await adminApi.patch(`/api/admin/users/${admin.id}`, { data: { role: "editor" } });
  expect(down.status()).toBe(200);
  expect((await adminApi.get("/api/admin/users")).status()).toBe(403);
  await adminApi.dispose();
});

test("a non-admin gets 403 from the admin API and no admin page", async ({
  page,
  playwright,
  baseURL,
}) => {
  const editor = await createUser(playwright, baseURL, "editor");
  const target = await createUser(playwright, baseURL, "viewer");
  const editorApi = await apiAs(playwright, baseURL, editor);
  expect((await editorApi.get("/api/admin/users")).status()).toBe(403);
  const patch = await editorApi.patch(`/api/admin/users/${target.id}`, { data: { role: "admin" } });
  expect(patch.status()).toBe(403);
  expect((await patch.json()).error.code).toBe("FORBIDDEN");
  expect(
    (await editorApi.patch(`/api/admin/users/${editor.id}`, { data: { role: "admin" } })).status(),
  ).toBe(403);
  expect(
    (
      await editorApi.post("/api/admin/invitations", {
        data: { email: `e-${uniqueSuffix()}@example.test`, name: "E", role: "admin" },
      })
    ).status(),
  ).toBe(403);
  const anonymous = await playwright.request.newContext({ baseURL });
  expect(
    (await anonymous.patch(`/api/admin/users/${target.id}`, { data: { role: "admin" } })).status(),
  ).toBe(401);

  await signInPage(page, editor);
  await page.goto("/admin");
  await expect(page.getByRole("heading", { name: "People" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Admin" })).toHaveCount(0);
  expect((await page.request.get("/api/admin/users")).status()).toBe(403);
  await Promise.all([editorApi.dispose(), anonymous.dispose()]);
});
