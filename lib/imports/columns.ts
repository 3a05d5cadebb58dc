import { columnName } from "./cells";
import type { ImportKindDef } from "./types";

/**
 * Other names files use for a template column, Indonesian and English (already
 * as column names: lower case, spaces as "_"). A kind adds its own in `aliases`
 * (the regions kind: `kode_desa`, `kode_wilayah`, the Kemendagri list's headers).
 */
const COMMON_ALIASES: Record<string, string[]> = {
  kode: ["code", "kode_wilayah"],
  nama: ["name", "nama_lengkap"],
  jenis: ["type", "tipe", "jenis_fasilitas"],
  tahap: ["stage", "tahap_ilp"],
  tanggal: ["date", "tanggal_berlaku", "tanggal_perubahan"],
  catatan: ["note", "notes", "keterangan"],
  nip: ["nip_baru", "nomor_induk_pegawai"],
  profesi: ["profession", "jenis_tenaga", "jenis_nakes"],
  status_kepegawaian: ["employment_status", "status_pegawai"],
  penempatan: ["posting", "lokasi_tugas"],
  aktif: ["active", "status_aktif"],
  tingkat: ["level", "tingkat_kader", "strata"],
  kompetensi: ["competencies", "kompetensi_kader"],
  rawat_inap: ["inpatient", "rawat_inap_(ya/tidak)"],
  nama_lain: ["aliases", "other_names", "alias"],
  kode_puskesmas: ["puskesmas_code", "kode_pkm"],
  kode_pustu: ["pustu_code"],
  kode_posyandu: ["posyandu_code"],
  kode_kecamatan: ["kecamatan_code", "kode_kec"],
  kode_desa: ["desa_code", "village_code", "kode_kelurahan", "kode_desa/kelurahan"],
  jenis_induk: ["parent_type"],
  kode_induk: ["parent_code"],
  jadwal_pustu: ["pustu_schedule", "jadwal"],
};

/** The names accepted for each of a kind's columns: its own first, then the kind's and the common aliases. */
export function acceptedNames(def: Pick<ImportKindDef<unknown>, "columns" | "aliases">): Map<string, string[]> {
  const names = new Map<string, string[]>();
  for (const column of Object.keys(def.columns)) {
    const others = [...(def.aliases?.[column] ?? []), ...(COMMON_ALIASES[column] ?? [])].map(columnName);
    names.set(column, [column, ...others]);
  }
  return names;
}

/**
 * Which header column feeds each template column. A template name present in
 * the file always wins; otherwise the first alias present that is not itself
 * one of the kind's template columns (a facility file's `kode_desa` stays the
 * desa code even though the regions kind reads `kode_desa` as its `kode`).
 */
export function matchColumns(
  def: Pick<ImportKindDef<unknown>, "columns" | "aliases">,
  header: string[],
): Map<string, string> {
  const present = new Set(header.filter(Boolean));
  const own = new Set(Object.keys(def.columns));
  const taken = new Set<string>();
  const matched = new Map<string, string>();
  for (const [column, names] of acceptedNames(def)) {
    const source = present.has(column)
      ? column
      : names.find((name) => present.has(name) && !own.has(name) && !taken.has(name));
    if (source) {
      matched.set(column, source);
      taken.add(source);
    }
  }
  return matched;
}
