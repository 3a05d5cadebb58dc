import { notFound } from "next/navigation";
import { requireUser } from "@/lib/server/session";

// Checked here, outside the page's loading boundary, so anyone but a national admin gets a real 404.
export default async function NationalLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  if (!user.scope.national) notFound();
  return children;
}
