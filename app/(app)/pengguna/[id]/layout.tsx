import { guardedLayout } from "@/lib/server/guarded-layout";
import { getManagedUser } from "@/lib/users/queries";

// A user the caller does not manage answers 404, exactly like one that does not exist.
export default guardedLayout<{ id: string }>((ctx, { id }) => getManagedUser(ctx, id));
