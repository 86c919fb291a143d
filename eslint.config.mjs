import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    // The claim model is ~3.8 MB: suggestions are made on the server (GET /api/articles/:id/claims).
    files: ["components/**", "app/**/*.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/lib/claims", "@/lib/claims/*", "wink-nlp", "wink-eng-lite-web-model"],
              message: "The claim model stays on the server: fetch /api/articles/:id/claims.",
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
