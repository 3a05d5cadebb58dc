import { getComparableProvince } from "@/lib/comparison/queries";
import { orNotFound } from "@/lib/server/or-not-found";
import { withScope } from "@/lib/server/scoped-db";
import { requireUser } from "@/lib/server/session";

// Checked here, outside the page's loading boundary, so another province answers with a real 404.
export default async function ProvinceLayout({ children, params }: { children: React.ReactNode; params: Promise<{ code: string }> }) {
  const user = await requireUser();
  const code = decodeURIComponent((await params).code);
  await orNotFound(withScope(user.scope, (ctx) => getComparableProvince(ctx, code)));
  return children;
}
