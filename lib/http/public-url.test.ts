import { describe, expect, it } from "vitest";
import { configuredBaseUrl, publicBaseUrl } from "./public-url";

const request = (headers: Record<string, string> = {}) =>
  new Request("http://127.0.0.1:3000/api/articles/a1/export?format=jsonld", {
    headers: { host: "127.0.0.1:3000", ...headers },
  });

describe("publicBaseUrl", () => {
  it("uses APP_URL, then AUTH_URL, over anything a request says", () => {
    const forwarded = request({
      "x-forwarded-host": "proxy.example",
      "x-forwarded-proto": "https",
    });
    expect(publicBaseUrl(forwarded, { APP_URL: "https://factcheck.example.org/" })).toBe(
      "https://factcheck.example.org",
    );
    expect(publicBaseUrl(forwarded, { APP_URL: "https://example.org/factmark/" })).toBe(
      "https://example.org/factmark",
    );
    expect(publicBaseUrl(forwarded, { AUTH_URL: "https://auth.example.org/api/auth" })).toBe(
      "https://auth.example.org",
    );
    expect(
      publicBaseUrl(forwarded, {
        APP_URL: "https://app.example.org",
        AUTH_URL: "https://other.example.org",
      }),
    ).toBe("https://app.example.org");
  });

  it("otherwise follows the trusted proxy's host and scheme, then the request's own", () => {
    expect(
      publicBaseUrl(
        request({
          "x-forwarded-host": "news.example, inner.example",
          "x-forwarded-proto": "https",
        }),
        {},
      ),
    ).toBe("https://news.example");
    expect(publicBaseUrl(request({ "x-forwarded-proto": "gopher" }), {})).toBe(
      "http://127.0.0.1:3000",
    );
    expect(publicBaseUrl(request(), {})).toBe("http://127.0.0.1:3000");
  });

  it("refuses a malformed setting loudly instead of writing wrong links", () => {
    for (const bad of [
      "factcheck.example.org",
      "ftp://example.org",
      "https://user:pw@example.org",
      "https://example.org/?x=1",
    ]) {
      expect(() => configuredBaseUrl({ APP_URL: bad }), bad).toThrow(/APP_URL must be/);
    }
    expect(configuredBaseUrl({ APP_URL: "  " })).toBeNull();
  });
});
