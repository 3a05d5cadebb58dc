"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { FormMessage } from "@/components/ui/form-message";
import type { ImportCounts, ImportPreview } from "../pipeline";
import { postWithProgress, type UploadProgress } from "./post-with-progress";

type Answer =
  | { ok: true; mode: "dryRun"; preview: ImportPreview }
  | { ok: true; mode: "all" | "validOnly"; batchId: string; counts: ImportCounts }
  | { ok: false; messageKey: string; values?: Record<string, string | number>; mapping?: MappingStep };

/** What the column-mapping step offers after a refusal: the file's headers, the required columns, those recognised. */
type MappingStep = { header: string[]; required: string[]; matched: Record<string, string> };

/** A kind the panel offers, with the route its files are posted to (a district's, or a puskesmas head's roster). */
export type ImportPanelKind = { slug: string; label: string; uploadUrl: string };

/**
 * Upload → dry run → commit. The file stays in the browser between the preview
 * and the commit and is sent again; the server re-validates it, so the commit
 * never trusts the preview. With one kind there is nothing to choose.
 */
export function ImportPanel({ kinds }: { kinds: ImportPanelKind[] }) {
  const t = useTranslations();
  const router = useRouter();
  const [kind, setKind] = useState(kinds[0]!.slug);
  const uploadUrl = (kinds.find((option) => option.slug === kind) ?? kinds[0]!).uploadUrl;
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const [mappingStep, setMappingStep] = useState<MappingStep | null>(null);
  const [mapping, setMapping] = useState<Record<string, string>>({});
  const mapped = Object.entries(mapping).filter(([, header]) => header);

  function send(mode: "dryRun" | "all" | "validOnly") {
    if (!file) return;
    startTransition(async () => {
      const form = new FormData();
      form.set("file", file);
      form.set("mode", mode);
      // The server checks the mapping again (zod, then against the file's header) on every send.
      if (mapped.length > 0) form.set("mapping", JSON.stringify(Object.fromEntries(mapped)));
      setProgress({ sent: 0 });
      const answer = ((await postWithProgress(uploadUrl, form, setProgress)) ?? {
        ok: false,
        messageKey: "common.error",
      }) as Answer;
      setProgress(null);
      if (!answer.ok) {
        setMessage({ tone: "error", text: t(answer.messageKey as "common.error", answer.values ?? {}) });
        if (answer.mapping) {
          const step = answer.mapping;
          setMappingStep(step);
          setMapping((chosen) => ({ ...step.matched, ...chosen }));
        }
        return;
      }
      if (answer.mode === "dryRun") {
        setPreview(answer.preview);
        setMappingStep(null);
        setMessage(null);
        return;
      }
      setPreview(null);
      setMessage({ tone: "success", text: t("imports.committed", { ...answer.counts }) });
      router.refresh();
    });
  }

  const reset = () => {
    setPreview(null);
    setMessage(null);
    setMappingStep(null);
    setMapping({});
  };
  const writes = preview ? preview.counts.create + preview.counts.update : 0;
  return (
    <section
      className="flex flex-col gap-3 rounded border border-slate-200 bg-white p-4"
      aria-labelledby="import-upload"
    >
      <h2 id="import-upload" className="text-lg font-semibold">
        {t("imports.uploadTitle")}
      </h2>
      <div className="flex flex-wrap items-end gap-3 text-sm">
        {kinds.length > 1 ? (
          <label className="flex flex-col gap-1">
            {t("imports.kind")}
            <select
              value={kind}
              onChange={(event) => {
                setKind(event.target.value);
                reset();
              }}
              className="rounded border border-slate-300 px-2 py-1"
            >
              {kinds.map((option) => (
                <option key={option.slug} value={option.slug}>
                  {option.label}
                </option>
              ))}
            </select>
          </label>
        ) : (
          <p className="flex flex-col gap-1">
            {t("imports.kind")}
            <span className="font-medium">{kinds[0]!.label}</span>
          </p>
        )}
        <label className="flex flex-col gap-1">
          {t("imports.fileLabel")}
          <input
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null);
              reset();
            }}
          />
        </label>
        <button
          type="button"
          disabled={!file || pending}
          onClick={() => send("dryRun")}
          className="rounded bg-brand-700 px-3 py-1 font-semibold text-white disabled:opacity-50"
        >
          {pending ? t("imports.checking") : t("imports.check")}
        </button>
        {progress && (
          <span className="flex items-center gap-2" role="status" aria-live="polite">
            <progress
              className="w-40"
              max={1}
              value={progress.sent ?? undefined}
              aria-label={t("imports.progressLabel")}
            />
            {progress.sent === null
              ? t("imports.progressChecking")
              : t("imports.progressSending", { percent: Math.round(progress.sent * 100) })}
          </span>
        )}
      </div>
      <FormMessage message={message} />
      {mappingStep && (
        <fieldset
          className="flex flex-col gap-2 rounded border border-amber-300 bg-amber-50 p-3 text-sm"
          data-testid="import-mapping"
        >
          <legend className="px-1 font-semibold">{t("imports.mapping.title")}</legend>
          <p>{t("imports.mapping.explain")}</p>
          <div className="grid gap-2 sm:grid-cols-2">
            {mappingStep.required.map((column) => (
              <label key={column} className="flex flex-col gap-1">
                {t("imports.mapping.columnLabel", { column })}
                <select
                  value={mapping[column] ?? ""}
                  onChange={(event) => setMapping((chosen) => ({ ...chosen, [column]: event.target.value }))}
                  className="rounded border border-slate-300 bg-white px-2 py-1"
                >
                  <option value="">{t("imports.mapping.choose")}</option>
                  {mappingStep.header.map((header) => (
                    <option key={header} value={header}>
                      {header}
                    </option>
                  ))}
                </select>
              </label>
            ))}
          </div>
          <button
            type="button"
            disabled={pending || mapped.length === 0}
            onClick={() => send("dryRun")}
            className="w-fit rounded bg-brand-700 px-3 py-1 font-semibold text-white disabled:opacity-50"
          >
            {t("imports.mapping.check")}
          </button>
        </fieldset>
      )}
      {preview && (
        <div className="flex flex-col gap-3" data-testid="import-preview">
          {mapped.length > 0 && (
            <p className="text-sm text-slate-700">
              {t("imports.mapping.used", {
                pairs: mapped.map(([column, header]) => `${column} ← ${header}`).join(", "),
              })}
            </p>
          )}
          <p className="font-medium">
            {t("imports.previewSummary", { file: preview.fileName, rows: preview.rowCount, ...preview.counts })}
          </p>
          <ul className="flex flex-wrap gap-3 text-sm">
            <li>{t("imports.counts.create", { count: preview.counts.create })}</li>
            <li>{t("imports.counts.update", { count: preview.counts.update })}</li>
            <li>{t("imports.counts.unchanged", { count: preview.counts.unchanged })}</li>
            <li className={preview.counts.rejected ? "font-semibold text-red-700" : ""}>
              {t("imports.counts.rejected", { count: preview.counts.rejected })}
            </li>
          </ul>
          {preview.previous && (
            <p role="status" className="rounded border border-amber-300 bg-amber-50 p-2 text-sm">
              {t("imports.sameFile", {
                file: preview.previous.fileName,
                by: preview.previous.by ?? "-",
                at: preview.previous.at,
              })}
            </p>
          )}
          {preview.issues.length > 0 && (
            <table className="text-sm">
              <caption className="text-left font-medium">
                {t("imports.issuesTitle", { shown: preview.issues.length })}
              </caption>
              <thead>
                <tr className="text-left">
                  <th className="pr-4">{t("imports.issueRow")}</th>
                  <th className="pr-4">{t("imports.issueColumn")}</th>
                  <th>{t("imports.issueMessage")}</th>
                </tr>
              </thead>
              <tbody>
                {preview.issues.map((issue, index) => (
                  <tr key={`${issue.row}-${issue.column}-${index}`} className="border-t border-slate-100">
                    <td className="pr-4">{issue.row}</td>
                    <td className="pr-4 font-mono">{issue.column || "–"}</td>
                    <td>{t(issue.messageKey as "common.error", issue.values ?? {})}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <div className="flex flex-wrap items-center gap-3">
            <button
              type="button"
              disabled={pending || preview.counts.rejected > 0}
              onClick={() => send("all")}
              className="rounded bg-brand-700 px-3 py-1 text-sm font-semibold text-white disabled:opacity-50"
            >
              {t("imports.commitAll")}
            </button>
            {preview.counts.rejected > 0 && (
              <span className="text-sm text-slate-600">{t("imports.commitAllBlocked")}</span>
            )}
            {preview.counts.rejected > 0 && writes > 0 && (
              <ConfirmButton
                tone="neutral"
                label={t("imports.commitValid")}
                question={t("imports.commitValidQuestion", { count: writes, rejected: preview.counts.rejected })}
                confirmLabel={t("imports.commitValidConfirm")}
                cancelLabel={t("confirm.no")}
                disabled={pending}
                onConfirm={() => send("validOnly")}
              />
            )}
          </div>
        </div>
      )}
    </section>
  );
}
