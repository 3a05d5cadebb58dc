import { z } from "zod";
import { ROLES } from "@/lib/enums";
import { zText } from "@/lib/validation/text";

export const ZPassword = zText({ max: 200, keepSpaces: true }).min(12, "errors.passwordTooShort");

/** A role and the place it covers, named by Kemendagri code (province or district) or puskesmas id. */
export const ZRolePlace = z.object({
  role: z.enum(ROLES, "errors.required"),
  regionCode: z
    .string()
    .trim()
    .regex(/^\d{2}(\.\d{2})?$/, "errors.regionCodeShort")
    .optional(),
  puskesmasId: z.uuid("errors.notFound").optional(),
});

export const ZCreateUser = ZRolePlace.extend({
  username: zText({ max: 50 })
    .toLowerCase()
    .regex(/^[a-z0-9._-]{3,50}$/, "errors.usernameFormat"),
  name: zText({ max: 200, min: 1 }),
  temporaryPassword: ZPassword,
});
export type TCreateUser = z.input<typeof ZCreateUser>;

export const ZGrantRole = ZRolePlace.extend({ userId: z.uuid("errors.notFound") });
export type TGrantRole = z.input<typeof ZGrantRole>;

export const ZRevokeRole = z.object({ roleAssignmentId: z.uuid("errors.notFound") });
export const ZResetPassword = z.object({ userId: z.uuid("errors.notFound"), temporaryPassword: ZPassword });
export const ZSetUserActive = z.object({ userId: z.uuid("errors.notFound"), active: z.boolean() });
export const ZChangeOwnPassword = z
  .object({ currentPassword: zText({ max: 200, min: 1, keepSpaces: true }), newPassword: ZPassword })
  .refine((value) => value.currentPassword !== value.newPassword, {
    message: "errors.passwordUnchanged",
    path: ["newPassword"],
  });
export const ZNoInput = z.object({}).strict();
