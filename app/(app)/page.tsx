import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { listReadableDistricts } from "@/lib/rollout/queries";
import { withScope } from "@/lib/server/scoped-db";
import { requireUser } from "@/lib/server/session";

export default async function HomePage() {
  const user = await requireUser();
  const districts = await withScope(user.scope, (ctx) => listReadableDistricts(ctx));
  const ownPuskesmas = [...user.scope.puskesmasIds];
  // A single-district user (planner, admin) lands straight on their district.
  if (districts.length === 1 && ownPuskesmas.length === 0) redirect(`/kabupaten/${districts[0]!.code}`);
  if (districts.length === 0 && ownPuskesmas.length === 1) redirect(`/puskesmas/${ownPuskesmas[0]}`);

  const t = await getTranslations("home");
  return (
    <section className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      {districts.length === 0 ? (
        <p className="text-slate-600">{t("empty")}</p>
      ) : (
        <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
          {districts.map((district) => (
            <li key={district.code}>
              <Link href={`/kabupaten/${district.code}`} className="block rounded border border-slate-200 bg-white p-3 hover:border-brand-600">
                <span className="font-medium">{district.name}</span>
                <span className="block text-xs text-slate-500">
                  {district.provinceName} · {district.code}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
