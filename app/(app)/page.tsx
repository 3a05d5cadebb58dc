import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { listComparableProvinces } from "@/lib/comparison/queries";
import { listReadableDistricts } from "@/lib/rollout/queries";
import { withScope } from "@/lib/server/scoped-db";
import { requireUser } from "@/lib/server/session";

export default async function HomePage() {
  const user = await requireUser();
  // National admins and province officials land on their comparison.
  if (user.scope.national) redirect("/nasional");
  const { districts, provinces } = await withScope(user.scope, async (ctx) => ({
    districts: await listReadableDistricts(ctx),
    provinces: await listComparableProvinces(ctx),
  }));
  const ownPuskesmas = [...user.scope.puskesmasIds];
  const onlyProvinceGrants = user.scope.grants.every(
    (grant) => grant.provinceId && !grant.districtId && !grant.puskesmasId,
  );
  if (provinces.length === 1 && onlyProvinceGrants) redirect(`/provinsi/${provinces[0]!.code}`);
  // A single-district user (planner, admin) lands straight on their district.
  if (districts.length === 1 && ownPuskesmas.length === 0) redirect(`/kabupaten/${districts[0]!.code}`);
  if (districts.length === 0 && ownPuskesmas.length === 1) redirect(`/puskesmas/${ownPuskesmas[0]}`);

  const t = await getTranslations("home");
  const tc = await getTranslations("comparison");
  return (
    <section className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      {provinces.length > 0 && (
        <ul className="flex flex-wrap gap-2">
          {provinces.map((province) => (
            <li key={province.code}>
              <Link
                href={`/provinsi/${province.code}`}
                className="block rounded border border-brand-600 bg-white px-3 py-2 font-medium text-brand-700 hover:bg-slate-50"
              >
                {tc("compareProvince", { name: province.name })}
              </Link>
            </li>
          ))}
        </ul>
      )}
      {districts.length === 0 ? (
        <p className="text-slate-600">{t("empty")}</p>
      ) : (
        <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
          {districts.map((district) => (
            <li key={district.code}>
              <Link
                href={`/kabupaten/${district.code}`}
                className="block rounded border border-slate-200 bg-white p-3 hover:border-brand-600"
              >
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
