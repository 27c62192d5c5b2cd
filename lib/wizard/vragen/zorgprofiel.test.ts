import { describe, expect, it } from "vitest";
import { indicatieVragen } from "@/content/wizard/indicatie";
import { BIJLAGE_4 } from "@/rules/data/zorgprofielen";
import { aanspreking } from "../journey";
import type { Antwoorden } from "../antwoorden";
import { vindOpOmschrijving, zorgprofielUit } from "./feiten";
import { beantwoord } from "./testhulp";
import { zorgprofielVraag as vraag } from "./zorgprofiel";

const t = indicatieVragen.zorgprofiel;
const metIndicatie: Antwoorden = { voorWie: "zelf", heeftIndicatie: "ja" };

function fout(invoer: string): string | undefined {
  const r = vraag.schema.safeParse({ zorgprofiel: invoer });
  return r.success ? undefined : r.error.issues.find((i) => i.path[0] === "zorgprofiel")?.message;
}

describe("zorgprofiel page", () => {
  it.each([
    ["ZZP 5 VV", "5VV"],
    ["5vv", "5VV"],
    ["VV 5", "5VV"],
    ["  zp 3 lvg ", "3LVG"],
    ["GGZ-B", "GGZ-B"],
    ["ZP SGLVG", "SGLVG"],
  ])("accepts %j as %s (IND-05) and stores it as typed, trimmed", (invoer, code) => {
    const a = beantwoord(metIndicatie, "zorgprofiel", { zorgprofiel: invoer });
    expect(a.zorgprofiel).toBe(invoer.trim());
    expect(zorgprofielUit(a)?.code).toBe(code);
  });

  it("accepts the omschrijving from the indicatiebesluit and stores the code", () => {
    const a = beantwoord(metIndicatie, "zorgprofiel", { zorgprofiel: "VG wonen met begeleiding en verzorging" });
    expect(a.zorgprofiel).toBe("ZP 3 VG");
    expect(zorgprofielUit(a)?.code).toBe("3VG");
    expect(vindOpOmschrijving("Beschermd wonen met intensieve dementiezorg")?.code).toBe("5VV");
  });

  it("does not guess between profiles with the same omschrijving", () => {
    // VG 3 and LG 4 are both "Wonen met begeleiding en verzorging".
    expect(vindOpOmschrijving("Wonen met begeleiding en verzorging")).toBeNull();
    expect(fout("Wonen met begeleiding en verzorging")).toBe(t.onbekend);
  });

  it("says where to find the zorgprofiel when it is empty or names nothing", () => {
    expect(fout("")).toBe(t.leeg);
    expect(fout("   ")).toBe(t.leeg);
    expect(fout("11VV")).toBe(t.onbekend);
    expect(fout("5 GGZ")).toBe(t.onbekend);
    for (const tekst of [t.leeg, t.onbekend]) expect(tekst).toContain("A Soort zorg");
  });

  it("shows the profile back as code and omschrijving", () => {
    const a = beantwoord(metIndicatie, "zorgprofiel", { zorgprofiel: "zzp 5 vv" });
    expect(vraag.samenvatting({ antwoorden: a, aanspreking: aanspreking(a) })).toEqual([
      { vraag: "Welk zorgprofiel staat in uw indicatiebesluit?", antwoord: "5VV – VV Beschermd wonen met intensieve dementiezorg" },
    ]);
  });

  it("helps with the list of Bijlage 4, by sector, folded under one summary", () => {
    const uitleg = vraag.uitleg?.({ antwoorden: metIndicatie, aanspreking: aanspreking(metIndicatie) }) ?? [];
    const uitklap = uitleg[0]?.uitklap;
    expect(uitklap?.samenvatting).toBe(t.hulpKop);
    expect(uitklap?.inhoud.map((u) => u.kop)).toEqual(BIJLAGE_4.map((s) => s.groep));
    expect(uitklap?.inhoud.flatMap((u) => u.lijst ?? [])).toHaveLength(27);
    expect(uitklap?.inhoud[0]?.lijst).toContain("5VV – VV Beschermd wonen met intensieve dementiezorg");
  });

  it("makes the uitkomst page be read again when the profile changes, not for another spelling", () => {
    const a: Antwoorden = { ...metIndicatie, zorgprofiel: "5VV", gezien: ["uitkomst", "gesprek"] };
    expect(beantwoord(a, "zorgprofiel", { zorgprofiel: "ZP 5 VV" }).gezien).toEqual(["uitkomst", "gesprek"]);
    expect(beantwoord(a, "zorgprofiel", { zorgprofiel: "3LVG" }).gezien).toEqual(["gesprek"]);
  });
});
