import { requireDistrict } from "@/lib/auth/guards";
import { guardedLayout } from "@/lib/server/guarded-layout";

export default guardedLayout<{ code: string }>((ctx, { code }) =>
  requireDistrict(ctx, { code: decodeURIComponent(code) }),
);
