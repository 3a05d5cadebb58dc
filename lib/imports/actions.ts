"use server";

import { revalidateAfter, runAction } from "@/lib/server/action-client";
import { ZUndoImport, type TUndoImport } from "./schemas";
import { undoImport } from "./undo-service";

/** Undoes an import batch while nothing newer has touched its rows (the page asks for confirmation first). */
export async function undoImportAction(input: TUndoImport) {
  return revalidateAfter(runAction(ZUndoImport, input, undoImport), "/");
}
