import http from "node:http";
import https from "node:https";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { allowAddressesForTests } from "./address-policy";
import { SafeFetchError, type SafeFetchErrorCode } from "./fetch-errors";
import type { Lookup } from "./fetch-target";
import { safeFetch, type SafeFetchOptions } from "./safe-fetch";
import { TEST_TLS_CERT, TEST_TLS_KEY } from "./test-tls-fixture";

const TEXT_TYPES = ["text/html", "application/xhtml+xml", "text/plain", "text/markdown"];
const LOCAL_ONLY = allowAddressesForTests(["127.0.0.1"]);

type Handler = (request: http.IncomingMessage, response: http.ServerResponse) => void;
const routes = new Map<string, Handler>();
const seenHosts: string[] = [];
let origin: http.Server;
let base: string;
let port: number;

const page =
  (type: string, body: string | Buffer): Handler =>
  (_request, response) => {
    response.writeHead(200, { "content-type": type }).end(body);
  };
const redirectTo =
  (location: string, status = 302): Handler =>
  (_request, response) => {
    response.writeHead(status, { location }).end();
  };
const endless =
  (headers: http.OutgoingHttpHeaders): Handler =>
  (_request, response) => {
    response.writeHead(200, headers);
    const chunk = Buffer.alloc(64 * 1024, "a");
    const timer = setInterval(() => response.write(chunk), 5);
    response.on("close", () => clearInterval(timer));
  };
const hang: Handler = () => {};

function listen(server: http.Server, host: string): Promise<number> {
  return new Promise((resolve) =>
    server.listen(0, host, () => resolve((server.address() as AddressInfo).port)),
  );
}

beforeAll(async () => {
  origin = http.createServer((request, response) => {
    seenHosts.push(request.headers.host ?? "");
    const handler = routes.get(new URL(request.url ?? "/", "http://x").pathname);
    if (handler) handler(request, response);
    else response.writeHead(404, { "content-type": "text/plain" }).end("not here");
  });
  port = await listen(origin, "127.0.0.1");
  base = `http://127.0.0.1:${port}`;

  routes.set("/page", page("text/html; charset=utf-8", "<p>Grüße aus Köln</p>"));
  routes.set(
    "/latin",
    page("text/plain; charset=windows-1252", Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x80])),
  );
  routes.set(
    "/meta",
    page("text/html", Buffer.from('<meta charset="iso-8859-1"><p>na\xefve</p>', "latin1")),
  );
  routes.set("/json", page("application/json", "{}"));
  routes.set("/untyped", (_request, response) => response.end("who knows"));
  routes.set("/gzip", (_request, response) => {
    response
      .writeHead(200, { "content-type": "text/plain", "content-encoding": "gzip" })
      .end(gzipSync("unpacked text"));
  });
  const packed = gzipSync(Buffer.alloc(20_000_000));
  routes.set("/bomb", (_request, response) => {
    response.writeHead(200, {
      "content-type": "text/plain",
      "content-encoding": "gzip",
      "content-length": packed.length,
    });
    response.end(packed);
  });
  routes.set("/declared-large", (_request, response) => {
    response.writeHead(200, { "content-type": "text/plain", "content-length": 2_000_000 });
    response.write("a");
  });
  routes.set("/chunked-large", endless({ "content-type": "text/plain" }));
  routes.set("/r1", redirectTo("/r2", 301));
  routes.set("/r2", redirectTo(`${base}/r3`, 307));
  routes.set("/r3", redirectTo("page?from=r3", 303));
  routes.set("/to-metadata", redirectTo("http://169.254.169.254/latest/meta-data/"));
  routes.set("/to-internal-name", redirectTo("http://internal.test/admin"));
  routes.set("/to-file", redirectTo("file:///etc/passwd"));
  routes.set("/no-location", (_request, response) => response.writeHead(302).end());
  routes.set("/chain", (request, response) => {
    const left = Number(new URL(request.url ?? "", base).searchParams.get("left"));
    response.writeHead(302, { location: left > 0 ? `/chain?left=${left - 1}` : "/page" }).end();
  });
  routes.set("/gone", (_request, response) =>
    response.writeHead(410, { "content-type": "text/html" }).end("gone"),
  );
  routes.set("/hang", hang);
  routes.set("/trickle", endless({ "content-type": "text/plain" }));
});

