import type { z } from "zod";
import { ValidationError } from "./errors";

/** Parses `input` or throws a ValidationError carrying the first issue's catalogue key and field. */
export function parseOrThrow<Schema extends z.ZodType>(schema: Schema, input: unknown): z.output<Schema> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  // Catalogue keys: the shared "errors.*" or a feature's own "<feature>.errors.*".
  const key = /^([a-zA-Z]+\.)?errors\./.test(issue.message) ? issue.message : "errors.required";
  throw new ValidationError(key, issue.path.join("."));
}

/** A unique-constraint violation, from Prisma (P2002) or straight from PostgreSQL (23505). */
export function isUniqueViolation(error: unknown): boolean {
  const candidate = error as {
    code?: string;
    cause?: { code?: string };
    meta?: { driverAdapterError?: { cause?: { kind?: string } } };
  };
  return (
    candidate?.code === "P2002" ||
    candidate?.code === "23505" ||
    candidate?.cause?.code === "23505" ||
    candidate?.meta?.driverAdapterError?.cause?.kind === "UniqueConstraintViolation"
  );
}
