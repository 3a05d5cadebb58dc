// The facts of the source articles (shared/seeds), as data. Every figure here
// is quoted from an article; anything not stated there is marked illustrative.
import type { ActivityType, FigureMetric, IlpStage, Role, TargetKind } from "@/lib/generated/prisma/enums";

export const DEMO_DISTRICT_CODES = ["17.02", "33.19", "36.01", "61.03"] as const;

export const SOURCES = {
  rejangLebongSosialisasi: "Media Center Rejang Lebong, sosialisasi ILP 30 Juli 2024",
  rejangLebongTarget: "koranrb.id: Dinkes Rejang Lebong Targetkan Penerapan ILP di 21 Puskesmas Tahun 2025",
  kudus: "Joglo Jateng, 26 November 2024: Dinkes: ILP di Kudus ...",
  pandeglang: "kjbnusantara.id, 14 Juli 2025: UPT Puskesmas Cadasari",
  sanggau: "zonakalbar.id, Desember 2024: Dinkes Sanggau Targetkan Seluruh Puskesmas Terapkan ILP",
} as const;

export type StageFact = { puskesmasCode: string; stage: IlpStage; date: string; note: string; source: string };

export const STAGE_FACTS: StageFact[] = [
  {
    puskesmasCode: "1011912", // Puskesmas Sumber Urip ("Sumber Urib" in the article)
    stage: "MENERAPKAN",
    date: "2024-07-30",
    note: "Satu-satunya dari 21 puskesmas yang sudah menerapkan ILP pada sosialisasi 30 Juli 2024 (tanggal mulai tidak disebut).",
    source: SOURCES.rejangLebongSosialisasi,
  },
  ...["1031907", "1031896", "1031914", "1031903", "1031899"].map((code) => ({
    // Jekulo, Kaliwungu, Rejosari, Undaan, Purwosari
    puskesmasCode: code,
    stage: "UJI_COBA" as const,
    date: "2024-11-26",
    note: "Disebut sebagai salah satu dari 5 puskesmas pilot project ILP tahun 2024 pada penyuluhan 26 November 2024; tanggal mulai uji coba tidak disebut (diketahui paling lambat 26 November 2024).",
    source: SOURCES.kudus,
  })),
  {
    puskesmasCode: "1033380", // UPT Puskesmas Cadasari
    stage: "PERSIAPAN",
    date: "2025-07-14",
    note: "Tahap ini disimpulkan, tidak dinyatakan artikel: artikel 14 Juli 2025 menyebut puskesmas memperbaiki sarana, prasarana dan pelayanan dalam dan luar gedung sesuai Permenkes 19/2024.",
    source: SOURCES.pandeglang,
  },
];

/** Sanggau: the Dinkes accompanies every puskesmas toward ILP (article, Dec 2024). */
export const SANGGAU_ALL_PERSIAPAN = {
  date: "2024-12-12",
  note: "Dinkes Sanggau sedang melakukan pendampingan ke seluruh puskesmas dalam rangka penerapan ILP.",
  source: SOURCES.sanggau,
};

export type TargetFact = {
  districtCode: string;
  year: number;
  kind: TargetKind;
  targetCount: number;
  deadline: string;
  note: string;
  source: string;
};

export const TARGET_FACTS: TargetFact[] = [
  {
    districtCode: "17.02",
    year: 2025,
    kind: "PUSKESMAS_MENERAPKAN",
    targetCount: 21,
    deadline: "2025-12-31",
    note: "Semua puskesmas, pustu dan posyandu menerapkan ILP tahun 2025; jumlah pustu dan posyandu tidak disebut.",
    source: SOURCES.rejangLebongTarget,
  },
  {
    districtCode: "61.03",
    year: 2025,
    kind: "PUSKESMAS_MENERAPKAN",
    targetCount: 19,
    deadline: "2025-12-31",
    note: "Artikel Desember 2024 menyebut target 'tahun ini'; dicatat untuk 2025.",
    source: SOURCES.sanggau,
  },
  {
    districtCode: "61.03",
    year: 2025,
    kind: "DESA_PUSTU_DIDAMPINGI",
    targetCount: 19,
    deadline: "2025-12-31",
    note: "Minimal satu desa per puskesmas dengan Pustu yang didampingi menjadi Pustu prima.",
    source: SOURCES.sanggau,
  },
];

