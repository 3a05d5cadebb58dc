import { requireProvince } from "@/lib/auth/guards";
import { guardedLayout } from "@/lib/server/guarded-layout";

export default guardedLayout<{ code: string }>((ctx, { code }) => requireProvince(ctx, decodeURIComponent(code)));
