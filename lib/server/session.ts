import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { buildScope, type Grant, type Scope } from "@/lib/auth/scope";
import { authOptions } from "./auth";
import { db } from "./db";

export type CurrentUser = { id: string; name: string; username: string; scope: Scope };

/**
 * The signed-in user and their scope, read from the database on every request:
 * a deactivated user, or a session older than the user's session version, is
 * treated as signed out. Returns null when there is no valid session.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await getServerSession(authOptions);
  if (!session?.userId) return null;
  const user = await db().user.findUnique({
    where: { id: session.userId },
    select: {
      id: true,
      name: true,
      username: true,
      active: true,
      sessionVersion: true,
      roles: {
        select: {
          role: true,
          region: { select: { id: true, level: true, provinceId: true } },
          puskesmas: { select: { id: true, districtId: true, kecamatan: { select: { provinceId: true } } } },
        },
      },
    },
  });
  if (!user || !user.active || user.sessionVersion !== session.sessionVersion) return null;

  const grants: Grant[] = user.roles.map((assignment) => {
    if (assignment.puskesmas) {
      return {
        role: assignment.role,
        puskesmasId: assignment.puskesmas.id,
        districtId: assignment.puskesmas.districtId,
        provinceId: assignment.puskesmas.kecamatan?.provinceId ?? null,
      };
    }
    const region = assignment.region;
    if (!region) return { role: assignment.role, puskesmasId: null, districtId: null, provinceId: null };
    return region.level === "PROVINSI"
      ? { role: assignment.role, puskesmasId: null, districtId: null, provinceId: region.id }
      : { role: assignment.role, puskesmasId: null, districtId: region.id, provinceId: region.provinceId };
  });
  return { id: user.id, name: user.name, username: user.username, scope: buildScope(user.id, grants) };
});

/** Like getCurrentUser, but sends the visitor to the sign-in page when there is no valid session. */
export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/masuk");
  return user;
}
