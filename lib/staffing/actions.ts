"use server";

import { revalidateAfter, runAction } from "@/lib/server/action-client";
import { saveBoard, updateBoardSettings } from "./board-service";
import {
  ZBoardSettings,
  ZCreateStaff,
  ZSaveBoard,
  ZSetStaffActive,
  ZUpdateStaff,
  type TBoardSettings,
  type TCreateStaff,
  type TSaveBoard,
  type TSetStaffActive,
  type TUpdateStaff,
} from "./schemas";
import { createStaff, setStaffActive, updateStaff } from "./service";

const PUSKESMAS_PAGES = "/puskesmas/[id]";

/** Saves the whole cluster board, all or nothing; a board changed since it was loaded is refused. */
export async function saveBoardAction(input: TSaveBoard) {
  return revalidateAfter(runAction(ZSaveBoard, input, saveBoard), PUSKESMAS_PAGES);
}

export async function updateBoardSettingsAction(input: TBoardSettings) {
  return revalidateAfter(runAction(ZBoardSettings, input, updateBoardSettings), PUSKESMAS_PAGES);
}

export async function createStaffAction(input: TCreateStaff) {
  return revalidateAfter(runAction(ZCreateStaff, input, createStaff), PUSKESMAS_PAGES);
}

export async function updateStaffAction(input: TUpdateStaff) {
  return revalidateAfter(runAction(ZUpdateStaff, input, updateStaff), PUSKESMAS_PAGES);
}

/** Deactivates (after confirmation in the form) or reactivates a staff member. */
export async function setStaffActiveAction(input: TSetStaffActive) {
  return revalidateAfter(runAction(ZSetStaffActive, input, setStaffActive), PUSKESMAS_PAGES);
}
