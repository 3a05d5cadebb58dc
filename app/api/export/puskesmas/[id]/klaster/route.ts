import { ZAsOf } from "@/lib/dashboard/schemas";
import { exportFormat, tableFile } from "@/lib/export/table-file";
import { routeTranslator } from "@/lib/i18n/translator";
import { NotFoundError } from "@/lib/server/errors";
import { scopedRoute } from "@/lib/server/route-handler";
import { postingText } from "@/lib/staffing/posting-text";
import { getBoard, listStaff } from "@/lib/staffing/queries";
import { ZStaffFilters } from "@/lib/staffing/schemas";
import { structureOf } from "@/lib/staffing/structure";
import { toIsoDate } from "@/lib/dates";

/**
 * A puskesmas' cluster tables as CSV or XLSX: ?tabel=struktur (the organisation
 * structure by cluster, as of ?tanggal=) or ?tabel=staf (the roster with the list's filters).
 */
export const GET = scopedRoute<{ id: string }>(async (ctx, request, params) => {
  const search = new URL(request.url).searchParams;
  const t = await routeTranslator();
  const format = exportFormat(request);
  if (search.get("tabel") === "struktur") {
    const board = await getBoard(ctx, params.id, ZAsOf.parse(search.get("tanggal") ?? undefined) ?? null);
    const rows = structureOf(board).flatMap((cluster) => [
      [
        cluster.name,
        t("staffing.structure.coordinator"),
        "",
        cluster.coordinator?.name ?? t("staffing.structure.vacant"),
        cluster.coordinator?.nip ?? "",
        cluster.coordinator ? t(`profession.${cluster.coordinator.profession}`) : "",
      ],
      ...cluster.members.map((member) => [
        cluster.name,
        member.supporting ? t("staffing.structure.supporting") : t("staffing.structure.member"),
        member.unit ?? "",
        member.name,
        member.nip ?? "",
        t(`profession.${member.profession}`),
      ]),
    ]);
    return tableFile(
      format,
      `struktur-${board.puskesmas.name.replaceAll(/\W+/g, "-")}-${toIsoDate(board.date)}`,
      [
        t("staffing.structure.cluster"),
        t("staffing.structure.position"),
        t("staffing.structure.unit"),
        t("staffing.staff.name"),
        t("staffing.staff.nip"),
        t("staffing.staff.profession"),
      ],
      // The head's name is not recorded (a login account is not the head): left blank, as on the print.
      [[board.puskesmas.name, t("staffing.structure.head"), "", "", "", ""], ...rows],
    );
  }
  if (search.get("tabel") === "staf") {
    const filters = ZStaffFilters.parse(Object.fromEntries(search));
    const { puskesmas, page } = await listStaff(ctx, params.id, filters, { all: true });
    return tableFile(
      format,
      `staf-${puskesmas.name.replaceAll(/\W+/g, "-")}`,
      [
        t("staffing.staff.name"),
        t("staffing.staff.nip"),
        t("staffing.staff.profession"),
        t("staffing.staff.employmentStatus"),
        t("staffing.staff.posting"),
        t("staffing.staff.status"),
      ],
      page.rows.map((row) => [
        row.name,
        row.nip,
        t(`profession.${row.profession}`),
        t(`staffing.employment.${row.employmentStatus}`),
        postingText((key, values) => t(`staffing.${key}`, values), row) ?? puskesmas.name,
        row.active ? t("staffing.staff.active") : t("staffing.staff.inactive"),
      ]),
    );
  }
  throw new NotFoundError("table");
});
