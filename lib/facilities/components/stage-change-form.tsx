"use client";

import { useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useServerAction } from "@/components/ui/use-server-action";
import type { IlpStage } from "@/lib/generated/prisma/enums";
import { STAGES } from "@/lib/rollout/stages";
import { changeStageAction } from "../actions";
import { EVIDENCE_ACCEPT, EVIDENCE_MAX_BYTES } from "../evidence-limits";

/** Moves one facility to another stage; carries the version it was opened with, so a concurrent save is caught. */
export function StageChangeForm({ facilityId, currentStage, version, today }: { facilityId: string; currentStage: IlpStage; version: number; today: string }) {
  const t = useTranslations();
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const [tooLarge, setTooLarge] = useState(false);
  const { run, pending, message } = useServerAction(changeStageAction);
  const id = (name: string) => `${name}-${facilityId}`;
  return (
    <form
      ref={form}
      className="grid gap-3 md:grid-cols-2"
      onSubmit={(event) => {
        event.preventDefault();
        if (tooLarge) return;
        run(new FormData(event.currentTarget), { successMessage: t("stageForm.saved"), onSuccess: () => { form.current?.reset(); router.refresh(); } });
      }}
    >
      <input type="hidden" name="facilityId" value={facilityId} />
      <input type="hidden" name="version" value={version} />
      <Field label={t("stageForm.toStage")} id={id("to-stage")} error={message?.field === "toStage"}>
        <select id={id("to-stage")} name="toStage" defaultValue={STAGES.find((stage) => stage !== currentStage)}>
          {STAGES.filter((stage) => stage !== currentStage).map((stage) => (
            <option key={stage} value={stage}>
              {t(`stage.${stage}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t("stageForm.date")} id={id("date")} error={message?.field === "effectiveDate"}>
        <input id={id("date")} name="effectiveDate" type="date" defaultValue={today} max={today} required />
      </Field>
      <div className="md:col-span-2">
        <Field label={t("stageForm.note")} id={id("note")} error={message?.field === "note"}>
          <textarea id={id("note")} name="note" required rows={2} maxLength={1000} />
        </Field>
      </div>
      <div className="md:col-span-2">
        <Field label={t("stageForm.evidence")} id={id("evidence")} error={tooLarge || message?.field === "evidence"}>
          <input
            id={id("evidence")}
            name="evidence"
            type="file"
            accept={EVIDENCE_ACCEPT}
            onChange={(event) => setTooLarge((event.currentTarget.files?.[0]?.size ?? 0) > EVIDENCE_MAX_BYTES)}
          />
        </Field>
      </div>
      <div className="flex flex-col gap-2 md:col-span-2">
        <FormMessage message={tooLarge ? { tone: "error", text: t("errors.evidenceTooLarge", { max: "5 MB" }) } : message} />
        <button type="submit" disabled={pending || tooLarge} className="w-fit rounded bg-brand-700 px-4 py-2 text-sm font-semibold text-white disabled:opacity-60">
          {t("stageForm.submit")}
        </button>
      </div>
    </form>
  );
}
