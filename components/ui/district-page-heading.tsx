import Link from "next/link";

/** A district sub-page's breadcrumb back to the district, and its title. */
export function DistrictPageHeading({ district, title }: { district: { code: string; name: string }; title: string }) {
  return (
    <>
      <nav className="text-sm text-slate-500">
        <Link href={`/kabupaten/${district.code}`} className="hover:underline">
          {district.name}
        </Link>
      </nav>
      <h1 className="text-2xl font-bold">{title}</h1>
    </>
  );
}
