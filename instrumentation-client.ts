import { z } from "zod";

// Runs before any of the app's browser code. Zod compiles object parsers with `new Function` when
// eval is allowed, and probes for it once; our CSP forbids eval (proxy.ts), so the probe would
// only be reported as a CSP violation before falling back. Without the JIT there is no probe.
z.config({ jitless: true });
