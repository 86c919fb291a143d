import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

// The claim model is ~3.8 MB: suggestions are made on the server (GET /api/articles/:id/claims).
const claimModel = {
  group: ["@/lib/claims", "@/lib/claims/*", "wink-nlp", "wink-eng-lite-web-model"],
  message: "The claim model stays on the server: fetch /api/articles/:id/claims.",
};

// Components get data as props or through their typed client; the shapes are lib/contracts'.
const dataLayer = {
  group: ["@/lib/data", "@/lib/data/**"],
  message: "Components never import the data layer: take the type from @/lib/contracts.",
};

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    files: ["app/**/*.tsx"],
    rules: { "no-restricted-imports": ["error", { patterns: [claimModel] }] },
  },
  {
    files: ["components/**"],
    rules: { "no-restricted-imports": ["error", { patterns: [claimModel, dataLayer] }] },
  },
  {
    // Client components import the contracts: nothing here may reach the database or the server.
    files: ["lib/contracts/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: [
                "server-only",
                "@/lib/db",
                "@/lib/data",
                "@/lib/data/**",
                "@/lib/generated/*",
              ],
              message: "lib/contracts is imported by the browser: no server-only code or Prisma.",
            },
          ],
        },
      ],
    },
  },
  {
    ignores: [
      "lib/generated/**",
      ".next/**",
      "data/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
    ],
  },
];
export default config;
