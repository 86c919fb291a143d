import type { Metadata } from "next";
import { connection } from "next/server";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Factmark", template: "%s · Factmark" },
  description:
    "Fact-check annotation: mark claims in articles as sourced, disputed or unverified, with evidence.",
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page renders per request: its inline scripts carry that request's CSP nonce (proxy.ts),
  // which a page prerendered at build time could not know, so its scripts would be refused.
  await connection();
  return (
    <html lang="en">
      <body className="min-h-screen font-sans">{children}</body>
    </html>
  );
}
