"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { FormMessage } from "@/components/ui/form-message";
import { useServerAction } from "@/components/ui/use-server-action";
import { reopenReportAction, reviewReportAction } from "../actions";

/** noticeScope: where the page shows the decision (PageNotice); this panel is gone once the report is returned. */
type Props = { reportId: string; status: "SUBMITTED" | "APPROVED"; version: number; noticeScope: string };

/** The planner's decision on a submitted report (approve, or return with a comment), or reopening an approved one. */
export function ReviewPanel({ reportId, status, version, noticeScope }: Props) {
  const t = useTranslations();
  const router = useRouter();
  const review = useServerAction(reviewReportAction);
  const reopen = useServerAction(reopenReportAction);
  const [text, setText] = useState("");
  const done = (successMessage: string) => ({ successMessage, noticeScope, onSuccess: () => router.refresh() });
  return (
    <section className="flex flex-col gap-2 rounded border border-slate-200 bg-white p-3" data-testid="review-panel">
      <h2 className="font-semibold">{t("monthly.review.title")}</h2>
      <label className="flex flex-col text-sm">
        {status === "SUBMITTED" ? t("monthly.review.comment") : t("monthly.review.reason")}
        <textarea
          value={text}
          maxLength={500}
          rows={2}
          onChange={(event) => setText(event.target.value)}
          className="rounded border border-slate-300 px-2 py-1"
        />
      </label>
      <div className="flex flex-wrap gap-2">
        {status === "SUBMITTED" ? (
          <>
            <ConfirmButton
              tone="neutral"
              label={t("monthly.review.approve")}
              question={t("monthly.review.confirmApprove")}
              confirmLabel={t("confirm.yes")}
              cancelLabel={t("confirm.no")}
              disabled={review.pending}
              onConfirm={() =>
                review.run(
                  { reportId, decision: "APPROVE", comment: text.trim() || undefined, version },
                  done(t("monthly.review.approved")),
                )
              }
            />
            <ConfirmButton
              label={t("monthly.review.return")}
              question={t("monthly.review.confirmReturn")}
              confirmLabel={t("confirm.yes")}
              cancelLabel={t("confirm.no")}
              disabled={review.pending}
              onConfirm={() =>
                review.run(
                  { reportId, decision: "RETURN", comment: text.trim() || undefined, version },
                  done(t("monthly.review.returned")),
                )
              }
            />
          </>
        ) : (
          <ConfirmButton
            label={t("monthly.review.reopen")}
            question={t("monthly.review.confirmReopen")}
            confirmLabel={t("confirm.yes")}
            cancelLabel={t("confirm.no")}
            disabled={reopen.pending}
            onConfirm={() => reopen.run({ reportId, reason: text, version }, done(t("monthly.review.reopened")))}
          />
        )}
      </div>
      <FormMessage message={review.message ?? reopen.message} />
    </section>
  );
}
