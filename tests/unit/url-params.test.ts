import { describe, expect, it } from "vitest";
import { puskesmasListQuery } from "@/lib/rollout/url";
import { RENAMED_PARAMS, queryString, redirectRenamedParams, withRenamedParams } from "@/lib/server/url-params";
import { staffListQuery } from "@/lib/staffing/url";

const renamed = (url: string) => withRenamedParams(new URL(url))?.toString() ?? null;

describe("old URL parameter names", () => {
  it("maps every old name to an Indonesian one, never to another old name", () => {
    for (const [oldName, newName] of Object.entries(RENAMED_PARAMS)) {
      expect(newName).not.toBe(oldName);
      expect(Object.hasOwn(RENAMED_PARAMS, newName)).toBe(false);
    }
    expect(RENAMED_PARAMS).toMatchObject({
      page: "hal",
      sort: "urut",
      dir: "arah",
      q: "cari",
      type: "jenis",
      stage: "tahap",
    });
  });

  it("renames old names in place, keeping values, order and the other parameters", () => {
    expect(
      renamed(
        "http://x/kabupaten/17.02/fasilitas?type=POSYANDU&stage=BELUM&kecamatan=17.02.01&sort=kecamatan&dir=desc&page=3",
      ),
    ).toBe(
      "http://x/kabupaten/17.02/fasilitas?jenis=POSYANDU&tahap=BELUM&kecamatan=17.02.01&urut=kecamatan&arah=desc&hal=3",
    );
    expect(renamed("http://x/audit?action=update&entity=Facility&actor=admin&from=2025-01-01&to=2025-02-01")).toBe(
      "http://x/audit?aksi=update&entitas=Facility&pelaku=admin&dari=2025-01-01&sampai=2025-02-01",
    );
    expect(renamed("http://x/nasional?kq=rejang&kurut=name")).toBe("http://x/nasional?kcari=rejang&kurut=name");
    expect(renamed("http://x/pengguna?q=sumber+urip")).toBe("http://x/pengguna?cari=sumber+urip");
  });

  it("lets the new name win when both are given", () => {
    expect(renamed("http://x/kabupaten/17.02?page=2&hal=5")).toBe("http://x/kabupaten/17.02?hal=5");
  });

  it("leaves current URLs, next-auth's and Next's own alone", () => {
    expect(renamed("http://x/kabupaten/17.02?cari=urip&hal=2&per=2025-01-01&format=xlsx")).toBeNull();
    expect(renamed("http://x/kabupaten/17.02")).toBeNull();
    expect(renamed("http://x/api/auth/callback/credentials?page=1")).toBeNull();
    expect(renamed("http://x/_next/static/chunk.js?q=1")).toBeNull();
  });

  it("answers a GET with an old name with a 308 to the new names, and lets other methods through", () => {
    const response = redirectRenamedParams(new Request("http://localhost:3000/kabupaten/17.02?q=urib&page=2"));
    expect(response?.status).toBe(308);
    expect(response?.headers.get("location")).toBe("http://localhost:3000/kabupaten/17.02?cari=urib&hal=2");
    expect(redirectRenamedParams(new Request("http://localhost:3000/kabupaten/17.02?cari=urib"))).toBeNull();
    expect(
      redirectRenamedParams(new Request("http://localhost:3000/kabupaten/17.02?q=urib", { method: "POST" })),
    ).toBeNull();
  });
});

describe("list query strings", () => {
  it("keep the values in order, leaving out empty ones and defaults", () => {
    expect(queryString({ cari: "urip", tahap: undefined, kecamatan: "", hal: 2 }, { hal: 1 })).toBe("?cari=urip&hal=2");
    expect(queryString({ cari: null, hal: 1 }, { hal: 1 })).toBe("");
    expect(queryString({ tahun: 2026, jenis: "PELATIHAN" })).toBe("?tahun=2026&jenis=PELATIHAN");
  });

  it("build the puskesmas and staff list links with the changes applied", () => {
    const puskesmas = { jenis: "PUSKESMAS", cari: "", urut: "name", arah: "asc", hal: 1 } as const;
    expect(puskesmasListQuery(puskesmas)).toBe("");
    expect(puskesmasListQuery(puskesmas, { jenis: "PUSTU", arah: "desc", hal: 3 })).toBe(
      "?jenis=PUSTU&arah=desc&hal=3",
    );
    const staff = { cari: undefined, status: "aktif", urut: "nama", hal: 2 } as const;
    expect(staffListQuery(staff)).toBe("?hal=2");
    expect(staffListQuery(staff, { status: "semua", cari: "sari", hal: 1 })).toBe("?cari=sari&status=semua");
  });
});
