import { describe, expect, it } from "vitest";
import { budgetplanOverzicht } from "@/content/budgetplan-overzicht";
import { zorgovereenkomstTeksten } from "@/content/redenen/zorgovereenkomst";
import { zorgovereenkomstenTeksten } from "@/content/wizard/zorgovereenkomsten";
import type { Antwoorden, Zorgverlener } from "@/lib/wizard/antwoorden";
import { BUURVROUW_ZORGVERLENER } from "@/lib/wizard/vragen/testhulp";
import { aanleverenZorgovereenkomst, kwaliteitseis, zorgovereenkomstEnZorgbeschrijving } from "@/rules/zorgovereenkomst";
import { alleChecklists, zorgovereenkomstChecklist, type ChecklistOnderdeel, type OnderdeelSleutel, type ZorgovereenkomstChecklist } from "./checklist";
import { tekstVan } from "@/tests/lib/redenen";

const t = zorgovereenkomstenTeksten.checklist;
const w = budgetplanOverzicht.waarschuwingen;

/** The brochure's example (BP-03): moeder, 25 uur × € 15,- on an overeenkomst van opdracht. */
const MOEDER: Zorgverlener = {
  id: "moeder",
  naam: "Moeder Maria",
  plaats: "Utrecht",
  soort: "persoon",
  relatie: "familie-1e-graad",
  registraties: [],
  nummer: "123456782",
  overeenkomst: "opdracht",
  dagenPerWeek: 5,
  urenPerWeek: 2500,
  uurtarief: 1500,
};

/** A neighbour on an arbeidsovereenkomst for 4 days: werkgever (ZO-02) and loonbelasting (ZO-06). */
const BUURVROUW = BUURVROUW_ZORGVERLENER;

const ZZP: Zorgverlener = {
  id: "zzp",
  naam: "Wijkverpleging Pieters",
  plaats: "Zeist",
  soort: "zzp",
  relatie: "overig",
  registraties: ["big", "kvk"],
  nummer: "69599084",
  overeenkomst: "opdracht",
  dagenPerWeek: 2,
  urenPerWeek: 600,
  uurtarief: 5250,
};

/** ZK22: Twente (Menzis). */
const WOONPLAATS = { invoer: "Enschede", zkCode: "ZK22", gemeente: "Enschede", viaPostcode: false } as const;

function concept(zorgverleners: Zorgverlener[], extra: Partial<Antwoorden> = {}): Antwoorden {
  return { woonwens: "thuis", woonplaats: { ...WOONPLAATS }, zorgverleners, ...extra };
}

function lijst(zv: Zorgverlener, peildatum = "2026-03-30", extra: Partial<Antwoorden> = {}, etmalen?: number): ZorgovereenkomstChecklist {
  const c = zorgovereenkomstChecklist(concept([zv], extra), zv.id, peildatum, etmalen);
  if (c === null) throw new Error("geen checklist");
  return c;
}

function deel(c: ZorgovereenkomstChecklist, sleutel: OnderdeelSleutel): ChecklistOnderdeel {
  const o = c.onderdelen.find((x) => x.sleutel === sleutel);
  if (o === undefined) throw new Error(`geen onderdeel ${sleutel}`);
  return o;
}

const punten = (o: ChecklistOnderdeel): string[] => o.lijsten.flatMap((l) => l.punten);
const regels = (o: ChecklistOnderdeel): string[] => o.redenen.map((r) => r.regel);

