import { getPuskesmasDetail } from "@/lib/rollout/queries";
import { orNotFound } from "@/lib/server/or-not-found";
import { requireUser } from "@/lib/server/session";

// Resolved outside the page's loading boundary, so "not found" is a real 404.
export default async function PuskesmasLayout({ children, params }: { children: React.ReactNode; params: Promise<{ id: string }> }) {
  const user = await requireUser();
  await orNotFound(getPuskesmasDetail(user.scope, (await params).id));
  return children;
}
