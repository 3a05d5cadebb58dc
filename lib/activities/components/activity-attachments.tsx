"use client";

import { useTranslations } from "next-intl";
import { ActionForm, SubmitButton } from "@/components/ui/action-form";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { Field, SelectField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useActionForm } from "@/components/ui/use-action-form";
import { EVIDENCE_ACCEPT } from "@/lib/facilities/evidence-limits";
import { addActivityAttachmentAction, removeActivityAttachmentAction } from "../actions";
import { ACTIVITY_ATTACHMENT_KINDS } from "@/lib/enums";

type Attachment = { id: string; kind: (typeof ACTIVITY_ATTACHMENT_KINDS)[number]; fileName: string };

/** An activity's undangan, daftar hadir and foto: links to each, and for planners upload and removal. */
export function ActivityAttachments({
  activityId,
  attachments,
  mayEdit,
}: {
  activityId: string;
  attachments: Attachment[];
  mayEdit: boolean;
}) {
  const t = useTranslations();
  const add = useActionForm(addActivityAttachmentAction);
  const remove = useActionForm(removeActivityAttachmentAction);
  const prefix = `attachment-${activityId}`;
  if (!mayEdit && attachments.length === 0) return null;
  return (
    <section aria-label={t("activityForm.attachments")} className="flex flex-col gap-2">
      <h3 className="text-sm font-medium">{t("activityForm.attachments")}</h3>
      {attachments.length === 0 ? (
        <p className="text-slate-600">{t("activityForm.noAttachments")}</p>
      ) : (
        <ul className="flex flex-col gap-1">
          {attachments.map((file) => (
            <li key={file.id} className="flex flex-wrap items-center gap-2">
              <span className="text-xs text-slate-500">{t(`activityAttachment.${file.kind}`)}</span>
              <a href={`/api/lampiran/${file.id}`} className="text-brand-700 underline">
                {file.fileName}
              </a>
              {mayEdit && (
                <ConfirmButton
                  label={t("activityForm.removeAttachment")}
                  question={t("activityForm.confirmRemoveAttachment", { file: file.fileName })}
                  confirmLabel={t("confirm.yes")}
                  cancelLabel={t("confirm.no")}
                  disabled={remove.pending}
                  onConfirm={() =>
                    remove.submit({ id: file.id }, { successMessage: t("activityForm.removedAttachment") })
                  }
                />
              )}
            </li>
          ))}
        </ul>
      )}
      <FormMessage message={remove.message} />
      {mayEdit && (
        <ActionForm
          columns={3}
          onSubmit={(data, form) => add.submit(data, { successMessage: t("activityForm.attached"), reset: form })}
        >
          <input type="hidden" name="activityId" value={activityId} />
          <SelectField
            label={t("activityForm.attachKind")}
            id={`${prefix}-kind`}
            name="kind"
            defaultValue="DAFTAR_HADIR"
            options={ACTIVITY_ATTACHMENT_KINDS.map((kind) => ({ value: kind, label: t(`activityAttachment.${kind}`) }))}
          />
          <Field label={t("activityForm.attachFile")} id={`${prefix}-file`} error={add.invalid("evidence")}>
            <input id={`${prefix}-file`} name="file" type="file" accept={EVIDENCE_ACCEPT} required />
          </Field>
          <div className="flex flex-wrap items-end gap-2">
            <SubmitButton pending={add.pending} size="small">
              {t("activityForm.attach")}
            </SubmitButton>
          </div>
          <div className="md:col-span-3">
            <FormMessage message={add.message} />
          </div>
        </ActionForm>
      )}
    </section>
  );
}
