// Runs in the browser before the app's code (Next.js instrumentation-client).
import { z } from "zod";

// Zod 4 probes `new Function` once to decide whether to compile parsers; under our
// CSP (no 'unsafe-eval') that probe is blocked and reported as a violation. Jitless
// skips the probe; client-side parsing is small, so the speed-up is not missed.
z.config({ jitless: true });
