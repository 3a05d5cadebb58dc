import type { IlpStage } from "@/lib/generated/prisma/enums";

const COLOURS: Record<IlpStage, string> = {
  BELUM: "bg-slate-100 text-slate-700",
  PERSIAPAN: "bg-amber-100 text-amber-800",
  UJI_COBA: "bg-sky-100 text-sky-800",
  MENERAPKAN: "bg-emerald-100 text-emerald-800",
};

export function StageBadge({ stage, label }: { stage: IlpStage; label: string }) {
  return (
    <span className={`inline-block rounded-full px-2 py-0.5 text-xs font-semibold ${COLOURS[stage]}`}>{label}</span>
  );
}
