import { getManagedUser } from "@/lib/users/queries";
import { orNotFound } from "@/lib/server/or-not-found";
import { withScope } from "@/lib/server/scoped-db";
import { requireUser } from "@/lib/server/session";

// A user the caller does not manage answers 404, exactly like one that does not exist.
export default async function ManagedUserLayout({ children, params }: { children: React.ReactNode; params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  await orNotFound(withScope(user.scope, (ctx) => getManagedUser(ctx, id)));
  return children;
}
