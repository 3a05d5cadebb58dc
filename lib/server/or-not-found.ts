import "server-only";
import { notFound } from "next/navigation";
import { knownFailure } from "./failures";

/**
 * For pages and layouts: an error the failure table answers with 404 (missing
 * or out of scope alike) renders the not-found page; anything else is rethrown
 * to the error boundary. Call it before anything streams (in the segment's
 * layout when the segment has a loading.tsx), so the 404 is the HTTP status.
 */
export async function orNotFound<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (knownFailure(error)?.status === 404) notFound();
    throw error;
  }
}
