import { requireFacility } from "@/lib/auth/guards";
import { orNotFound } from "@/lib/server/or-not-found";
import { withScope } from "@/lib/server/scoped-db";
import { requireUser } from "@/lib/server/session";

// Guarded here, outside the page's loading boundary, so "not found" is a real 404.
export default async function FacilityLayout({ children, params }: { children: React.ReactNode; params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  await orNotFound(withScope(user.scope, (ctx) => requireFacility(ctx, id)));
  return children;
}