afterAll(() => {
  origin.closeAllConnections();
  origin.close();
});

afterEach(() => {
  vi.restoreAllMocks();
  seenHosts.length = 0;
});

const fetchLocal = (path: string, options: Partial<SafeFetchOptions> = {}) =>
  safeFetch(path.startsWith("http") ? path : `${base}${path}`, {
    contentTypes: TEXT_TYPES,
    addressPolicy: LOCAL_ONLY,
    ...options,
  });

async function failure(promise: Promise<unknown>): Promise<SafeFetchError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(SafeFetchError);
  return error as SafeFetchError;
}

async function expectCode(promise: Promise<unknown>, code: SafeFetchErrorCode) {
  const error = await failure(promise);
  expect(error.code).toBe(code);
  expect(error.message.length).toBeGreaterThan(0);
  return error;
}

/** The hosts node:http was asked to connect to during a test. */
function spyOnConnections() {
  const spy = vi.spyOn(http, "request");
  return () => spy.mock.calls.map(([options]) => (options as http.RequestOptions).host);
}

describe("safeFetch: pages", () => {
  it("fetches a page and decodes it as the declared UTF-8", async () => {
    const result = await fetchLocal("/page");
    expect(result).toMatchObject({
      finalUrl: `${base}/page`,
      status: 200,
      contentType: "text/html",
      charset: "utf-8",
      body: "<p>Grüße aus Köln</p>",
      redirects: [],
    });
    expect(result.bytes.equals(Buffer.from("<p>Grüße aus Köln</p>"))).toBe(true);
    expect(result.fetchedAt).toBeInstanceOf(Date);
  });

  it("decodes a declared legacy charset", async () => {
    const result = await fetchLocal("/latin");
    expect(result.charset).toBe("windows-1252");
    expect(result.body).toBe("café €");
  });

  it("uses an HTML page's <meta charset> when the header names none", async () => {
    const result = await fetchLocal("/meta");
    expect(result.body).toContain("naïve");
  });

  it("unpacks a gzip body", async () => {
    expect((await fetchLocal("/gzip")).body).toBe("unpacked text");
  });
});

describe("safeFetch: redirects", () => {
  it("follows a chain of relative and absolute redirects and reports each hop", async () => {
    const result = await fetchLocal("/r1");
    expect(result.redirects).toEqual([`${base}/r2`, `${base}/r3`, `${base}/page?from=r3`]);
    expect(result.finalUrl).toBe(`${base}/page?from=r3`);
    expect(result.body).toContain("Grüße");
  });

  it("follows five redirects but not six", async () => {
    expect((await fetchLocal("/chain?left=4")).redirects).toHaveLength(5);
    await expectCode(fetchLocal("/chain?left=5"), "TOO_MANY_REDIRECTS");
    await expectCode(fetchLocal("/chain?left=1", { maxRedirects: 1 }), "TOO_MANY_REDIRECTS");
  });

  it("refuses a redirect to the cloud metadata address without connecting to it", async () => {
    const connections = spyOnConnections();
    await expectCode(fetchLocal("/to-metadata"), "BLOCKED_ADDRESS");
    expect(connections()).toEqual(["127.0.0.1"]);
  });

  it("refuses a redirect to [::1] without connecting, though a server listens there", async () => {
    let connectionCount = 0;
    const loopback6 = http.createServer((_request, response) => response.end("secret"));
    loopback6.on("connection", () => connectionCount++);
    const port6 = await listen(loopback6, "::1");
    routes.set("/to-ipv6-loopback", redirectTo(`http://[::1]:${port6}/`));
    try {
      await expectCode(fetchLocal("/to-ipv6-loopback"), "BLOCKED_ADDRESS");
      expect(connectionCount).toBe(0);
    } finally {
      loopback6.close();
    }
  });

  it("re-resolves a redirect's host and refuses it when it resolves to a private address", async () => {
    const lookup = vi.fn<Lookup>(async () => [{ address: "10.0.0.7", family: 4 }]);
    const connections = spyOnConnections();
    await expectCode(fetchLocal("/to-internal-name", { lookup }), "BLOCKED_ADDRESS");
    expect(lookup).toHaveBeenCalledWith("internal.test");
    expect(connections()).toEqual(["127.0.0.1"]);
  });

  it("refuses a redirect to another scheme and one without a Location", async () => {
    await expectCode(fetchLocal("/to-file"), "BAD_URL");
    expect((await expectCode(fetchLocal("/no-location"), "HTTP_ERROR")).status).toBe(302);
  });
});

