import { describe, expect, it } from "vitest";
import { keuzeVragen } from "@/content/wizard/keuze";
import type { Antwoorden } from "../antwoorden";
import { aanspreking } from "../journey";
import { beantwoord } from "./testhulp";
import { keuzeOverzicht, keuzeUitleg } from "./uitkomst";

function keuze(zorgprofiel: string, extra: Antwoorden): Antwoorden {
  return { heeftIndicatie: "ja", zorgprofiel, ...extra };
}

describe("uitkomst page (LV-01 … LV-13)", () => {
  it("derives the option and shows every form for the profile, the chosen one marked", () => {
    const overzicht = keuzeOverzicht(keuze("5VV", { woonwens: "thuis", regie: "zelf" }));
    expect(overzicht?.zorgprofiel.weergave).toBe("5VV – VV Beschermd wonen met intensieve dementiezorg");
    expect(overzicht?.keuze).toMatchObject({ leveringsvorm: "pgb", mogelijk: true });
    expect(overzicht?.vormen.map((v) => v.vorm)).toEqual(["verblijf", "vpt", "mpt", "pgb", "pgbMetMpt", "deeltijdverblijf"]);
    expect(overzicht?.vormen.find((v) => v.gekozen)).toMatchObject({ vorm: "pgb", uitkomst: "ja" });
    expect(overzicht?.gekozenNietMogelijk).toEqual([]);
  });

  it("says first that a pgb is not possible for 3LVG, and why (LV-02)", () => {
    const a = keuze("3LVG", { woonwens: "thuis", regie: "zelf" });
    const overzicht = keuzeOverzicht(a);
    expect(overzicht?.gekozenNietMogelijk.map((v) => v.vorm)).toEqual(["pgb"]);
    expect(overzicht?.gekozenNietMogelijk[0]?.redenen.map((r) => r.regel)).toContain("LV-02");
    const [eerste] = keuzeUitleg(a, aanspreking(a));
    expect(eerste?.kop).toBe(keuzeVragen.uitkomst.gekozenNee(aanspreking(a)));
    expect(eerste?.alineas?.join(" ")).toContain("LV-02");
  });

  it("refuses deeltijdverblijf with 10 days (LV-04) and for LVG (LV-03)", () => {
    const tien = keuzeOverzicht(keuze("5VV", { woonwens: "deeltijd", dagenPer14: 10, regie: "zorgkantoor" }));
    expect(tien?.gekozenNietMogelijk[0]?.redenen.map((r) => r.regel)).toEqual(["LV-04"]);
    const lvg = keuzeOverzicht(keuze("3LVG", { woonwens: "deeltijd", dagenPer14: 8, regie: "zorgkantoor" }));
    expect(lvg?.gekozenNietMogelijk[0]?.redenen.map((r) => r.regel)).toEqual(["LV-03"]);
  });

  it("LV-05 / LV-02: 5GGZ W in deeltijdverblijf, care at home arranged oneself: no text offers a pgb, LV-02 says why", () => {
    for (const regie of ["zelf", "allebei"] as const) {
      const a = keuze("5GGZ W", { woonwens: "deeltijd", dagenPer14: 7, regie });
      const tekst = keuzeUitleg(a, aanspreking(a)).flatMap((u) => u.alineas ?? []).join(" ");
      expect(tekst).not.toMatch(/kan in natura of met een pgb|kunt u zelf regelen met een pgb|deels met een pgb/);
      expect(tekst).toContain("Met zorgprofiel ZP 5 GGZ-W is een pgb niet mogelijk.");
    }
  });

  it("shows what vpt, mpt and pgb contain (LV-07, LV-08, LV-10): never Wlz-behandeling with a pgb", () => {
    const overzicht = keuzeOverzicht(keuze("5VV", {}));
    expect(overzicht?.keuze).toBeNull();
    expect(overzicht?.pakketten.map((p) => p.reden.regel)).toEqual(["LV-07", "LV-08", "LV-10"]);
    const pgb = overzicht?.pakketten.find((p) => p.pakket === "pgb");
    expect(pgb?.inhoud).not.toContain("Wlz-behandeling");
    expect(overzicht?.pakketten.find((p) => p.pakket === "vpt")?.inhoud).toContain("Wlz-behandeling");
  });

  it("has nothing to show without a zorgprofiel", () => {
    expect(keuzeOverzicht({ heeftIndicatie: "nee" })).toBeNull();
    expect(keuzeUitleg({}, aanspreking({}))).toEqual([]);
  });

  it("every reason in the text blocks carries its rule and brochure section, cited as on every page", () => {
    const a = keuze("5VV", { woonwens: "thuis", regie: "allebei" });
    const alineas = keuzeUitleg(a, aanspreking(a)).flatMap((u) => u.alineas ?? []);
    expect(alineas.some((r) => r.includes("(Regel LV-11, Bron: Stap 2, 4. Combinatie)"))).toBe(true);
  });

  it("is seen once passed", () => {
    expect(beantwoord({}, "uitkomst", {}).gezien).toEqual(["uitkomst"]);
  });
});
