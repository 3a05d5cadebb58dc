import { getTranslations } from "next-intl/server";
import { dateFloor, localIsoDate, timeZoneOfRegion, toIsoDate } from "@/lib/dates";
import type { FacilityType, IlpStage } from "@/lib/generated/prisma/enums";
import type { StageAbilities, StageHistoryEntry } from "../queries";
import type { ChecklistItem } from "../stage-queries";
import { StageChangeForm } from "./stage-change-form";
import { StageHistory } from "./stage-history";

type Props = {
  facility: { id: string; type: FacilityType; currentStage: IlpStage; version: number; openedOn: Date | null };
  history: StageHistoryEntry[];
  abilities: StageAbilities;
  checklist: ChecklistItem[];
  districtCode: string;
};

/** A facility's stage history with the tools the user has: change, propose, or (planner) review and correct. */
export async function StagePanel({ facility, history, abilities, checklist, districtCode }: Props) {
  const t = await getTranslations();
  const timeZone = timeZoneOfRegion(districtCode);
  // "Today" is the district's local day (WIB/WITA/WIT), never the server's UTC day.
  const today = localIsoDate(new Date(), timeZone);
  const floor = dateFloor();
  const minDate = toIsoDate(facility.openedOn && facility.openedOn > floor ? facility.openedOn : floor);
  const planner = abilities.review
    ? { version: facility.version, today, minDate, facilityType: facility.type, noticeScope: `stage/${facility.id}` }
    : null;
  const form = abilities.change || abilities.propose;
  return (
    <>
      <StageHistory history={history} planner={planner} checklist={checklist} timeZone={timeZone} />
      {form && (
        <details className="rounded border border-slate-200 p-3">
          <summary className="cursor-pointer font-medium text-brand-700">
            {abilities.propose ? t("stageForm.proposeTitle") : t("stageForm.title")}
          </summary>
          <StageChangeForm
            facilityId={facility.id}
            facilityType={facility.type}
            currentStage={facility.currentStage}
            version={facility.version}
            today={today}
            minDate={minDate}
            checklist={checklist}
            proposal={abilities.propose}
          />
        </details>
      )}
    </>
  );
}
