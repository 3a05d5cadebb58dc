"use client";

import dynamic from "next/dynamic";

/**
 * The comparison charts, loaded after the page and drawn in the browser only. Recharts is
 * the largest part of the page's JavaScript and draws nothing on the server (it needs the
 * box's width); the charts' data tables sit in closed <details>, so rendering them on the
 * server for every request was work nobody saw. The box holds the charts' height meanwhile.
 */
export const LazyComparisonCharts = dynamic(
  () => import("./comparison-charts").then((loaded) => loaded.ComparisonCharts),
  {
    ssr: false,
    loading: () => <div className="min-h-[36rem] rounded border border-dashed border-slate-200" aria-hidden="true" />,
  },
);
