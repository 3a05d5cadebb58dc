import { z } from "zod";
import { zSearch, zText } from "@/lib/validation/text";
import { ZIsoDate } from "@/lib/facilities/stage-schemas";
import { nipProblem } from "./nip";
import { CLUSTER_ROLES, EMPLOYMENT_STATUSES, POSTINGS, PROFESSIONS } from "@/lib/enums";

export { EMPLOYMENT_STATUSES, POSTINGS, PROFESSIONS };

export const ZNip = zText({ max: 40 })
  .transform((value) => value.replace(/\s+/g, ""))
  .superRefine((value, context) => {
    const problem = value === "" ? null : nipProblem(value);
    if (problem) context.addIssue({ code: "custom", message: problem });
  })
  .optional();

/** The staff form's fields, without the posting rules (a form's pustu is an id, an import row's a code). */
export const STAFF_FIELDS = {
  name: zText({ max: 120, min: 2 }),
  nip: ZNip,
  profession: z.enum(PROFESSIONS, "errors.required"),
  employmentStatus: z.enum(EMPLOYMENT_STATUSES, "errors.required"),
  posting: z.enum(POSTINGS, "errors.required"),
  pustuId: z.uuid("staffing.errors.pustuRequired").optional(),
  pustuSchedule: zText({ max: 200 }).optional(),
};

/**
 * The posting rules, for the form and the staff import alike: a pustu posting
 * names its pustu (`pustu.value`, reported on `pustu.path`), a scheduled one its schedule.
 */
export function checkPosting(
  value: { posting: string; pustuSchedule?: string },
  pustu: { value: unknown; path: string; message: string },
  context: z.RefinementCtx,
): void {
  if (value.posting !== "PUSKESMAS" && !pustu.value)
    context.addIssue({ code: "custom", message: pustu.message, path: [pustu.path] });
  if (value.posting === "PUSTU_TERJADWAL" && !value.pustuSchedule)
    context.addIssue({ code: "custom", message: "staffing.errors.scheduleRequired", path: ["pustuSchedule"] });
}

const ZStaffFields = z
  .object(STAFF_FIELDS)
  .superRefine((value, context) =>
    checkPosting(value, { value: value.pustuId, path: "pustuId", message: "staffing.errors.pustuRequired" }, context),
  );

export const ZCreateStaff = z.object({ puskesmasId: z.uuid("errors.notFound"), staff: ZStaffFields });
export type TCreateStaff = z.input<typeof ZCreateStaff>;

export const ZUpdateStaff = z.object({
  id: z.uuid("errors.notFound"),
  version: z.number().int().min(1),
  staff: ZStaffFields,
});
export type TUpdateStaff = z.input<typeof ZUpdateStaff>;

export const ZSetStaffActive = z.object({
  id: z.uuid("errors.notFound"),
  version: z.number().int().min(1),
  active: z.boolean(),
  effectiveDate: ZIsoDate,
});
export type TSetStaffActive = z.input<typeof ZSetStaffActive>;

/** One person's place on the board: own cluster (and Klaster 5 sub-unit), role, and an optional supporting cluster. */
export const ZBoardEntry = z.object({
  staffId: z.uuid("errors.notFound"),
  clusterId: z.number().int().min(1).max(5),
  unitId: z.number().int().nullable(),
  role: z.enum(CLUSTER_ROLES),
  supportClusterId: z.number().int().min(1).max(5).nullable(),
});
export type TBoardEntry = z.input<typeof ZBoardEntry>;

/** A whole-board save: every assigned person; anyone left out is unassigned from `effectiveDate`. */
export const ZSaveBoard = z.object({
  puskesmasId: z.uuid("errors.notFound"),
  boardVersion: z.number().int().min(1),
  effectiveDate: ZIsoDate,
  entries: z.array(ZBoardEntry).max(2000),
});
export type TSaveBoard = z.input<typeof ZSaveBoard>;

export const ZBoardSettings = z.object({
  puskesmasId: z.uuid("errors.notFound"),
  boardVersion: z.number().int().min(1),
  allowSecondCluster: z.boolean(),
});
export type TBoardSettings = z.input<typeof ZBoardSettings>;

/** The staff list's URL state. */
export const ZStaffFilters = z.object({
  cari: zSearch(100).transform((text) => text || undefined),
  profesi: z.enum(PROFESSIONS).optional().catch(undefined),
  status: z.enum(["aktif", "nonaktif", "semua"]).catch("aktif").default("aktif"),
  urut: z.enum(["nama", "profesi", "penempatan"]).catch("nama").default("nama"),
  hal: z.coerce.number().int().min(1).catch(1).default(1),
});
export type TStaffFilters = z.output<typeof ZStaffFilters>;
