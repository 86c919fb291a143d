/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Native and server-only packages must stay outside the bundle.
  serverExternalPackages: ["better-sqlite3", "@node-rs/argon2", "pg", "playwright-core"],
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          // Older browsers' frame-ancestors; pages say frame-ancestors 'none' in their CSP (proxy.ts).
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
      {
        // Not on published reports (/r/…): their route sends no-referrer, so a reader following a
        // source from a public report tells no one where they came from; a header here would win.
        source: "/:path((?!r/).*)",
        headers: [{ key: "Referrer-Policy", value: "same-origin" }],
      },
      {
        // API answers are data (JSON, or an export opened by mistake in a tab): nothing in them may
        // load or run, nor be framed. Pages get their nonce policy from proxy.ts.
        source: "/api/:path*",
        headers: [
          { key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" },
        ],
      },
    ];
  },
};

module.exports = nextConfig;
