"use client";

import { useRouter } from "next/navigation";

/**
 * A filter bar whose state lives in the URL. With JavaScript it moves to the new
 * URL in place (no jump to the top of a long page; back and forward still work);
 * without, it is a plain GET form that lands on `#anchor`.
 */
export function UrlFilterForm({
  action,
  anchor,
  className,
  children,
}: {
  action: string;
  anchor: string;
  className?: string;
  children: React.ReactNode;
}) {
  const router = useRouter();
  return (
    <form
      action={`${action}#${anchor}`}
      method="get"
      role="search"
      className={className}
      onSubmit={(event) => {
        event.preventDefault();
        const params = new URLSearchParams();
        for (const [name, value] of new FormData(event.currentTarget)) {
          if (typeof value === "string" && value.trim() !== "") params.append(name, value);
        }
        const query = params.toString();
        router.push(`${action}${query ? `?${query}` : ""}`, { scroll: false });
      }}
    >
      {children}
    </form>
  );
}
