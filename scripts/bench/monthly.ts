// The monthly reports' part of the benchmark (issue 16): two more pages for
// scripts/bench.ts to measure like the others, and the national DHIS2 export
// of one month, timed to the last byte with the web server's memory sampled
// while it streams. scripts/bench.ts takes `monthlyPages` and calls
// `timeNationalExport`; `npx tsx scripts/bench/monthly.ts` runs only these,
// on the national dataset (generated on first use under .data/bench-monthly).
import fs from "node:fs";
import { REPORT_MONTHS } from "../../lib/national-dataset/synthetic-sql";
import type { BenchPage } from "./pages";

export type MonthlyBenchTargets = { districtCode: string; provinceCode: string };

/** The completeness grid of the largest district, and the province comparison with its reporting completeness column. */
export function monthlyPages(bench: MonthlyBenchTargets): BenchPage[] {
  return [
    {
      name: "completeness grid (largest district, 6 months)",
      account: "planner",
      path: `/kabupaten/${bench.districtCode}/laporan-bulanan`,
      route: "/(app)/kabupaten/[code]/laporan-bulanan/page",
      targets: "other",
    },
    {
      name: "province comparison with reporting completeness",
      account: "province",
      path: `/provinsi/${bench.provinceCode}?urut=reportingCompleteness`,
      route: "/(app)/provinsi/[code]/page",
      targets: "other",
    },
  ];
}

/** The month the national export is timed on: the dataset's last month of reports. */
export const EXPORT_PERIOD = REPORT_MONTHS.last.slice(0, 7);

export type ExportTiming = {
  format: "json" | "csv";
  period: string;
  seconds: number;
  firstByteMs: number;
  megabytes: number;
  values: number;
  /** The web server's resident memory: before, the highest sampled while streaming, and its lifetime peak after. */
  rssBeforeMb: number;
  rssPeakDuringMb: number;
  vmHwmAfterMb: number;
};

function procMb(pid: number, field: "VmRSS" | "VmHWM"): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(status.match(new RegExp(`${field}:\\s+(\\d+) kB`))?.[1] ?? NaN) / 1024;
}

/**
 * Downloads the national DHIS2 export of `period` as the national account and
 * reads it to the end, counting values (lines), while sampling the web
 * server's RSS every 20 ms.
 */
export async function timeNationalExport(
  base: string,
  cookie: string,
  webPid: number,
  format: "json" | "csv",
  period = EXPORT_PERIOD,
): Promise<ExportTiming> {
  const rssBeforeMb = procMb(webPid, "VmRSS");
  let rssPeakDuringMb = rssBeforeMb;
  const sampler = setInterval(() => {
    rssPeakDuringMb = Math.max(rssPeakDuringMb, procMb(webPid, "VmRSS"));
  }, 20);
  const started = performance.now();
  try {
    const response = await fetch(`${base}/api/export/nasional/dhis2?periode=${period}&format=${format}`, {
      headers: { cookie },
    });
    if (response.status !== 200 || !response.body) throw new Error(`the national export answered ${response.status}`);
    const reader = response.body.getReader();
    let firstByteMs = NaN;
    let bytes = 0;
    let lines = 0;
    for (let next = await reader.read(); !next.done; next = await reader.read()) {
      if (Number.isNaN(firstByteMs)) firstByteMs = performance.now() - started;
      bytes += next.value.byteLength;
      for (const byte of next.value) if (byte === 10) lines += 1;
    }
    const seconds = (performance.now() - started) / 1000;
    // JSON: a head line, one line per value, the closing line; CSV: the header, one line per value.
    const values = format === "csv" ? lines - 1 : lines - 2;
    return {
      format,
      period,
      seconds,
      firstByteMs,
      megabytes: bytes / 1024 / 1024,
      values,
      rssBeforeMb,
      rssPeakDuringMb,
      vmHwmAfterMb: procMb(webPid, "VmHWM"),
    };
  } finally {
    clearInterval(sampler);
  }
}

/** One line per export timing, for the printed report. */
export function exportLine(timing: ExportTiming): string {
  return (
    `national DHIS2 export ${timing.period} (${timing.format}): ${timing.values.toLocaleString("en")} values, ` +
    `${timing.megabytes.toFixed(1)} MB in ${timing.seconds.toFixed(2)} s (first byte ${timing.firstByteMs.toFixed(0)} ms); ` +
    `web server RSS ${timing.rssBeforeMb.toFixed(0)} MB before, at most ${timing.rssPeakDuringMb.toFixed(0)} MB while streaming ` +
    `(lifetime peak ${timing.vmHwmAfterMb.toFixed(0)} MB)`
  );
}
