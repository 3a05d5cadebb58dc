import { isRealIsoDate } from "@/lib/dates";

/**
 * Whether an NIP (Nomor Induk Pegawai of a civil servant) is well formed:
 * 18 digits = date of birth (YYYYMMDD), appointment month (YYYYMM), sex (1 or 2)
 * and a three-digit serial. Returns the catalogue key of the problem, or null.
 */
export function nipProblem(nip: string): string | null {
  if (!/^\d{18}$/.test(nip)) return "staffing.errors.nipDigits";
  const birth = nip.slice(0, 8);
  const birthYear = Number(birth.slice(0, 4));
  const birthValid =
    isRealIsoDate(`${birth.slice(0, 4)}-${birth.slice(4, 6)}-${birth.slice(6, 8)}`) && birthYear >= 1940;
  const appointYear = Number(nip.slice(8, 12));
  const appointMonth = Number(nip.slice(12, 14));
  const appointValid = appointMonth >= 1 && appointMonth <= 12 && appointYear >= birthYear + 15;
  if (!birthValid || !appointValid) return "staffing.errors.nipDates";
  if (!["1", "2"].includes(nip[14]!)) return "staffing.errors.nipSex";
  return null;
}
