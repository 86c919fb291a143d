import { expect, test } from "@playwright/test";
import { signInViaApi } from "./support/auth";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { uniqueSuffix } from "./support/demo";

// Runs in its own Playwright project before anything else touches the database: the first
// account on an empty installation must become admin, later ones viewers.
test.describe.configure({ mode: "serial" });

const suffix = uniqueSuffix();
const admin = { email: `first-${suffix}@example.test`, password: "a-long-enough-password" };

test("the first account becomes admin; after it, self sign-up is closed until an admin opens it", async ({
  page,
  browser,
}) => {
  await page.goto("/signup");
  await expectNoSeriousA11yViolations(page);

  await page.getByLabel("Name").fill("First Person");
  await page.getByLabel("Email").fill(admin.email);
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Use at least 10 characters")).toBeVisible();
  // Nothing typed is lost on a refused submit (passwords excepted).
  await expect(page.getByLabel("Name")).toHaveValue("First Person");
  await expect(page.getByLabel("Email")).toHaveValue(admin.email);

  await page.getByLabel("Password").fill("password123");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("This password is too easy to guess")).toBeVisible();

  await page.getByLabel("Password").fill(admin.password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole("banner")).toContainText("First Person");
  await expect(page.getByRole("banner")).toContainText("admin");
  await expect(page.getByRole("link", { name: "Admin" })).toBeVisible();

  // A stranger cannot make an account on a new installation: invitations only, by default.
  const other = await browser.newContext();
  const visitor = await other.newPage();
  await visitor.goto("/signup");
  await expect(visitor.getByText("Self sign-up is turned off")).toBeVisible();
  await expect(visitor.getByRole("button", { name: "Create account" })).toHaveCount(0);
  await visitor.goto("/signin");
  await expect(visitor.getByRole("link", { name: "Create one" })).toHaveCount(0);
  await other.close();

  await page.goto("/admin");
  await expect(page.getByLabel(/Anyone may create an account/)).not.toBeChecked();
});

test("an admin opens self sign-up: the next account is a viewer; and closes it again", async ({
  page,
  browser,
}) => {
  await signInViaApi(page.request, admin.email, admin.password);
  await page.goto("/admin");
  const toggle = page.getByLabel(/Anyone may create an account/);
  await toggle.check();
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText("Self sign-up is on.")).toBeVisible();

  const other = await browser.newContext();
  const second = await other.newPage();
  await second.goto("/signup");
  await second.getByLabel("Name").fill("Second Person");
  await second.getByLabel("Email").fill(admin.email.toUpperCase());
  await second.getByLabel("Password").fill("another-long-password");
  await second.getByRole("button", { name: "Create account" }).click();
  await expect(second.getByText("An account with this email already exists")).toBeVisible();

  await second.getByLabel("Email").fill(`second-${suffix}@example.test`);
  await second.getByLabel("Password").fill("another-long-password");
  await second.getByRole("button", { name: "Create account" }).click();
  await expect(second).toHaveURL(/\/$/);
  await expect(second.getByRole("banner")).toContainText("viewer");
  await expect(second.getByRole("link", { name: "Admin" })).toHaveCount(0);
  await second.goto("/admin");
  await expect(second.getByRole("heading", { name: "Admin" })).toHaveCount(0);
  await other.close();

  await toggle.uncheck();
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText("Self sign-up is off.")).toBeVisible();
  const visitorContext = await browser.newContext();
  const visitor = await visitorContext.newPage();
  await visitor.goto("/signup");
  await expect(visitor.getByText("Self sign-up is turned off")).toBeVisible();
  await visitorContext.close();
});

test("an admin changes the team rules, with clear errors for bad values", async ({ page }) => {
  await signInViaApi(page.request, admin.email, admin.password);
  await page.goto("/admin");
  const agreements = page.getByLabel("Agreements that approve an annotation automatically");
  await expect(agreements).toHaveValue("2");
  await agreements.fill("-1");
  await page.getByRole("button", { name: "Save team rules" }).click();
  await expect(page.getByText("0 or more")).toBeVisible();
  await expect(agreements).toHaveValue("-1");
  await agreements.fill("3");
  await page.getByLabel(/Organisation name/).fill("Example Fact Desk");
  await page.getByRole("button", { name: "Save team rules" }).click();
  await expect(page.getByText("Team rules saved.")).toBeVisible();
  await page.reload();
  await expect(agreements).toHaveValue("3");
  await expect(page.getByLabel(/Organisation name/)).toHaveValue("Example Fact Desk");
  // Back to the default, which the other journeys expect.
  await agreements.fill("2");
  await page.getByRole("button", { name: "Save team rules" }).click();
  await expect(page.getByText("Team rules saved.")).toBeVisible();
});
