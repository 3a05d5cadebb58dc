"use client";

import { useTranslations } from "next-intl";
import { RULE_BASIS, type RuleIssue, type RuleResult } from "../rules";

/**
 * The live rule checks: the readiness score, then each rule with its findings,
 * every finding linked to the people (cards), cluster or pustu it concerns.
 */
export function RulePanel({ results, nameOf }: { results: RuleResult[]; nameOf: (staffId: string) => string }) {
  const t = useTranslations("staffing");
  const labels = useTranslations("profession");
  const valuesOf = (issue: RuleIssue) =>
    issue.professions
      ? { ...issue.values, missing: issue.professions.map((code) => labels(code as "BIDAN")).join(", ") || "-" }
      : issue.values;
  const passed = results.filter((result) => result.passed).length;
  return (
    <section
      aria-labelledby="rules-title"
      className="flex flex-col gap-2 rounded border border-slate-200 bg-white p-3 text-sm"
    >
      <h2 id="rules-title" className="font-semibold">
        {t("rules.title")}
      </h2>
      <p role="status" aria-live="polite" data-testid="readiness" className="font-medium">
        {t("rules.score", { passed, total: results.length })}
      </p>
      <ul className="flex flex-col gap-2" data-testid="rule-list">
        {results.map((result) => (
          <li
            key={result.code}
            className={`rounded px-2 py-1 ${result.passed ? "bg-emerald-50 text-emerald-900" : "bg-amber-50 text-amber-950"}`}
          >
            <p>
              <span aria-hidden="true">{result.passed ? "✓ " : "⚠ "}</span>
              <span className="sr-only">{result.passed ? t("rules.passed") : t("rules.failed")}: </span>
              {t(`rules.codes.${result.code}`)}
            </p>
            <p className="text-xs" data-basis={RULE_BASIS[result.code]}>
              {t(`rules.basis.${result.code}`)}
            </p>
            {result.issues.map((issue) => (
              <div key={`${issue.key}-${issue.clusterId ?? issue.pustuId ?? ""}`} className="mt-1 pl-4">
                <p>
                  {issue.clusterId ? (
                    <a href={`#klaster-${issue.clusterId}`} className="underline">
                      {t(`issues.${issue.key}` as "issues.unassigned", valuesOf(issue))}
                    </a>
                  ) : (
                    t(`issues.${issue.key}` as "issues.unassigned", valuesOf(issue))
                  )}
                </p>
                {issue.staffIds.length > 0 && (
                  <p className="flex flex-wrap gap-x-2 text-xs">
                    {issue.staffIds.slice(0, 12).map((staffId) => (
                      <a key={staffId} href={`#staf-${staffId}`} className="underline">
                        {nameOf(staffId)}
                      </a>
                    ))}
                    {issue.staffIds.length > 12 && (
                      <span>{t("rules.more", { count: issue.staffIds.length - 12 })}</span>
                    )}
                  </p>
                )}
              </div>
            ))}
          </li>
        ))}
      </ul>
    </section>
  );
}
