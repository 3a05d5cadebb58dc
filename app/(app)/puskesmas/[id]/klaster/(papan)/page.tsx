import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ZAsOf } from "@/lib/dashboard/schemas";
import { placesFrom } from "@/lib/staffing/board-model";
import { BoardEditor, type BoardColumn } from "@/lib/staffing/components/board-editor";
import { BoardSettings } from "@/lib/staffing/components/board-settings";
import { KlasterNav } from "@/lib/staffing/components/klaster-nav";
import { postingText } from "@/lib/staffing/posting-text";
import { getBoard } from "@/lib/staffing/queries";
import { orNotFound } from "@/lib/server/or-not-found";
import { withScope } from "@/lib/server/scoped-db";
import { requireUser } from "@/lib/server/session";
import { toIsoDate } from "@/lib/dates";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ClusterBoardPage({ params, searchParams }: Props) {
  const user = await requireUser();
  const { id } = await params;
  const date = ZAsOf.parse((await searchParams).tanggal) ?? null;
  const board = await orNotFound(withScope(user.scope, (ctx) => getBoard(ctx, id, date)));
  const t = await getTranslations("staffing");
  const dateText = toIsoDate(board.date);
  const todayText = toIsoDate(board.today);
  const base = `/puskesmas/${board.puskesmas.id}/klaster`;

  const clusterName = (clusterId: number) => board.clusters.find((cluster) => cluster.id === clusterId)!.name;
  const columns: BoardColumn[] = [
    { key: "none", label: t("board.unassigned"), title: t("board.unassigned"), clusterId: null },
    ...board.clusters.flatMap((cluster): BoardColumn[] => [
      {
        key: String(cluster.id),
        label: cluster.name,
        title: cluster.name,
        clusterId: cluster.id,
        subtitle: cluster.units.length ? t("board.wholeCluster") : undefined,
      },
      ...cluster.units.map((unit) => ({
        key: `${cluster.id}-${unit.id}`,
        label: `${clusterName(cluster.id)}: ${unit.name}`,
        title: unit.name,
        subtitle: clusterName(cluster.id),
        clusterId: cluster.id,
      })),
    ]),
  ];
  const staff = board.staff.map((person) => ({
    id: person.id,
    name: person.name,
    href: `${base}/staf/${person.id}`,
    profession: person.profession,
    posting: person.posting,
    pustuId: person.pustuId,
    isIllustrative: person.isIllustrative,
    postingText: postingText(t, person),
  }));

  return (
    <div className="flex flex-col gap-4">
      <header className="flex flex-col gap-2">
        <KlasterNav puskesmas={board.puskesmas} current="board" />
        <h1 className="text-2xl font-bold">{t("board.title", { name: board.puskesmas.name })}</h1>
        <p className="max-w-3xl text-sm text-slate-600">
          {board.puskesmas.mayEdit ? t("board.intro") : t("board.introReadOnly")}
        </p>
        <form method="get" action={base} className="flex flex-wrap items-end gap-2 text-sm">
          <div className="flex flex-col text-xs text-slate-600">
            <label htmlFor="board-date">{t("board.showDate")}</label>
            <input
              id="board-date"
              name="tanggal"
              type="date"
              defaultValue={dateText}
              max={todayText}
              className="rounded border border-slate-300 px-2 py-1"
            />
          </div>
          <button type="submit" className="rounded bg-brand-700 px-3 py-1 font-semibold text-white">
            {t("board.show")}
          </button>
          {!board.isToday && (
            <Link href={base} className="underline">
              {t("board.today")}
            </Link>
          )}
        </form>
      </header>
      {!board.isToday && (
        <p role="status" className="rounded bg-sky-50 px-3 py-2 text-sm text-sky-900">
          {t("board.historical", { date: dateText })}
        </p>
      )}
      {board.puskesmas.mayEdit && (
        <BoardSettings
          puskesmasId={board.puskesmas.id}
          boardVersion={board.puskesmas.staffBoardVersion}
          allowSecondCluster={board.puskesmas.allowSecondCluster}
        />
      )}
      <BoardEditor
        key={dateText}
        puskesmasId={board.puskesmas.id}
        boardVersion={board.puskesmas.staffBoardVersion}
        editable={board.puskesmas.mayEdit}
        allowSecondCluster={board.puskesmas.allowSecondCluster}
        today={todayText}
        columns={columns}
        clusters={board.clusters.map((cluster) => ({ id: cluster.id, label: cluster.name }))}
        staff={staff}
        pustu={board.pustu}
        initial={placesFrom(board.assignments)}
      />
    </div>
  );
}
