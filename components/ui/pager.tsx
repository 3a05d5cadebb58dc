import Link from "next/link";

/** Previous / "page X of Y" / next, with links built by `href(page)` so filters stay in the URL. */
export function Pager({
  page,
  pageCount,
  href,
  labels,
}: {
  page: number;
  pageCount: number;
  href: (page: number) => string;
  labels: { previous: string; next: string; page: string };
}) {
  return (
    <nav className="flex items-center gap-3 text-sm" aria-label={labels.page}>
      {page > 1 && (
        <Link href={href(page - 1)} className="underline">
          {labels.previous}
        </Link>
      )}
      <span>{labels.page}</span>
      {page < pageCount && (
        <Link href={href(page + 1)} className="underline">
          {labels.next}
        </Link>
      )}
    </nav>
  );
}
