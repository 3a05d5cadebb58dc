import type { Posting } from "@/lib/generated/prisma/enums";

type Translate = (key: "posting.PUSTU_MENETAP" | "posting.PUSTU_TERJADWAL", values: Record<string, string>) => string;

/** "Pustu Sumber Bening" or "Pustu Sumber Bening (Senin dan Kamis)"; null for the puskesmas itself. */
export function postingText(
  t: Translate,
  staff: { posting: Posting; pustu: { name: string } | null; pustuSchedule: string | null },
): string | null {
  if (staff.posting === "PUSKESMAS" || !staff.pustu) return null;
  return staff.posting === "PUSTU_MENETAP"
    ? t("posting.PUSTU_MENETAP", { pustu: staff.pustu.name })
    : t("posting.PUSTU_TERJADWAL", { pustu: staff.pustu.name, schedule: staff.pustuSchedule ?? "" });
}
