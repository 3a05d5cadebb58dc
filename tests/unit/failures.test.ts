import { afterEach, describe, expect, it, vi } from "vitest";
import { FileRejected } from "@/lib/imports/read-table";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/server/errors";
import { failureOf, failureResponse, knownFailure, UNAUTHENTICATED } from "@/lib/server/failures";
import { logger } from "@/lib/runtime/logger";

afterEach(() => vi.restoreAllMocks());

describe("the failure table", () => {
  it("maps every domain error to its status and catalogue message", () => {
    expect(failureOf(new NotFoundError("puskesmas"))).toEqual({
      code: "NOT_FOUND",
      status: 404,
      messageKey: "errors.notFound",
    });
    expect(failureOf(new ForbiddenError("errors.grantTooWide"))).toEqual({
      code: "FORBIDDEN",
      status: 403,
      messageKey: "errors.grantTooWide",
    });
    expect(failureOf(new ValidationError("errors.dateInFuture", "effectiveDate"))).toEqual({
      code: "VALIDATION",
      status: 400,
      messageKey: "errors.dateInFuture",
      field: "effectiveDate",
    });
    expect(failureOf(new ConflictError("errors.conflict", { by: "Ani" }))).toEqual({
      code: "CONFLICT",
      status: 409,
      messageKey: "errors.conflict",
      values: { by: "Ani" },
    });
    expect(failureOf(new FileRejected("imports.file.tooManyRows", { max: 10 }))).toEqual({
      code: "VALIDATION",
      status: 400,
      messageKey: "imports.file.tooManyRows",
      values: { max: 10 },
    });
    expect(UNAUTHENTICATED.status).toBe(401);
  });

  it("answers anything else with 500 and a generic message, never the error's text", () => {
    const log = vi.spyOn(logger(), "error").mockImplementation(() => {});
    const failure = failureOf(
      new Error('duplicate key value violates unique constraint "Staff_nip_key"\n    at Object.query (pg.js:1)'),
      "Test",
    );
    const errorId = (failure.values?.errorId ?? "") as string;
    expect(failure).toEqual({ code: "ERROR", status: 500, messageKey: "common.errorWithCode", values: { errorId } });
    expect(errorId).toMatch(/^[0-9a-f]{10}$/);
    expect(JSON.stringify(failure)).not.toMatch(/Staff_nip_key|pg\.js/);
    expect(log).toHaveBeenCalledOnce();
    // The log line carries the same id the user is shown.
    expect(log.mock.calls[0]![0]).toMatchObject({ errorId });
    expect(knownFailure(new TypeError("x"))).toBeNull();
  });

  it("answers route handlers with JSON, the status and no caching", async () => {
    const response = failureResponse(failureOf(new NotFoundError()));
    expect(response.status).toBe(404);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({ ok: false, code: "NOT_FOUND", messageKey: "errors.notFound" });
  });
});
