import { getTranslations } from "next-intl/server";
import { Pager } from "./pager";

/** A list page's pager, labelled from the "list" messages; `href(page)` keeps the filters. */
export async function ListPager({
  page,
  pageCount,
  href,
}: {
  page: number;
  pageCount: number;
  href: (page: number) => string;
}) {
  const t = await getTranslations("list");
  return (
    <Pager
      page={page}
      pageCount={pageCount}
      href={href}
      labels={{ previous: t("previous"), next: t("next"), page: t("page", { page, pageCount }) }}
    />
  );
}
