// `npm start`: serves the production build. A thin layer over Next's request handler that decides
// who the client is (see lib/client-address.mjs) before Next sees the request: Next itself keeps
// any X-Forwarded-For a client sends, which would let anyone choose their address for the
// sign-in limits. Flags as `next start`: -p/--port, -H/--hostname (or PORT, HOSTNAME).
import { createServer } from "node:http";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { clientAddress, parseTrustedProxies } from "./lib/client-address.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const FORWARDING_HEADERS = [
  "x-forwarded-for",
  "x-forwarded-host",
  "x-forwarded-proto",
  "x-forwarded-port",
  "x-real-ip",
  "forwarded",
];

function option(names, fallback) {
  const args = process.argv.slice(2);
  const index = args.findIndex((arg) => names.includes(arg));
  return index >= 0 && args[index + 1] ? args[index + 1] : fallback;
}

const port = Number(option(["-p", "--port"], process.env.PORT || 3000));
const hostname = option(["-H", "--hostname"], process.env.HOSTNAME || "0.0.0.0");
const trusted = parseTrustedProxies(process.env.TRUSTED_PROXIES);
// A wrong public address would be written into every export and published link: refuse to start.
const publicUrl = process.env.APP_URL?.trim();
if (publicUrl && !/^https?:\/\/[^/?#@\s]+(\/[^?#\s]*)?$/.test(publicUrl)) {
  console.error(
    `APP_URL must be an absolute http(s) URL such as https://factcheck.example.org (got ${JSON.stringify(publicUrl)})`,
  );
  process.exit(1);
}

// As `next start` does: React and Next pick their production builds by NODE_ENV, read when loaded.
process.env.NODE_ENV = "production";
const { default: next } = await import("next");
const app = next({ dev: false, dir: root, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((request, response) => {
  const peerIsProxy = trusted.isTrusted(request.socket.remoteAddress);
  const client = clientAddress(
    request.socket.remoteAddress,
    request.headers["x-forwarded-for"],
    trusted,
  );
  // From anyone but a trusted proxy these headers are the client's own claims: drop them all, so
  // Next fills in host and protocol from the socket as it does without a proxy.
  if (!peerIsProxy) for (const name of FORWARDING_HEADERS) delete request.headers[name];
  request.headers["x-forwarded-for"] = client;
  handle(request, response);
});
// Idle keep-alive connections outlive a load balancer's (often 60 s), so the server never closes
// one just as a proxy or client sends on it (which they see as ECONNRESET).
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;
server.listen(port, hostname, () => {
  console.log(
    `Factmark on http://${hostname === "0.0.0.0" ? "localhost" : hostname}:${port}${trusted.isEmpty ? "" : " (trusting forwarded headers from TRUSTED_PROXIES)"}`,
  );
});

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 5000).unref();
  });
}
