import { z } from "zod";

export const ZUndoImport = z.object({ batchId: z.uuid("errors.notFound") });
export type TUndoImport = z.input<typeof ZUndoImport>;
