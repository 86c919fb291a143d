import { describe, expect, it } from "vitest";
import { isCrossSiteWrite } from "./same-origin";

const request = (method: string, headers: Record<string, string>) =>
  new Request("http://app.example/api/annotations/a1/restore", {
    method,
    headers: { host: "app.example", ...headers },
  });

describe("isCrossSiteWrite", () => {
  it.each([
    ["POST", { "sec-fetch-site": "cross-site" }],
    ["POST", { "sec-fetch-site": "same-site" }],
    ["DELETE", { "sec-fetch-site": "cross-site", origin: "http://app.example" }],
    ["PATCH", { origin: "https://evil.example" }],
    ["POST", { origin: "http://app.example.evil.example" }],
    ["POST", { origin: "null" }],
  ])("refuses %s with %j", (method, headers) => {
    expect(isCrossSiteWrite(request(method, headers))).toBe(true);
  });

  it.each([
    ["POST", { "sec-fetch-site": "same-origin" }],
    ["POST", { "sec-fetch-site": "none" }],
    ["POST", { origin: "http://app.example" }],
    ["POST", {}],
    ["GET", { "sec-fetch-site": "cross-site" }],
    ["HEAD", { origin: "https://evil.example" }],
  ])("lets %s with %j through", (method, headers) => {
    expect(isCrossSiteWrite(request(method, headers))).toBe(false);
  });

  it("compares with the host a trusted proxy forwarded", () => {
    expect(
      isCrossSiteWrite(
        request("POST", {
          origin: "https://factmark.example.org",
          "x-forwarded-host": "factmark.example.org",
        }),
      ),
    ).toBe(false);
  });
});
