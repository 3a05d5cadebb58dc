/** A record that does not exist, or that the user may not see: the two answer alike. */
export class NotFoundError extends Error {
  constructor(what = "record") {
    super(`${what} not found`);
    this.name = "NotFoundError";
  }
}

/** Input that breaks a domain rule; `messageKey` names a message in the catalogue. */
export class ValidationError extends Error {
  constructor(
    readonly messageKey: string,
    readonly field?: string,
    readonly values: Record<string, string | number> = {},
  ) {
    super(messageKey);
    this.name = "ValidationError";
  }
}

/** Someone else saved the record first (optimistic concurrency). */
export class ConflictError extends Error {
  constructor(
    readonly messageKey = "errors.conflict",
    readonly values: Record<string, string | number> = {},
  ) {
    super(messageKey);
    this.name = "ConflictError";
  }
}

/** The user may see the record but not change it (e.g. a province official). */
export class ForbiddenError extends Error {
  constructor(readonly messageKey = "errors.forbidden") {
    super(messageKey);
    this.name = "ForbiddenError";
  }
}
