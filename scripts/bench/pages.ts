import type { BenchTargets } from "../../lib/national-dataset/generate";

export type Account = keyof BenchTargets["accounts"];

/**
 * One page the benchmark measures. Every page is timed with 1 and 20 users, uncached
 * (the figures cache off), and for its bytes on the wire; the flags add the rest.
 * Another bench file adds its own entries to the list `pagesFor` returns (bench.ts).
 */
export type BenchPage = {
  name: string;
  account: Account;
  path: string;
  /** The app route, as Next's client reference manifests name it (first-load JavaScript). */
  route: string;
  /** Replay the page's SQL bare (the dashboards). */
  bareSql?: boolean;
  /** Also measured at 20 users while a background writer churns the caches. */
  churn?: boolean;
  /** The page is the as-of view (?per=) of the page of this name. */
  asOfOf?: string;
  /** Timed after a write (a fresh instance on the stored figures): in its district, its province, or anywhere. */
  afterWrite?: "district" | "province" | "nation";
  /** The targets of the issue this page is held to (scripts/bench/targets.ts). */
  targets?: "national" | "district" | "other";
};

/** A date one year before today (UTC date; the as-of views hold it to the district's own today). */
export function oneYearBack(now = new Date()): string {
  const date = new Date(Date.UTC(now.getUTCFullYear() - 1, now.getUTCMonth(), now.getUTCDate()));
  return date.toISOString().slice(0, 10);
}

export function pagesFor(bench: BenchTargets): BenchPage[] {
  const district: BenchPage = {
    name: "district dashboard (largest district)",
    account: "planner",
    path: `/kabupaten/${bench.districtCode}`,
    route: "/(app)/kabupaten/[code]/page",
    bareSql: true,
    churn: true,
    afterWrite: "district",
    targets: "district",
  };
  const national: BenchPage = {
    name: "national comparison",
    account: "national",
    path: "/nasional",
    route: "/(app)/nasional/page",
    bareSql: true,
    churn: true,
    afterWrite: "nation",
    targets: "national",
  };
  const yearAgo = oneYearBack();
  return [
    district,
    {
      name: "province comparison (largest province)",
      account: "province",
      path: `/provinsi/${bench.provinceCode}`,
      route: "/(app)/provinsi/[code]/page",
      bareSql: true,
      churn: true,
      afterWrite: "province",
      targets: "other",
    },
    national,
    {
      name: "cluster board (80 staff)",
      account: "head",
      path: `/puskesmas/${bench.puskesmasId}/klaster`,
      route: "/(app)/puskesmas/[id]/klaster/(papan)/page",
      targets: "other",
    },
    {
      name: "facility list, posyandu filtered by stage",
      account: "planner",
      path: `/kabupaten/${bench.districtCode}/fasilitas?jenis=POSYANDU&tahap=BELUM&urut=kecamatan`,
      route: "/(app)/kabupaten/[code]/fasilitas/page",
      targets: "other",
    },
    {
      name: "puskesmas page (80 staff)",
      account: "head",
      path: `/puskesmas/${bench.puskesmasId}`,
      route: "/(app)/puskesmas/[id]/(ringkasan)/page",
      targets: "other",
    },
    {
      ...district,
      name: `${district.name} as of ${yearAgo}`,
      path: `${district.path}?per=${yearAgo}`,
      asOfOf: district.name,
      churn: false,
      bareSql: false,
      targets: undefined,
    },
    {
      ...national,
      name: `${national.name} as of ${yearAgo}`,
      path: `${national.path}?per=${yearAgo}`,
      asOfOf: national.name,
      churn: false,
      bareSql: false,
      targets: undefined,
    },
  ];
}
