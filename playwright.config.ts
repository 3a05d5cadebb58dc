import { defineConfig } from "@playwright/test";
import { CHROMIUM_LAUNCH } from "./tests/support/chromium";

const port = Number(process.env.E2E_PORT || 3210);

// Debian's Chromium, as tests/support/chromium.ts starts it.
export default defineConfig({
  testDir: "tests/e2e",
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [["list"]],
  use: {
    baseURL: `http://localhost:${port}`,
    locale: "id-ID",
    trace: "off",
    launchOptions: CHROMIUM_LAUNCH,
  },
  webServer: {
    command: "npx tsx scripts/serve.ts --demo",
    url: `http://localhost:${port}/masuk`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    env: { PORT: String(port) },
  },
});
