import "server-only";
import { notFound } from "next/navigation";
import { NotFoundError } from "./errors";

/** Renders the 404 page for a NotFoundError (missing or out of scope alike); rethrows anything else. */
export async function orNotFound<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}