describe("safeFetch: caps", () => {
  it("refuses a body whose Content-Length is over the cap before reading it", async () => {
    await expectCode(fetchLocal("/declared-large", { maxBytes: 1_000_000 }), "TOO_LARGE");
  });

  it("stops reading a chunked body once it passes the cap", async () => {
    await expectCode(fetchLocal("/chunked-large", { maxBytes: 300_000 }), "TOO_LARGE");
  });

  it("caps the decompressed size of a gzip bomb", async () => {
    await expectCode(fetchLocal("/bomb", { maxBytes: 1_000_000 }), "TOO_LARGE");
  });

  it("times out on a server that never answers", async () => {
    await expectCode(fetchLocal("/hang", { timeoutMs: 300 }), "TIMEOUT");
    await expectCode(fetchLocal("/hang", { headersTimeoutMs: 300 }), "TIMEOUT");
  });

  it("times out on a body that never ends, even under the size cap", async () => {
    await expectCode(
      fetchLocal("/trickle", { timeoutMs: 300, maxBytes: Number.MAX_SAFE_INTEGER }),
      "TIMEOUT",
    );
  });

  it("refuses content types the caller did not ask for, and a missing one", async () => {
    await expectCode(fetchLocal("/json"), "BAD_CONTENT_TYPE");
    await expectCode(fetchLocal("/untyped"), "BAD_CONTENT_TYPE");
    expect((await fetchLocal("/json", { contentTypes: ["application/json"] })).body).toBe("{}");
  });

  it("reports a non-2xx answer with its status", async () => {
    const error = await expectCode(fetchLocal("/gone"), "HTTP_ERROR");
    expect(error.status).toBe(410);
  });

  it("stops when the caller aborts", async () => {
    const controller = new AbortController();
    routes.set("/hang-and-tell", () => controller.abort());
    await expectCode(fetchLocal("/hang-and-tell", { signal: controller.signal }), "ABORTED");
    await expectCode(fetchLocal("/page", { signal: AbortSignal.abort() }), "ABORTED");
  });
});

