import { request as httpRequest } from "node:http";
import { expect, test } from "@playwright/test";
import { uniqueSuffix } from "./support/demo";

type Reply = {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
};

/** A request from a loopback address other than the runner's, so the server does not trust it as a proxy. */
function send(
  baseURL: string,
  localAddress: string,
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Reply> {
  const url = new URL(path, baseURL);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname + url.search,
        method: options.method ?? "GET",
        headers: options.headers,
        localAddress,
      },
      (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (chunk) => (body += chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on("error", reject);
    req.end(options.body);
  });
}

const cookiesOf = (reply: Reply) =>
  ((reply.headers["set-cookie"] as string[] | undefined) ?? [])
    .map((cookie) => cookie.split(";")[0])
    .join("; ");

test("a client's own X-Forwarded-For does not give it a fresh address for the sign-in limit", async ({
  baseURL,
}) => {
  // A random loopback address per run, so a retry starts with a clean limit.
  const from = `127.${10 + Math.floor(Math.random() * 200)}.${Math.floor(Math.random() * 250)}.${2 + Math.floor(Math.random() * 250)}`;
  const csrf = await send(baseURL!, from, "/api/auth/csrf");
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const cookie = cookiesOf(csrf);
  const outcomes: string[] = [];
  for (let i = 0; i < 11; i++) {
    // A different account and a different claimed address each time: only the real address is shared.
    const body = new URLSearchParams({
      email: `spray-${i}-${uniqueSuffix()}@example.test`,
      password: "not-the-password",
      csrfToken,
      callbackUrl: "/",
    }).toString();
    const reply = await send(baseURL!, from, "/api/auth/callback/credentials", {
      method: "POST",
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        cookie,
        "x-forwarded-for": `198.51.100.${i + 1}`,
        "x-real-ip": `203.0.113.${i + 1}`,
      },
      body,
    });
    expect(reply.status).toBe(302);
    const location = String(reply.headers.location ?? "");
    outcomes.push(new URL(location, baseURL).searchParams.get("code") ?? "none");
  }
  expect(outcomes.slice(0, 10)).toEqual(Array(10).fill("credentials"));
  expect(outcomes[10]).toBe("rate_limited");
});
