import { describe, expect, it } from "vitest";
import { createNonce, pageContentSecurityPolicy } from "./content-security-policy";

const directives = (policy: string) =>
  new Map(policy.split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1)]));

describe("pageContentSecurityPolicy", () => {
  it("lets scripts run only from our bundles and with this request's nonce", () => {
    const policy = directives(pageContentSecurityPolicy("abc123==", {}));
    expect(policy.get("script-src")).toEqual(["'self'", "'nonce-abc123=='", "'strict-dynamic'"]);
    expect(policy.get("style-src")).toEqual(["'self'", "'nonce-abc123=='"]);
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("form-action")).toEqual(["'self'"]);
    expect([...policy.values()].flat()).not.toContain("'unsafe-eval'");
    expect(policy.get("script-src")).not.toContain("'unsafe-inline'");
  });

  it("lets a form's redirect reach the OIDC provider, and development evaluate code", () => {
    const policy = directives(
      pageContentSecurityPolicy("n", {
        AUTH_OIDC_ISSUER: "https://sso.example.org/realms/news",
        NODE_ENV: "development",
      }),
    );
    expect(policy.get("form-action")).toEqual(["'self'", "https://sso.example.org"]);
    expect(policy.get("script-src")).toContain("'unsafe-eval'");
  });
});

describe("createNonce", () => {
  it("is 128 random bits, fresh each time, in the characters a nonce-source allows", () => {
    const nonces = new Set(Array.from({ length: 50 }, createNonce));
    expect(nonces.size).toBe(50);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});