describe("safeFetch: URLs and addresses", () => {
  it.each([
    ["credentials", () => `http://user:pass@127.0.0.1:${port}/page`],
    ["a user name alone", () => `http://user@127.0.0.1:${port}/page`],
    ["file:", () => "file:///etc/passwd"],
    ["ftp:", () => "ftp://example.com/"],
    ["javascript:", () => "javascript:alert(1)"],
    ["data:", () => "data:text/html,hi"],
    ["no URL at all", () => "not a url"],
    ["port 0", () => "http://example.com:0/"],
    ["a very long URL", () => `${base}/page?q=${"a".repeat(2000)}`],
  ])("refuses %s as BAD_URL without connecting", async (_what, url) => {
    const connections = spyOnConnections();
    await expectCode(fetchLocal(url()), "BAD_URL");
    expect(connections()).toEqual([]);
  });

  it("refuses the local server when the caller passes no test allowance", async () => {
    const connections = spyOnConnections();
    await expectCode(safeFetch(`${base}/page`, { contentTypes: TEXT_TYPES }), "BLOCKED_ADDRESS");
    await expectCode(
      safeFetch(`http://localhost:${port}/page`, { contentTypes: TEXT_TYPES }),
      "BLOCKED_ADDRESS",
    );
    await expectCode(
      safeFetch(`http://2130706433:${port}/page`, { contentTypes: TEXT_TYPES }),
      "BLOCKED_ADDRESS",
    );
    expect(connections()).toEqual([]);
  });

  it("connects to the address it checked, sending the original host name", async () => {
    const lookup = vi.fn<Lookup>(async () => [{ address: "127.0.0.1", family: 4 }]);
    const result = await fetchLocal(`http://news.test:${port}/page`, { lookup });
    expect(result.body).toContain("Grüße");
    expect(seenHosts).toEqual([`news.test:${port}`]);
    expect(lookup).toHaveBeenCalledTimes(1);
  });

  it("resolves once, so a rebinding DNS answer after the check is never used", async () => {
    const answers = [
      [{ address: "127.0.0.1", family: 4 as const }],
      [{ address: "10.0.0.1", family: 4 as const }],
    ];
    const lookup = vi.fn<Lookup>(async () => answers.shift() ?? []);
    const result = await fetchLocal(`http://rebind.test:${port}/page`, { lookup });
    expect(result.status).toBe(200);
    expect(lookup).toHaveBeenCalledTimes(1);
  });

  it.each([
    ["a private address", ["192.168.0.10"]],
    ["a mix of public and private addresses", ["93.184.216.34", "10.0.0.1"]],
    ["a public and an IPv6 loopback address", ["2606:4700:4700::1111", "::1"]],
    ["the allowed address and a private one", ["127.0.0.1", "172.16.5.4"]],
  ])("refuses a host name resolving to %s without connecting", async (_what, addresses) => {
    const lookup: Lookup = async () =>
      addresses.map((address) => ({ address, family: address.includes(":") ? 6 : 4 }));
    const connections = spyOnConnections();
    await expectCode(fetchLocal(`http://mixed.test:${port}/page`, { lookup }), "BLOCKED_ADDRESS");
    expect(connections()).toEqual([]);
  });

  it("reports a host that does not resolve, or a port nobody listens on, as UNREACHABLE", async () => {
    const lookup: Lookup = async () => {
      throw Object.assign(new Error("getaddrinfo ENOTFOUND"), { code: "ENOTFOUND" });
    };
    await expectCode(fetchLocal("http://nowhere.test/", { lookup }), "UNREACHABLE");
    const closed = http.createServer();
    const closedPort = await listen(closed, "127.0.0.1");
    await new Promise((resolve) => closed.close(resolve));
    await expectCode(fetchLocal(`http://127.0.0.1:${closedPort}/`), "UNREACHABLE");
  });

  it("speaks TLS to the checked address with the URL's host name, and verifies the certificate", async () => {
    const serverNames: string[] = [];
    const tlsOrigin = https.createServer({
      key: TEST_TLS_KEY,
      cert: TEST_TLS_CERT,
      SNICallback: (name, callback) => {
        serverNames.push(name);
        callback(null);
      },
    });
    const tlsPort = await listen(tlsOrigin, "127.0.0.1");
    try {
      const lookup: Lookup = async () => [{ address: "127.0.0.1", family: 4 }];
      const error = await expectCode(
        fetchLocal(`https://news.test:${tlsPort}/`, { lookup }),
        "UNREACHABLE",
      );
      expect(error.message).toMatch(/certificate/);
      expect(serverNames).toEqual(["news.test"]);
    } finally {
      tlsOrigin.closeAllConnections();
      tlsOrigin.close();
    }
  });
});
