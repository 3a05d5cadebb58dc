import { chromium } from "@playwright/test";
import { CHROMIUM_LAUNCH } from "../../tests/support/chromium";

/** The emulated connection of a puskesmas on a poor line (issue 17): 1.6 Mbps down, 750 kbps up, 300 ms round trip. */
export const POOR_CONNECTION = { downloadKbps: 1600, uploadKbps: 750, latencyMs: 300, cpuSlowdown: 4 };

/**
 * Largest Contentful Paint of `url` in Debian's Chromium, signed in with `cookie`,
 * on the emulated connection with the CPU slowed down (Chrome DevTools Protocol:
 * Network.emulateNetworkConditions, Emulation.setCPUThrottlingRate). Each run is a
 * fresh browser context, so nothing is cached, as on a first visit. LCP is read with
 * a buffered PerformanceObserver once the page has loaded. Returns each run's LCP in ms.
 */
export async function largestContentfulPaint(base: string, path: string, cookie: string, runs = 3): Promise<number[]> {
  const browser = await chromium.launch(CHROMIUM_LAUNCH);
  const [name, value] = cookie.split(/=(.*)/s) as [string, string];
  const times: number[] = [];
  try {
    for (let run = 0; run < runs; run += 1) {
      const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: "id-ID" });
      await context.addCookies([{ name, value, url: base }]);
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send("Network.enable");
      await cdp.send("Network.emulateNetworkConditions", {
        offline: false,
        latency: POOR_CONNECTION.latencyMs,
        downloadThroughput: (POOR_CONNECTION.downloadKbps * 1000) / 8,
        uploadThroughput: (POOR_CONNECTION.uploadKbps * 1000) / 8,
      });
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: POOR_CONNECTION.cpuSlowdown });
      const response = await page.goto(base + path, { waitUntil: "load", timeout: 120_000 });
      if (response?.status() !== 200) throw new Error(`${path} answered ${response?.status()} in Chromium`);
      const lcp = await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            let latest = NaN;
            new PerformanceObserver((list) => {
              for (const entry of list.getEntries()) latest = entry.startTime;
            }).observe({ type: "largest-contentful-paint", buffered: true });
            // The buffered entries arrive in the observer's first callback; give it a moment.
            setTimeout(() => resolve(latest), 1000);
          }),
      );
      times.push(lcp);
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return times;
}
