import type { z } from "zod";
import { writeAudit } from "@/lib/audit/write";
import { requireDistrict } from "@/lib/auth/guards";
import type { Evidence } from "@/lib/facilities/evidence";
import { placeEvidence } from "@/lib/facilities/evidence-store";
import { NotFoundError, ValidationError } from "@/lib/server/errors";
import type { Ctx } from "@/lib/server/scoped-db";
import type { ZAddActivityAttachment, ZRemoveActivityAttachment } from "./schemas";

/** Enough for an undangan, a daftar hadir and a handful of photos. */
export const ATTACHMENTS_PER_ACTIVITY = 20;

/** The object key of an activity's attachment: grouped by district, named by content. */
const attachmentKey = (districtId: string, activityId: string, sha256: string) =>
  `lampiran/${districtId}/${activityId}/${sha256}`;

/**
 * Attaches an undangan, daftar hadir or foto to an activity of a district the user plans
 * for; the file is checked and stored like stage evidence (row or object store).
 */
export async function addActivityAttachment(
  ctx: Ctx,
  input: z.output<typeof ZAddActivityAttachment>,
  file: Evidence | null,
): Promise<{ id: string }> {
  if (!file) throw new ValidationError("errors.evidenceEmpty", "file");
  const activity = await ctx.db.activity.findFirst({
    where: { id: input.activityId },
    select: { id: true, districtId: true, _count: { select: { attachments: true } } },
  });
  if (!activity) throw new NotFoundError("activity");
  await requireDistrict(ctx, { id: activity.districtId }, "activity.write");
  if (activity._count.attachments >= ATTACHMENTS_PER_ACTIVITY)
    throw new ValidationError("errors.tooManyAttachments", "file", { max: ATTACHMENTS_PER_ACTIVITY });
  const stored = await placeEvidence(attachmentKey(activity.districtId, activity.id, file.sha256), file);
  const metadata = {
    activityId: activity.id,
    kind: input.kind,
    fileName: file.fileName,
    contentType: file.contentType,
    size: file.bytes.byteLength,
    sha256: file.sha256,
  };
  const created = await ctx.db.activityAttachment.create({
    data: { districtId: activity.districtId, ...metadata, ...stored, uploadedById: ctx.scope.userId },
    select: { id: true },
  });
  await writeAudit(ctx.db, {
    actorId: ctx.scope.userId,
    districtId: activity.districtId,
    action: "insert",
    entity: "ActivityAttachment",
    entityId: created.id,
    after: metadata,
  });
  return created;
}

/** Removes an attachment (the form asks first); the audit log keeps its metadata. */
export async function removeActivityAttachment(
  ctx: Ctx,
  input: z.output<typeof ZRemoveActivityAttachment>,
): Promise<void> {
  const attachment = await ctx.db.activityAttachment.findFirst({
    where: { id: input.id },
    select: {
      id: true,
      districtId: true,
      activityId: true,
      kind: true,
      fileName: true,
      contentType: true,
      size: true,
      sha256: true,
    },
  });
  if (!attachment) throw new NotFoundError("attachment");
  await requireDistrict(ctx, { id: attachment.districtId }, "activity.write");
  await ctx.db.activityAttachment.deleteMany({ where: { id: attachment.id, districtId: attachment.districtId } });
  const { id, districtId, ...before } = attachment;
  await writeAudit(ctx.db, {
    actorId: ctx.scope.userId,
    districtId,
    action: "delete",
    entity: "ActivityAttachment",
    entityId: id,
    before,
  });
}
