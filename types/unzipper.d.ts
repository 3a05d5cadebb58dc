// The little of unzipper 0.10 (exceljs' own zip reader) that lib/imports/read-table.ts uses.
declare module "unzipper" {
  import type { Duplex, Readable } from "node:stream";
  export interface Entry extends Readable {
    path: string;
    autodrain(): { promise(): Promise<void> };
  }
  export function Parse(options?: { forceStream?: boolean }): Duplex;
  const unzipper: { Parse: typeof Parse };
  export default unzipper;
}
