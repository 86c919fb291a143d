import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

// Best-practice rules (not WCAG, so "moderate" at most) that a screen reader user feels: two
// regions with one name cannot be told apart in the landmarks list.
const LANDMARK_RULES = [
  "landmark-unique",
  "landmark-no-duplicate-banner",
  "landmark-no-duplicate-contentinfo",
  "landmark-no-duplicate-main",
  "landmark-one-main",
];

/** Fails on serious or critical WCAG 2.x A/AA violations, and on any landmark that is not unique, listing them. */
export async function expectNoSeriousA11yViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  const landmarks = await new AxeBuilder({ page }).withRules(LANDMARK_RULES).analyze();
  const serious = [
    ...results.violations.filter((v) => v.impact === "serious" || v.impact === "critical"),
    ...landmarks.violations,
  ];
  expect(
    serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`),
  ).toEqual([]);
}
