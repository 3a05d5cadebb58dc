import { z } from "zod";

export const ZUndoImport = z.object({ batchId: z.uuid("errors.notFound") });
export type TUndoImport = z.input<typeof ZUndoImport>;

/** The import history's page (`?hal=`); anything else reads as the first. */
export const ZImportHistoryQuery = z.object({ hal: z.coerce.number().int().min(1).catch(1).default(1) });
