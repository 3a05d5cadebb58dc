import { requireStaff } from "@/lib/auth/guards";
import { orNotFound } from "@/lib/server/or-not-found";
import { withScope } from "@/lib/server/scoped-db";
import { requireUser } from "@/lib/server/session";

// The puskesmas' layout streams this page inside its loading boundary: the
// worker is guarded here first, so another puskesmas' worker is a real 404.
export default async function StaffLayout({ children, params }: { children: React.ReactNode; params: Promise<{ id: string; staffId: string }> }) {
  const user = await requireUser();
  const { id, staffId } = await params;
  await orNotFound(withScope(user.scope, (ctx) => requireStaff(ctx, staffId, undefined, id)));
  return children;
}
