"use client";

import { useEffect, useMemo, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { FormMessage } from "@/components/ui/form-message";
import { useServerAction } from "@/components/ui/use-server-action";
import { useUnsavedGuard } from "@/components/ui/use-unsaved-guard";
import type { Posting } from "@/lib/generated/prisma/enums";
import { saveBoardAction } from "../actions";
import {
  changedCount,
  columnKey,
  moveTo,
  NONE,
  setCoordinator,
  setSupport,
  toEntries,
  toPlacements,
  type Places,
} from "../board-model";
import { checkBoard, type RulePerson } from "../rules";
import { RulePanel } from "./rule-panel";
import { StaffCard, type CardPerson, type ColumnOption } from "./staff-card";

export type BoardColumn = ColumnOption & { clusterId: number | null; title: string; subtitle?: string };
export type BoardPerson = CardPerson & { posting: Posting; pustuId: string | null };

type Props = {
  puskesmasId: string;
  boardVersion: number;
  editable: boolean;
  allowSecondCluster: boolean;
  today: string;
  columns: BoardColumn[];
  clusters: { id: number; label: string }[];
  staff: BoardPerson[];
  pustu: { id: string; name: string }[];
  initial: Places;
};

/**
 * The cluster board: one column per cluster (Klaster 5 by sub-unit). People
 * move by drag and drop, or with each card's select menu and coordinator
 * button (keyboard and phone). The rules are checked on every change; the
 * whole board is saved at once with an effective date.
 */
export function BoardEditor(props: Props) {
  const t = useTranslations("staffing");
  const professionLabel = useTranslations("profession");
  const router = useRouter();
  const [saved, setSaved] = useState(props.initial);
  const [places, setPlaces] = useState<Places>(props.initial);
  const [version, setVersion] = useState(props.boardVersion);
  const [effectiveDate, setEffectiveDate] = useState(props.today);
  const [filter, setFilter] = useState("");
  const [announcement, setAnnouncement] = useState("");
  const [dropTarget, setDropTarget] = useState<string | null>(null);
  const moved = useRef<string | null>(null);
  const saveForm = useRef<HTMLFormElement>(null);
  const result = useRef<HTMLDivElement>(null);
  const { run, pending, message } = useServerAction(saveBoardAction);

  // A moved card is rendered anew in its new column: keep the keyboard user's focus on its menu.
  useEffect(() => {
    const staffId = moved.current;
    moved.current = null;
    if (staffId) document.getElementById(`staf-${staffId}`)?.querySelector("select")?.focus();
  }, [places]);

  const people: RulePerson[] = props.staff;
  const results = useMemo(
    () =>
      checkBoard({
        staff: people,
        placements: toPlacements(places),
        pustu: props.pustu,
        allowSecondCluster: props.allowSecondCluster,
      }),
    [people, places, props.pustu, props.allowSecondCluster],
  );
  const nameOf = (staffId: string) => props.staff.find((person) => person.id === staffId)?.name ?? staffId;
  const changes = changedCount(saved, places);
  useUnsavedGuard(props.editable && changes > 0, t("board.leaveConfirm"));

  // After a save, the outcome (saved, or why not) takes the focus, so it is read out and the user knows where they are.
  useEffect(() => {
    if (message) result.current?.focus();
  }, [message]);

  // Ctrl+S / ⌘S saves the board from anywhere on the page instead of saving the web page.
  useEffect(() => {
    if (!props.editable) return;
    const shortcut = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === "s") {
        event.preventDefault();
        saveForm.current?.requestSubmit();
      }
    };
    document.addEventListener("keydown", shortcut);
    return () => document.removeEventListener("keydown", shortcut);
  }, [props.editable]);
  const needle = filter.trim().toLowerCase();
  const visible = (person: BoardPerson) =>
    !needle ||
    `${person.name} ${person.profession} ${professionLabel(person.profession)}`.toLowerCase().includes(needle);
  const columnLabel = (key: string) => props.columns.find((column) => column.key === key)?.label ?? key;

  function move(staffId: string, key: string) {
    setPlaces((current) => moveTo(current, staffId, key));
    moved.current = staffId;
    setAnnouncement(t("board.moved", { name: nameOf(staffId), column: columnLabel(key) }));
  }
  function coordinator(staffId: string, value: boolean) {
    setPlaces((current) => setCoordinator(current, staffId, value));
    setAnnouncement(t(value ? "board.nowCoordinator" : "board.noLongerCoordinator", { name: nameOf(staffId) }));
  }

  return (
    <div className={`flex flex-col gap-4 ${props.editable ? "pb-16 lg:pb-0" : ""}`}>
      {props.editable && (
        <a
          href="#board-save"
          onClick={(event) => {
            event.preventDefault();
            document.getElementById("effective-date")?.focus();
          }}
          className="sr-only rounded bg-brand-700 px-3 py-2 text-sm font-semibold text-white focus:not-sr-only focus:w-fit"
        >
          {t("board.skipToSave")}
        </a>
      )}
      <div className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="flex flex-col gap-3 lg:sticky lg:top-4 lg:order-2 lg:max-h-[calc(100vh-2rem)] lg:self-start lg:overflow-y-auto">
          <RulePanel results={results} nameOf={nameOf} />
          {props.editable && (
            <form
              id="board-save"
              ref={saveForm}
              className="flex flex-col gap-2 rounded border border-slate-200 bg-white p-3 text-sm"
              onSubmit={(event) => {
                event.preventDefault();
                if (pending || changes === 0) return;
                run(
                  { puskesmasId: props.puskesmasId, boardVersion: version, effectiveDate, entries: toEntries(places) },
                  {
                    successMessage: t("board.saved", { count: changes }),
                    onSuccess: (result) => {
                      if (result.ok) setVersion((result.data as { boardVersion: number }).boardVersion);
                      setSaved(places);
                      router.refresh();
                    },
                  },
                );
              }}
            >
              <label htmlFor="effective-date" className="font-medium">
                {t("board.effectiveDate")}
              </label>
              <input
                id="effective-date"
                type="date"
                required
                max={props.today}
                value={effectiveDate}
                onChange={(event) => setEffectiveDate(event.target.value)}
                className="rounded border border-slate-300 px-2 py-1"
              />
              <p className="text-xs text-slate-600">{t("board.warningsDoNotBlock")}</p>
              <p data-testid="unsaved">{changes > 0 ? t("board.unsaved", { count: changes }) : t("board.noChanges")}</p>
              <div ref={result} tabIndex={-1} className="outline-none focus:ring-2 focus:ring-brand-700">
                <FormMessage message={message} />
              </div>
              <p className="text-xs text-slate-600">{t("board.shortcut")}</p>
              <button
                type="submit"
                disabled={pending || changes === 0}
                className="w-fit rounded bg-brand-700 px-4 py-2 font-semibold text-white disabled:opacity-60"
              >
                {t("board.save")}
              </button>
            </form>
          )}
        </div>
        <div className="flex min-w-0 flex-col gap-3 lg:order-1">
          <label className="flex flex-col gap-1 text-sm sm:max-w-sm">
            <span className="font-medium">{t("board.filter")}</span>
            <input
              type="search"
              value={filter}
              onChange={(event) => setFilter(event.target.value)}
              className="rounded border border-slate-300 px-2 py-1"
            />
          </label>
          {props.editable && <p className="text-xs text-slate-600">{t("board.howTo")}</p>}
          <p className="sr-only" role="status" aria-live="polite">
            {announcement}
          </p>
          <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 xl:grid-cols-3">
            {props.columns.map((column) => {
              const members = props.staff.filter((person) => columnKey(places[person.id]) === column.key);
              return (
                <section
                  key={column.key}
                  id={
                    column.clusterId && column.key === String(column.clusterId)
                      ? `klaster-${column.clusterId}`
                      : undefined
                  }
                  aria-labelledby={`kolom-${column.key}`}
                  data-testid={`column-${column.key}`}
                  onDragOver={(event) => {
                    if (!props.editable) return;
                    event.preventDefault();
                    setDropTarget(column.key);
                  }}
                  onDragLeave={() => setDropTarget((current) => (current === column.key ? null : current))}
                  onDrop={(event) => {
                    event.preventDefault();
                    setDropTarget(null);
                    const staffId = event.dataTransfer.getData("text/plain");
                    if (props.staff.some((person) => person.id === staffId)) move(staffId, column.key);
                  }}
                  className={`flex min-w-0 flex-col gap-2 rounded border p-2 ${column.key === NONE ? "border-amber-300 bg-amber-50" : "border-slate-200 bg-slate-50"} ${dropTarget === column.key ? "ring-2 ring-brand-700" : ""}`}
                >
                  <h3 id={`kolom-${column.key}`} className="text-sm font-semibold">
                    {column.title} <span className="font-normal text-slate-600">({members.length})</span>
                    {column.subtitle && (
                      <span className="block text-xs font-normal text-slate-600">{column.subtitle}</span>
                    )}
                  </h3>
                  {members.length === 0 ? (
                    <p className="text-xs text-slate-500">{t("board.emptyColumn")}</p>
                  ) : (
                    <ul className="flex flex-col gap-2">
                      {members.filter(visible).map((person) => (
                        <StaffCard
                          key={person.id}
                          person={person}
                          place={places[person.id]}
                          columns={props.columns}
                          clusters={props.clusters}
                          editable={props.editable}
                          allowSupport={props.allowSecondCluster}
                          onMove={(key) => move(person.id, key)}
                          onCoordinator={(value) => coordinator(person.id, value)}
                          onSupport={(clusterId) => setPlaces((current) => setSupport(current, person.id, clusterId))}
                        />
                      ))}
                    </ul>
                  )}
                </section>
              );
            })}
          </div>
        </div>
      </div>
      {props.editable && (
        // On a phone the rules and the save button sit far above the cards: this bar keeps both in reach.
        <div className="fixed inset-x-0 bottom-0 z-10 flex items-center justify-between gap-2 border-t border-slate-300 bg-white px-4 py-2 text-sm shadow-lg lg:hidden">
          <span>
            {t("rules.score", { passed: results.filter((result) => result.passed).length, total: results.length })}
            {changes > 0 && <span className="block text-xs">{t("board.unsaved", { count: changes })}</span>}
          </span>
          <button
            type="submit"
            form="board-save"
            disabled={pending || changes === 0}
            className="shrink-0 rounded bg-brand-700 px-3 py-2 font-semibold text-white disabled:opacity-60"
          >
            {t("board.save")}
          </button>
        </div>
      )}
    </div>
  );
}
