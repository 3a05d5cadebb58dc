import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { Target } from "@/lib/auth/permissions";
import { mayUndoImport } from "@/lib/imports/undo-service";
import { requireUser } from "@/lib/server/session";

/** Breadcrumb back to the puskesmas and the cluster screens (the roster import's history is readable by all); the current one is marked. */
export async function KlasterNav({
  puskesmas,
  current,
}: {
  puskesmas: { id: string; name: string; target: Target };
  current: "board" | "structure" | "staff" | "import";
}) {
  const t = await getTranslations("staffing");
  const base = `/puskesmas/${puskesmas.id}/klaster`;
  const links = [
    { key: "board", href: base, label: t("nav.board") },
    { key: "structure", href: `${base}/struktur`, label: t("nav.structure") },
    { key: "staff", href: `${base}/staf`, label: t("nav.staff") },
    { key: "import", href: `${base}/impor`, label: t("nav.import") },
  ] as const;
  // Offered to those who may import or undo an import here; for others the page still answers, with its history.
  const user = await requireUser();
  const shown = links.filter(
    (link) => link.key !== "import" || current === "import" || mayUndoImport(user.scope, puskesmas.target),
  );
  return (
    <div className="flex flex-col gap-1 print:hidden">
      <nav className="text-sm text-slate-500">
        <Link href={`/puskesmas/${puskesmas.id}`} className="hover:underline">
          {puskesmas.name}
        </Link>
      </nav>
      <nav aria-label={t("nav.label")} className="flex flex-wrap gap-3 text-sm">
        {shown.map((link) => (
          <Link
            key={link.key}
            href={link.href}
            aria-current={link.key === current ? "page" : undefined}
            className={link.key === current ? "font-semibold text-slate-900" : "text-brand-700 underline"}
          >
            {link.label}
          </Link>
        ))}
      </nav>
    </div>
  );
}