export type FigureFact = { districtCode: string; metric: FigureMetric; value: number; asOf: string; source: string };

export const FIGURE_FACTS: FigureFact[] = [
  {
    districtCode: "17.02",
    metric: "PUSKESMAS",
    value: 21,
    asOf: "2024-07-30",
    source: SOURCES.rejangLebongSosialisasi,
  },
  { districtCode: "61.03", metric: "PUSTU", value: 95, asOf: "2024-12-12", source: SOURCES.sanggau },
  { districtCode: "61.03", metric: "DESA", value: 163, asOf: "2024-12-12", source: SOURCES.sanggau },
  { districtCode: "61.03", metric: "PUSKESMAS", value: 19, asOf: "2024-12-12", source: SOURCES.sanggau },
];

export type ActivityFact = {
  key: string;
  districtCode: string;
  type: ActivityType;
  title: string;
  date: string;
  place: string | null;
  participantCount: number | null;
  note: string;
  source: string;
};

export const ACTIVITY_FACTS: ActivityFact[] = [
  {
    key: "rejang-lebong-sosialisasi-2024",
    districtCode: "17.02",
    type: "SOSIALISASI",
    title: "Sosialisasi Integrasi Layanan Primer Kabupaten Rejang Lebong 2024",
    date: "2024-07-30",
    place: "Aula Hotel Golden Rich 88",
    participantCount: null,
    note: "Dihadiri kepala puskesmas se-kabupaten; penandatanganan komitmen bersama. Jumlah peserta tidak disebut.",
    source: SOURCES.rejangLebongSosialisasi,
  },
  {
    key: "kudus-penyuluhan-2024-11-26",
    districtCode: "33.19",
    type: "PENYULUHAN",
    title: "Penyuluhan Integrasi Layanan Kesehatan Primer (ILP)",
    date: "2024-11-26",
    place: "Kudus",
    participantCount: 132,
    note: "132 bidan atau petugas layanan kesehatan puskesmas se-Kudus.",
    source: SOURCES.kudus,
  },
];

export const DEMO_PASSWORD = "ilp-demo-2026";

export type DemoAccount = {
  username: string;
  name: string;
  role: Role;
  /** Province or district code the role covers. */
  regionCode?: string;
  puskesmasCode?: string;
};

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { username: "admin.nasional", name: "Admin Nasional", role: "NATIONAL_ADMIN" },
  { username: "provinsi.bengkulu", name: "Dinkes Provinsi Bengkulu", role: "PROVINCE_OFFICIAL", regionCode: "17" },
  { username: "provinsi.jateng", name: "Dinkes Provinsi Jawa Tengah", role: "PROVINCE_OFFICIAL", regionCode: "33" },
  { username: "admin.rejanglebong", name: "Admin Dinkes Rejang Lebong", role: "DINKES_ADMIN", regionCode: "17.02" },
  {
    username: "perencana.rejanglebong",
    name: "Perencana Dinkes Rejang Lebong",
    role: "DINKES_PLANNER",
    regionCode: "17.02",
  },
  { username: "perencana.kudus", name: "Perencana Dinkes Kudus", role: "DINKES_PLANNER", regionCode: "33.19" },
  {
    username: "perencana.pandeglang",
    name: "Perencana Dinkes Pandeglang",
    role: "DINKES_PLANNER",
    regionCode: "36.01",
  },
  { username: "perencana.sanggau", name: "Perencana Dinkes Sanggau", role: "DINKES_PLANNER", regionCode: "61.03" },
  {
    username: "kepala.sumberurip",
    name: "Kepala Puskesmas Sumber Urip",
    role: "PUSKESMAS_HEAD",
    regionCode: "17.02",
    puskesmasCode: "1011912",
  },
  // Sumber Urip's petugas data: enters (and imports) the puskesmas' monthly ILP reports, nothing else.
  {
    username: "petugas.sumberurip",
    name: "Petugas Data Puskesmas Sumber Urip",
    role: "DATA_OFFICER",
    regionCode: "17.02",
    puskesmasCode: "1011912",
  },
  // Curup Timur (named in the Rejang Lebong article) is not yet implementing: its head proposes stages for the Dinkes to verify.
  {
    username: "kepala.curuptimur",
    name: "Kepala Puskesmas Curup Timur",
    role: "PUSKESMAS_HEAD",
    regionCode: "17.02",
    puskesmasCode: "1011919",
  },
];
