import type { z } from "zod";
import type { Ctx } from "@/lib/server/scoped-db";
import type { RowLink, Snapshot } from "./types";

/**
 * A table an import writes to, described once by the kind that owns it. The
 * same `snapshot` makes the "after" image at import time and the "current"
 * image at undo time, so equal images mean nothing has touched the row since.
 */
export type EntitySpec<Fields, Image extends Snapshot> = {
  /** Stored in ImportBatchRow.entity, so never renamed. */
  name: string;
  /** The rows with these ids, with the fields `snapshot` reads. */
  find: (ctx: Ctx, ids: string[]) => Promise<(Fields & { id: string })[]>;
  /** The fields an import manages, as plain JSON. */
  snapshot: (row: Fields) => Image;
  /** Reads a stored image back (the "before" that undo restores). */
  image: z.ZodType<Image>;
  /** Deletes rows a batch created (parents after their children within the table). */
  deleteCreated: (ctx: Ctx, ids: string[]) => Promise<void>;
  /** Puts a row a batch updated back as it was, its version included. */
  restore: (ctx: Ctx, id: string, before: Image) => Promise<void>;
};

/** What the undo service needs of a table, whatever the types of its rows. */
export type ImportEntity = {
  name: string;
  currentImages: (ctx: Ctx, ids: string[]) => Promise<Map<string, Snapshot>>;
  deleteCreated: (ctx: Ctx, ids: string[]) => Promise<void>;
  /** `before` is the stored JSON: checked against the image schema before it is written. */
  restore: (ctx: Ctx, id: string, before: unknown) => Promise<void>;
};

/** An entity with typed helpers for the kinds' `apply`: the links they record for a batch. */
export type TypedEntity<Fields, Image extends Snapshot> = ImportEntity & {
  snapshot: (row: Fields) => Image;
  created: (id: string, after: Fields) => RowLink;
  updated: (id: string, before: Fields, after: Fields) => RowLink;
};

export function defineEntity<Fields, Image extends Snapshot>(
  spec: EntitySpec<Fields, Image>,
): TypedEntity<Fields, Image> {
  return {
    name: spec.name,
    snapshot: spec.snapshot,
    created: (id, after) => ({
      entity: spec.name,
      entityId: id,
      created: true,
      before: null,
      after: spec.snapshot(after),
    }),
    updated: (id, before, after) => ({
      entity: spec.name,
      entityId: id,
      created: false,
      before: spec.snapshot(before),
      after: spec.snapshot(after),
    }),
    currentImages: async (ctx, ids) => new Map((await spec.find(ctx, ids)).map((row) => [row.id, spec.snapshot(row)])),
    deleteCreated: spec.deleteCreated,
    restore: (ctx, id, before) => spec.restore(ctx, id, spec.image.parse(before)),
  };
}
