"use server";

import { revalidateAfter, runAction } from "@/lib/server/action-client";
import {
  ZCreateDataSet,
  ZCreateElement,
  ZUpdateDataSet,
  type TCreateDataSet,
  type TCreateElement,
  type TUpdateDataSet,
  ZReopenReport,
  ZReviewReport,
  ZSaveReport,
  ZSetDueDay,
  ZUpdateElement,
  type TReopenReport,
  type TReviewReport,
  type TSaveReport,
  type TSetDueDay,
  type TUpdateElement,
} from "./schemas";
import {
  createDataSet,
  createElement,
  reopenReport,
  reviewReport,
  saveReport,
  setDueDay,
  updateDataSet,
  updateElement,
} from "./service";

/** Saves a monthly report as a draft, or submits it. */
export async function saveReportAction(input: TSaveReport) {
  return revalidateAfter(runAction(ZSaveReport, input, saveReport), "/puskesmas/[id]", "layout");
}

/** Approves or returns a submitted report. */
export async function reviewReportAction(input: TReviewReport) {
  return revalidateAfter(runAction(ZReviewReport, input, reviewReport), "/puskesmas/[id]", "layout");
}

/** Reopens an approved report with a reason. */
export async function reopenReportAction(input: TReopenReport) {
  return revalidateAfter(runAction(ZReopenReport, input, reopenReport), "/puskesmas/[id]", "layout");
}

/** Sets the district's due day. */
export async function setDueDayAction(input: TSetDueDay) {
  return revalidateAfter(runAction(ZSetDueDay, input, setDueDay), "/kabupaten/[code]", "layout");
}

/** Changes a data element's definition (a used version is kept, a new one written). */
export async function updateElementAction(input: TUpdateElement) {
  return revalidateAfter(runAction(ZUpdateElement, input, updateElement), "/referensi/laporan-bulanan", "page");
}

/** Adds a data element to a data set. */
export async function createElementAction(input: TCreateElement) {
  return revalidateAfter(runAction(ZCreateElement, input, createElement), "/referensi/laporan-bulanan", "page");
}

/** Adds a monthly data set. */
export async function createDataSetAction(input: TCreateDataSet) {
  return revalidateAfter(runAction(ZCreateDataSet, input, createDataSet), "/referensi/laporan-bulanan", "page");
}

/** Renames a data set or changes its default due day. */
export async function updateDataSetAction(input: TUpdateDataSet) {
  return revalidateAfter(runAction(ZUpdateDataSet, input, updateDataSet), "/referensi/laporan-bulanan", "page");
}
