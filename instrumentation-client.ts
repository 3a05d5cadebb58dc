// Runs in the browser before the app's code (Next.js instrumentation-client).
import { config } from "zod/v4/core";

// Zod 4 probes `new Function` once to decide whether to compile parsers; under our
// CSP (no 'unsafe-eval') that probe is blocked and reported as a violation. Jitless
// skips the probe; client-side parsing is small, so the speed-up is not missed.
// `config` is the same setting as `z.config`, from zod's core alone: importing `z`
// here would put all of zod in every page's first load, pages with no form included.
config({ jitless: true });
