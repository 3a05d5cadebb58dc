import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { loadGrants } from "@/lib/auth/load-grants";
import { buildScope, type Scope } from "@/lib/auth/scope";
import { authOptions } from "./auth";
import { db } from "./db";

export type CurrentUser = { id: string; name: string; username: string; mustChangePassword: boolean; scope: Scope };

/**
 * Resolves a session's claims to a user, reading the database each time: a
 * deactivated user, or a session issued before the user's session version was
 * raised (sign-out everywhere, password change, deactivation), gets null.
 */
export async function resolveSessionUser(claims: { userId?: string; sessionVersion?: number } | null): Promise<CurrentUser | null> {
  if (!claims?.userId) return null;
  const user = await db().user.findUnique({
    where: { id: claims.userId },
    select: { id: true, name: true, username: true, active: true, sessionVersion: true, mustChangePassword: true },
  });
  if (!user || !user.active || user.sessionVersion !== claims.sessionVersion) return null;
  return { id: user.id, name: user.name, username: user.username, mustChangePassword: user.mustChangePassword, scope: await loadScope(user.id) };
}

/** The scope of a user's current role assignments (tables without district rows, so no scope is needed to read them). */
export async function loadScope(userId: string): Promise<Scope> {
  const grants = await loadGrants(db(), userId);
  const provinceIds = grants.filter((grant) => grant.provinceId && !grant.districtId).map((grant) => grant.provinceId!);
  const districts = provinceIds.length
    ? await db().region.findMany({ where: { level: "KABUPATEN", provinceId: { in: provinceIds } }, select: { id: true, provinceId: true } })
    : [];
  const districtsOfProvince = new Map<string, string[]>();
  for (const district of districts) districtsOfProvince.set(district.provinceId!, [...(districtsOfProvince.get(district.provinceId!) ?? []), district.id]);
  return buildScope(userId, grants, districtsOfProvince);
}

/** The signed-in user of this request, or null. */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => resolveSessionUser(await getServerSession(authOptions)));

/**
 * For pages: the signed-in user, or a redirect to the sign-in page. A user
 * whose password was reset is sent to change it first.
 */
export async function requireUser(options: { allowPasswordChange?: boolean } = {}): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/masuk");
  if (user.mustChangePassword && !options.allowPasswordChange) redirect("/ganti-sandi");
  return user;
}
