"use server";

import { revalidateAfter, runAction } from "@/lib/server/action-client";
import {
  ZChangeOwnPassword,
  ZCreateUser,
  ZGrantRole,
  ZNoInput,
  ZResetPassword,
  ZRevokeRole,
  ZSetUserActive,
  type TCreateUser,
  type TGrantRole,
} from "./schemas";
import {
  changeOwnPassword,
  createUser,
  grantRole,
  resetPassword,
  revokeRole,
  setUserActive,
  signOutEverywhere,
} from "./service";

const REVALIDATE = ["/pengguna", "layout"] as const;

export async function createUserAction(input: TCreateUser) {
  return revalidateAfter(runAction(ZCreateUser, input, createUser), ...REVALIDATE);
}

export async function grantRoleAction(input: TGrantRole) {
  return revalidateAfter(runAction(ZGrantRole, input, grantRole), ...REVALIDATE);
}

export async function revokeRoleAction(input: { roleAssignmentId: string }) {
  return revalidateAfter(runAction(ZRevokeRole, input, revokeRole), ...REVALIDATE);
}

export async function resetPasswordAction(input: { userId: string; temporaryPassword: string }) {
  return revalidateAfter(runAction(ZResetPassword, input, resetPassword), ...REVALIDATE);
}

export async function setUserActiveAction(input: { userId: string; active: boolean }) {
  return revalidateAfter(runAction(ZSetUserActive, input, setUserActive), ...REVALIDATE);
}

/** Allowed while a password change is pending: it is how the user gets out of that state. */
export async function changeOwnPasswordAction(input: { currentPassword: string; newPassword: string }) {
  return runAction(ZChangeOwnPassword, input, changeOwnPassword, { allowPasswordChange: true });
}

export async function signOutEverywhereAction(input: Record<string, never> = {}) {
  return runAction(ZNoInput, input, (ctx) => signOutEverywhere(ctx), { allowPasswordChange: true });
}
