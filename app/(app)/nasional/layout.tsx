import { requireNational } from "@/lib/auth/guards";
import { guardedLayout } from "@/lib/server/guarded-layout";

export default guardedLayout<Record<string, never>>((ctx) => requireNational(ctx));
