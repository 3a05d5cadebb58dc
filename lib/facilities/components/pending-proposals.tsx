import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { PendingProposal } from "../stage-queries";

/** For planners: the heads' stage proposals "menunggu verifikasi", apart from the verified figures. */
export async function PendingProposals({ proposals }: { proposals: PendingProposal[] }) {
  const t = await getTranslations();
  const format = await getFormatter();
  return (
    <section
      className="flex flex-col gap-2 rounded border border-amber-300 bg-amber-50 p-4 text-sm"
      data-testid="pending-proposals"
    >
      <h2 className="font-semibold">
        {t("stageForm.pendingTitle")} ({proposals.length})
      </h2>
      <p className="text-xs text-slate-600">{t("stageForm.pendingHint")}</p>
      {proposals.length === 0 ? (
        <p className="text-slate-600">{t("stageForm.pendingNone")}</p>
      ) : (
        <ul className="flex flex-col gap-1">
          {proposals.map((proposal) => (
            <li key={proposal.id}>
              <Link
                href={
                  proposal.facility.type === "PUSKESMAS"
                    ? `/puskesmas/${proposal.facility.id}`
                    : `/fasilitas/${proposal.facility.id}`
                }
                className="text-brand-700 underline"
              >
                {t("stageForm.pendingRow", {
                  facility: proposal.facility.name,
                  stage: t(`stage.${proposal.toStage}`),
                  date: format.dateTime(proposal.effectiveDate, { dateStyle: "medium", timeZone: "UTC" }),
                  name: proposal.proposedBy ?? "-",
                })}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