describe("zorgovereenkomstChecklist", () => {
  it("is null for an id the budgetplan does not have, and when there is no budgetplan", () => {
    expect(zorgovereenkomstChecklist(concept([MOEDER]), "bestaat-niet", "2026-03-30")).toBeNull();
    expect(zorgovereenkomstChecklist({}, "moeder", "2026-03-30")).toBeNull();
  });

  it("shows the budgetplan's figures for the zorgverlener (BP-02, BP-03)", () => {
    const c = lijst(MOEDER);
    expect(c.id).toBe("moeder");
    expect(c.naam).toBe("Moeder Maria");
    expect(c.aangemaaktOp).toBe("2026-03-30");
    expect(Object.fromEntries(c.gegevens.map((g) => [g.label, g.waarde]))).toEqual({
      [t.gegevens.naam]: "Moeder Maria",
      [t.gegevens.plaats]: "Utrecht",
      [t.gegevens.soort]: "Een persoon zonder eigen bedrijf",
      [t.gegevens.relatie]: "Ja, familie in de 1e graad",
      [t.gegevens.overeenkomst]: "Een overeenkomst van opdracht",
      [t.gegevens.dagen]: "5 dagen",
      [t.gegevens.uren]: "25 uur",
      [t.gegevens.uurtarief]: "€ 15,00",
      [t.gegevens.perMaand]: "€ 1.624,00",
      [t.gegevens.perJaar]: "€ 19.488,00",
    });
    expect(c.onderdelen.map((o) => o.sleutel)).toEqual(["maximumtarief", "rol", "loonbelasting", "afspraken", "aanleveren", "logeeropvang"]);
  });

  describe("ZO-03 and ZO-04: professional or not, and the maximum tarief", () => {
    it("2026: the maximum is unknown; says so and points to the zorgkantoor's website", () => {
      const o = deel(lijst(MOEDER), "maximumtarief");
      expect(o.antwoord).toBe(t.maximumtarief.nietProfessioneel("Moeder Maria"));
      expect(o.waarschuwing?.soort).toBe("tarief-maximum-onbekend");
      expect(o.waarschuwing?.titel).toBe(w.tariefMaximumOnbekend.titel("2026"));
      expect(punten(o)).toEqual([t.maximumtarief.puntOpzoekenWebsite("2026", "www.menziszorgkantoor.nl"), t.maximumtarief.puntControleren("€ 15,00")]);
      expect(o.redenen.map((r) => tekstVan(r))).toContain(zorgovereenkomstTeksten.tariefOnbekend("2026"));
      expect(regels(o)).toEqual(["ZO-03", "ZO-04"]);
    });

    it("2025 without a known zorgkantoor: look it up on the zorgkantoor's website, without an address", () => {
      const c = zorgovereenkomstChecklist({ zorgverleners: [MOEDER] }, "moeder", "2025-06-01");
      expect(c?.zorgkantoor).toBeNull();
      expect(punten(deel(c as ZorgovereenkomstChecklist, "maximumtarief"))[0]).toBe(t.maximumtarief.puntOpzoeken("2025"));
    });

    it("2024, within the non-professional maximum: the maximum and the tarief to write down, no warning", () => {
      const o = deel(lijst(MOEDER, "2024-06-01"), "maximumtarief");
      expect(o.waarschuwing).toBeUndefined();
      expect(o.alineas).toEqual([t.maximumtarief.maximum("€ 24,44", w.tariefBovenMaximum.soortNietProfessioneel, "2024")]);
      expect(punten(o)).toEqual([t.maximumtarief.puntBinnen("€ 15,00")]);
    });

    it("2024, above the non-professional maximum: a lower tarief, no consent possible", () => {
      const o = deel(lijst({ ...BUURVROUW, uurtarief: 3000 }, "2024-06-01"), "maximumtarief");
      expect(o.waarschuwing?.soort).toBe("tarief-boven-maximum");
      expect(o.alineas).toEqual([]);
      expect(punten(o)).toEqual([t.maximumtarief.puntLager("€ 24,44")]);
    });

    it("2024, a professional above the professional maximum: a lower tarief or the zorgkantoor's consent", () => {
      const o = deel(lijst({ ...ZZP, uurtarief: 8000 }, "2024-06-01"), "maximumtarief");
      expect(o.antwoord).toBe(t.maximumtarief.professioneel("Wijkverpleging Pieters"));
      expect(o.waarschuwing?.soort).toBe("tarief-boven-maximum");
      expect(punten(o)).toEqual([t.maximumtarief.puntLager("€ 77,00"), t.maximumtarief.puntToestemming]);
    });

    it("family is never professional, also with a BIG registration (ZO-03)", () => {
      const o = deel(lijst({ ...MOEDER, registraties: ["big"] }, "2024-06-01"), "maximumtarief");
      expect(o.antwoord).toBe(t.maximumtarief.nietProfessioneel("Moeder Maria"));
      expect(tekstVan(o.redenen[0])).toBe(zorgovereenkomstTeksten.familieNietProfessioneel);
    });
  });

  describe("ZO-02 and ZO-06: werkgever or opdrachtgever, and loonbelasting", () => {
    it("family on an overeenkomst van opdracht: opdrachtgever, no loonbelasting", () => {
      const c = lijst(MOEDER);
      const rol = deel(c, "rol");
      expect(rol.antwoord).toBe(t.rol.opdrachtgever("Moeder Maria"));
      expect(rol.alineas).toEqual([t.rol.opdrachtgeverUitleg]);
      expect(rol.waarschuwing).toBeUndefined();
      expect(punten(rol)).toEqual([t.rol.puntOpdracht]);
      expect(regels(rol)).toEqual(["ZO-02"]);
      const loon = deel(c, "loonbelasting");
      expect(loon.antwoord).toBe(t.loonbelasting.nietInhouden("Moeder Maria"));
      expect(punten(loon)).toEqual([t.loonbelasting.puntZelf("Moeder Maria")]);
      expect(loon.redenen.map((r) => tekstVan(r))).toContain(zorgovereenkomstTeksten.geenLoonbelastingFamilie);
    });

    it("an arbeidsovereenkomst for 4 days: werkgever, loonbelasting, and the SVB runs the payroll (DE-07)", () => {
      const c = lijst(BUURVROUW);
      const rol = deel(c, "rol");
      expect(rol.antwoord).toBe(t.rol.werkgever("Buurvrouw Fatma"));
      expect(rol.waarschuwing?.titel).toBe(w.werkgever.titel);
      expect(punten(rol)).toEqual([t.rol.puntArbeid]);
      const loon = deel(c, "loonbelasting");
      expect(loon.antwoord).toBe(t.loonbelasting.inhouden);
      expect(loon.waarschuwing?.titel).toBe(w.loonbelasting.titel);
      expect(punten(loon)).toEqual([t.loonbelasting.puntFormulieren, t.loonbelasting.puntBruto]);
      expect(regels(loon)).toEqual(["ZO-06", "ZO-06", "DE-07"]);
    });

    it("an arbeidsovereenkomst for 2 days: werkgever without loonbelasting, opting in possible", () => {
      const loon = deel(lijst({ ...BUURVROUW, dagenPerWeek: 2, urenPerWeek: 800 }), "loonbelasting");
      expect(loon.antwoord).toBe(t.loonbelasting.nietInhouden("Buurvrouw Fatma"));
      expect(loon.waarschuwing).toBeUndefined();
      expect(punten(loon)).toEqual([t.loonbelasting.puntZelf("Buurvrouw Fatma"), t.loonbelasting.puntOptingIn]);
    });

    it("overeenkomst not known yet: the assumption is said, and agreeing on one is a point", () => {
      const c = lijst({ ...BUURVROUW, overeenkomst: "weet-niet" });
      const rol = deel(c, "rol");
      expect(rol.antwoord).toBe(t.rol.werkgever("Buurvrouw Fatma"));
      expect(rol.waarschuwing?.tekst[0]).toBe(w.werkgever.aangenomen);
      expect(punten(rol)).toEqual([t.rol.puntKiezen("Buurvrouw Fatma"), t.rol.puntArbeid]);
      expect(rol.redenen.map((r) => tekstVan(r))).toEqual([zorgovereenkomstTeksten.aangenomenArbeid]);
    });
  });

  it("ZO-01 and ZO-08: what goes into the zorgovereenkomst and the zorgbeschrijving, with the rules' reasons", () => {
    const o = deel(lijst(MOEDER), "afspraken");
    expect(o.lijsten.map((l) => l.kop)).toEqual([t.afspraken.overeenkomstKop, t.afspraken.beschrijvingKop, t.afspraken.ookKop]);
    expect(punten(o)).toContain(t.afspraken.prijs("€ 15,00", "25"));
    expect(punten(o)).toContain(t.afspraken.tekenenBeschrijving("Moeder Maria"));
    expect(punten(o)).toContain(t.afspraken.kwaliteit);
    expect(o.redenen).toEqual([...zorgovereenkomstEnZorgbeschrijving(), ...kwaliteitseis()]);
  });

  describe("ZO-07: how to hand them in", () => {
    it("both routes, and the zorgkantoor to ask, with its phone number", () => {
      const c = lijst(MOEDER);
      const o = deel(c, "aanleveren");
      expect(c.zorgkantoor).toEqual({
        naam: "Zorgkantoor Twente (Menzis)",
        telefoon: "(088) 222 49 49",
        telefoonInternationaal: "+31882224949",
        website: "www.menziszorgkantoor.nl",
        websiteUrl: "https://www.menziszorgkantoor.nl",
      });
      expect(punten(o)).toEqual([
        t.aanleveren.puntVragenZorgkantoor("Zorgkantoor Twente (Menzis)", "(088) 222 49 49"),
        t.aanleveren.puntPortaal,
        t.aanleveren.puntSvb,
        t.aanleveren.puntAkkoord,
      ]);
      expect(punten(o).join(" ")).toContain("www.mijnpgb.nl");
      expect(punten(o).join(" ")).toContain("030-264 82 00");
      expect(o.redenen).toEqual(aanleverenZorgovereenkomst());
    });

    it("without a woonplaats: ask the zorgkantoor, no name", () => {
      const c = zorgovereenkomstChecklist({ zorgverleners: [MOEDER] }, "moeder", "2026-03-30");
      expect(punten(deel(c as ZorgovereenkomstChecklist, "aanleveren"))[0]).toBe(t.aanleveren.puntVragen);
    });
  });

  describe("ZO-05: logeeropvang", () => {
    it("without a number: at most 156 etmalen a year, no maximum tarief", () => {
      const c = lijst(MOEDER);
      const o = deel(c, "logeeropvang");
      expect(c.logeeropvang).toBeNull();
      expect(o.antwoord).toBe(t.logeeropvang.antwoord(156));
      expect(o.redenen.map((r) => [r.regel, tekstVan(r)])).toEqual([
        ["ZO-05", t.logeeropvang.regel(156)],
        ["ZO-04", zorgovereenkomstTeksten.logeerGeenMaximumtarief],
      ]);
      expect(o.redenen[0]?.bron).toBe("Stap 5, Bestedingsvrijheid");
    });

    it("with a number: the rule's judgement and reasons", () => {
      const binnen = lijst(MOEDER, "2026-03-30", {}, 20);
      expect(binnen.logeeropvang?.uitkomst.uitkomst).toBe("ja");
      expect(deel(binnen, "logeeropvang").redenen.map((r) => tekstVan(r))).toContain(zorgovereenkomstTeksten.logeerBinnen(20, 156, "2026"));
      expect(lijst(MOEDER, "2026-03-30", {}, 156).logeeropvang?.uitkomst.uitkomst).toBe("ja");
      const boven = lijst(MOEDER, "2026-03-30", {}, 157);
      expect(boven.logeeropvang?.uitkomst.uitkomst).toBe("nee");
      expect(deel(boven, "logeeropvang").redenen.map((r) => tekstVan(r))).toContain(zorgovereenkomstTeksten.logeerBoven(157, 156, "2026"));
    });

    it("beside deeltijdverblijf there is no logeeropvang (LV-05)", () => {
      const c = lijst(MOEDER, "2026-03-30", { woonwens: "deeltijd" });
      const o = deel(c, "logeeropvang");
      expect(o.antwoord).toBe(t.logeeropvang.deeltijd);
      expect(o.lijsten).toEqual([]);
      expect(regels(o)).toEqual(["LV-05"]);
      expect(lijst(MOEDER, "2026-03-30", { woonwens: "deeltijd" }, 5).logeeropvang?.uitkomst.uitkomst).toBe("nee");
      expect(lijst(MOEDER, "2026-03-30", { woonwens: "deeltijd" }, 0).logeeropvang?.uitkomst.uitkomst).toBe("ja");
    });
  });

  it("alleChecklists: one per zorgverlener, in the budgetplan's order", () => {
    const alle = alleChecklists(concept([BUURVROUW, MOEDER, ZZP]), "2026-03-30");
    expect(alle.map((c) => c.id)).toEqual(["buurvrouw", "moeder", "zzp"]);
    expect(alleChecklists({}, "2026-03-30")).toEqual([]);
  });
});
