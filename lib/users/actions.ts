"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/server/action-client";
import { ZChangeOwnPassword, ZCreateUser, ZGrantRole, ZNoInput, ZResetPassword, ZRevokeRole, ZSetUserActive, type TCreateUser, type TGrantRole } from "./schemas";
import { changeOwnPassword, createUser, grantRole, resetPassword, revokeRole, setUserActive, signOutEverywhere } from "./service";

async function revalidated<T extends { ok: boolean }>(result: Promise<T>): Promise<T> {
  const settled = await result;
  if (settled.ok) revalidatePath("/pengguna", "layout");
  return settled;
}

export async function createUserAction(input: TCreateUser) {
  return revalidated(runAction(ZCreateUser, input, createUser));
}

export async function grantRoleAction(input: TGrantRole) {
  return revalidated(runAction(ZGrantRole, input, grantRole));
}

export async function revokeRoleAction(input: { roleAssignmentId: string }) {
  return revalidated(runAction(ZRevokeRole, input, revokeRole));
}

export async function resetPasswordAction(input: { userId: string; temporaryPassword: string }) {
  return revalidated(runAction(ZResetPassword, input, resetPassword));
}

export async function setUserActiveAction(input: { userId: string; active: boolean }) {
  return revalidated(runAction(ZSetUserActive, input, setUserActive));
}

/** Allowed while a password change is pending: it is how the user gets out of that state. */
export async function changeOwnPasswordAction(input: { currentPassword: string; newPassword: string }) {
  return runAction(ZChangeOwnPassword, input, changeOwnPassword, { allowPasswordChange: true });
}

export async function signOutEverywhereAction(input: Record<string, never> = {}) {
  return runAction(ZNoInput, input, (ctx) => signOutEverywhere(ctx), { allowPasswordChange: true });
}
