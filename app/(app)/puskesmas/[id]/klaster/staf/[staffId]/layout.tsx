import { requireStaff } from "@/lib/auth/guards";
import { guardedLayout } from "@/lib/server/guarded-layout";

// No loading boundary sits above this page (the puskesmas' and the board's
// skeletons live in their route groups), so another puskesmas' worker is a real 404.
export default guardedLayout<{ id: string; staffId: string }>((ctx, { id, staffId }) =>
  requireStaff(ctx, staffId, undefined, id),
);
