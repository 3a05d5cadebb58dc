import { requireStaff } from "@/lib/auth/guards";
import { orNotFound } from "@/lib/server/or-not-found";
import { withScope } from "@/lib/server/scoped-db";
import { requireUser } from "@/lib/server/session";

// No loading boundary sits above this page (the puskesmas' and the board's
// skeletons live in their route groups), so the worker guarded here, before
// anything streams, makes another puskesmas' worker a real 404.
export default async function StaffLayout({ children, params }: { children: React.ReactNode; params: Promise<{ id: string; staffId: string }> }) {
  const user = await requireUser();
  const { id, staffId } = await params;
  await orNotFound(withScope(user.scope, (ctx) => requireStaff(ctx, staffId, undefined, id)));
  return children;
}
