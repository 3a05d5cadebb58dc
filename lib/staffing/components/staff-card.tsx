"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import type { Profession } from "@/lib/generated/prisma/enums";
import { columnKey, type Place } from "../board-model";

export type CardPerson = {
  id: string;
  name: string;
  href: string;
  profession: Profession;
  postingText: string | null;
  isIllustrative: boolean;
};
export type ColumnOption = { key: string; label: string };

type Props = {
  person: CardPerson;
  place: Place | undefined;
  columns: ColumnOption[];
  clusters: { id: number; label: string }[];
  editable: boolean;
  allowSupport: boolean;
  onMove: (key: string) => void;
  onCoordinator: (coordinator: boolean) => void;
  onSupport: (clusterId: number | null) => void;
};

/** One person on the board: draggable, and equally movable with its select menu and coordinator button. */
export function StaffCard({
  person,
  place,
  columns,
  clusters,
  editable,
  allowSupport,
  onMove,
  onCoordinator,
  onSupport,
}: Props) {
  const t = useTranslations("staffing");
  const tp = useTranslations("profession");
  const coordinator = place?.role === "PENANGGUNG_JAWAB";
  return (
    <li
      id={`staf-${person.id}`}
      tabIndex={-1}
      draggable={editable}
      onDragStart={(event) => {
        event.dataTransfer.setData("text/plain", person.id);
        event.dataTransfer.effectAllowed = "move";
      }}
      data-testid="staff-card"
      className={`flex flex-col gap-0.5 rounded border bg-white p-2 text-sm shadow-sm focus:outline-2 focus:outline-brand-700 ${coordinator ? "border-brand-700" : "border-slate-200"} ${editable ? "cursor-grab" : ""}`}
    >
      <p className="font-medium break-words">
        <Link href={person.href} className="hover:underline">
          {person.name}
        </Link>
      </p>
      <p className="flex flex-wrap items-center gap-1 text-xs text-slate-600">
        <span>
          {tp(person.profession)}
          {person.postingText ? ` · ${person.postingText}` : ""}
          {place?.supportClusterId ? ` · ${t("board.supports", { cluster: place.supportClusterId })}` : ""}
        </span>
        {coordinator && !editable && <Badge>{t("board.coordinator")}</Badge>}
        {person.isIllustrative && <Badge tone="violet">{t("illustrative")}</Badge>}
      </p>
      {editable && (
        <div className="flex flex-col gap-1">
          {/* Visually the coordinator button sits beside the label; in tab order it follows the menu. */}
          <div className="grid grid-cols-[1fr_auto] items-end gap-1">
            <label htmlFor={`menu-${person.id}`} className="col-start-1 row-start-1 text-xs text-slate-700">
              {t("board.cluster")}
            </label>
            <select
              id={`menu-${person.id}`}
              aria-label={t("board.clusterOf", { name: person.name })}
              value={columnKey(place)}
              onChange={(event) => onMove(event.target.value)}
              className="col-span-2 row-start-2 w-full min-w-0 rounded border border-slate-300 px-1 py-1 text-sm"
            >
              {columns.map((column) => (
                <option key={column.key} value={column.key}>
                  {column.label}
                </option>
              ))}
            </select>
            {place && (
              <button
                type="button"
                aria-pressed={coordinator}
                aria-label={`${t("board.coordinatorToggle")}: ${person.name}`}
                onClick={() => onCoordinator(!coordinator)}
                className={`col-start-2 row-start-1 rounded border px-2 py-0.5 text-xs ${coordinator ? "border-brand-700 bg-brand-700 text-white" : "border-slate-300 hover:bg-slate-50"}`}
              >
                {coordinator ? `✓ ${t("board.coordinatorToggle")}` : t("board.coordinatorToggle")}
              </button>
            )}
          </div>
          {place && allowSupport && (
            <label className="flex flex-col text-xs text-slate-700">
              {t("board.support")}
              <select
                aria-label={t("board.supportOf", { name: person.name })}
                value={place.supportClusterId ?? ""}
                onChange={(event) => onSupport(event.target.value ? Number(event.target.value) : null)}
                className="mt-0.5 w-full rounded border border-slate-300 px-1 py-1 text-sm"
              >
                <option value="">{t("board.noSupport")}</option>
                {clusters
                  .filter((cluster) => cluster.id !== place.clusterId)
                  .map((cluster) => (
                    <option key={cluster.id} value={cluster.id}>
                      {cluster.label}
                    </option>
                  ))}
              </select>
            </label>
          )}
        </div>
      )}
    </li>
  );
}
