import { requireDistrict } from "@/lib/auth/guards";
import { orNotFound } from "@/lib/server/or-not-found";
import { withScope } from "@/lib/server/scoped-db";
import { requireUser } from "@/lib/server/session";

// Guarding the district here, outside the page's loading boundary, lets an
// unknown or out-of-scope district answer with a real 404 status.
export default async function DistrictLayout({ children, params }: { children: React.ReactNode; params: Promise<{ code: string }> }) {
  const user = await requireUser();
  const code = decodeURIComponent((await params).code);
  await orNotFound(withScope(user.scope, (ctx) => requireDistrict(ctx, { code })));
  return children;
}
