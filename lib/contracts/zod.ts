import { z } from "zod/mini";

// Pages run under a CSP without 'unsafe-eval' (lib/http/content-security-policy.ts). zod compiles
// object parsers with `new Function` unless told not to, and merely probing for it is reported as
// a violation: so in the browser, before any schema here is built, it is told not to. The server
// keeps the compiled parsers.
if (typeof window !== "undefined") z.config({ jitless: true });

/** zod/mini, configured for the browser: contracts build their schemas from this one. */
export { z };
