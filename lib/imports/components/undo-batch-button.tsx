"use client";

import { useTranslations } from "next-intl";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { FormMessage } from "@/components/ui/form-message";
import { useServerAction } from "@/components/ui/use-server-action";
import { undoImportAction } from "../actions";

/** Undo for one batch, after a confirmation; a refusal (rows touched since) is shown beside it. */
export function UndoBatchButton({ batchId, fileName }: { batchId: string; fileName: string }) {
  const t = useTranslations();
  const { run, pending, message } = useServerAction(undoImportAction);
  return (
    <div className="flex flex-col gap-1">
      <ConfirmButton
        label={t("imports.undoButton")}
        question={t("imports.undoQuestion", { file: fileName })}
        confirmLabel={t("confirm.yes")}
        cancelLabel={t("confirm.no")}
        disabled={pending}
        onConfirm={() => run({ batchId }, { successMessage: t("imports.undone") })}
      />
      <FormMessage message={message} />
    </div>
  );
}
