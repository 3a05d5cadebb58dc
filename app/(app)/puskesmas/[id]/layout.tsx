import { requirePuskesmas } from "@/lib/auth/guards";
import { guardedLayout } from "@/lib/server/guarded-layout";

export default guardedLayout<{ id: string }>((ctx, { id }) => requirePuskesmas(ctx, id));
