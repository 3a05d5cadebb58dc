import type { LaunchOptions } from "@playwright/test";

/**
 * How the browser tests and the benchmark start Debian's Chromium (installed by .ci/run;
 * Playwright's own browser download is not reachable here): no sandbox for root, and
 * none of the browser's own network traffic (updates, sync, QUIC).
 */
export const CHROMIUM_LAUNCH: LaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
  ],
};
