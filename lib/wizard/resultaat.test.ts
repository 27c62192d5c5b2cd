import { describe, expect, it } from "vitest";
import { resultaatTeksten } from "@/content/wizard/resultaat";
import { resultaatTeksten as resultaatTekstenEn } from "@/content/en/wizard/resultaat";
import { vormNamen as vormNamenEn } from "@/content/en/wizard/keuze";
import { vaardigheidLabels as vaardigheidLabelsEn } from "@/content/en/wizard/aanvraag";
import { vaardigheidLabels } from "@/content/redenen/aanvraag";
import { PGB_VAARDIGHEDEN } from "@/rules/aanvraag";
import { documenten } from "./documenten";
import type { Antwoorden } from "./antwoorden";
import { maakResultaat, situatieUit, type Resultaat, type ResultaatItem } from "./resultaat";
import { zorgprofielUit } from "./vragen/feiten";
import { beantwoord, doorloop, doorloopStap, invoer, type Invoer } from "./vragen/testhulp";

const PEILDATUM = "2026-03-01";

function resultaat(anders: Invoer = {}, start?: Antwoorden): Resultaat {
  const r = maakResultaat(doorloop(invoer(anders), start), PEILDATUM);
  if (r === null) throw new Error("geen resultaat");
  return r;
}

const regels = (items: { redenen: { regel: string }[] }) => items.redenen.map((r) => r.regel);
const item = (lijst: ResultaatItem[], sleutel: string) => lijst.find((i) => i.sleutel === sleutel);

describe("maakResultaat in English (docs/decisions/032-talen.md)", () => {
  it("gives the headline, the options' names and what is needed in English, with the same outcomes", () => {
    const a = doorloop(invoer());
    const en = maakResultaat(a, PEILDATUM, "en");
    const nl = maakResultaat(a, PEILDATUM);
    expect(en?.kop).toMatchObject({ uitkomst: "ja", tekst: resultaatTekstenEn.kop.pgbJa });
    expect(en && item(en.mogelijk, "pgb")?.titel).toBe(vormNamenEn.pgb);
    expect(en && item(en.nodig, "bewuste-keuzegesprek")?.titel).toBe(resultaatTekstenEn.nodig.gesprek);
    expect(en?.nodig.map((i) => i.sleutel)).toEqual(nl?.nodig.map((i) => i.sleutel));
  });
});

describe("maakResultaat", () => {
  it("is not there before step 1 is done", () => {
    expect(maakResultaat({}, PEILDATUM)).toBeNull();
    expect(maakResultaat(doorloopStap({}, "indicatie", invoer(), false), PEILDATUM)).toBeNull();
  });

  it("(a) 5VV at home, pgb, with a gewaarborgde hulp: pgb possible, gewaarborgde hulp verplicht and present", () => {
    const r = resultaat();
    expect(r.peildatum).toBe(PEILDATUM);
    expect(r.kop).toMatchObject({ uitkomst: "ja", tekst: resultaatTeksten.kop.pgbJa });
    expect(r.zorgprofiel?.weergave).toBe("5VV – VV Beschermd wonen met intensieve dementiezorg");
    expect(r.keuze?.leveringsvorm).toBe("pgb");
    expect(item(r.mogelijk, "pgb")).toMatchObject({ uitkomst: "ja", gekozen: true });
    const gh = item(r.nodig, "gewaarborgde-hulp");
    expect(gh).toMatchObject({ geregeld: true, lijst: ["Ans de Vries (dochter)"] });
    expect(gh && regels(gh)).toEqual(["AV-02", "AV-04"]);
    expect(r.nodig.map((i) => i.sleutel)).toEqual([
      "gewaarborgde-hulp",
      "bewuste-keuzegesprek",
      "document-aanvraagformulier",
      "document-budgetplan",
      "document-indicatiebesluit",
      "document-gewaarborgde-hulp",
    ]);
    // The papers are marked, so the page can list them together, folded.
    expect(r.nodig.filter((i) => i.document).map((i) => i.sleutel)).toEqual(r.nodig.map((i) => i.sleutel).filter((s) => s.startsWith("document-")));
    expect(r.ontbreekt).toEqual([]);
    expect(r.wlz).toBeNull();
  });

  it("5VV without a gewaarborgde hulp: accepted, but the aanvraag will be refused (AV-02)", () => {
    const r = resultaat({ "gewaarborgde-hulp": { heeftGewaarborgdeHulp: "nee" } });
    expect(r.kop.uitkomst).toBe("nee");
    expect(r.kop.redenen.map((x) => x.regel)).toContain("AV-02");
    expect(item(r.nodig, "gewaarborgde-hulp")?.geregeld).toBe(false);
    const ontbreekt = item(r.ontbreekt, "gewaarborgde-hulp");
    expect(ontbreekt).toMatchObject({ uitkomst: "nee", tekst: resultaatTeksten.ontbreekt.gewaarborgdeHulpGevolg });
    expect(ontbreekt && regels(ontbreekt)).toEqual(["AV-02"]);
    expect(ontbreekt?.redenen.map((x) => [x.code, x.gegevens])).toEqual([["av.hulp-ontbreekt", { zorgprofiel: "ZP 5 VV" }]]);
  });

  it("(b) 3LVG: pgb not possible, with LV-02; nothing of step 3 is asked or needed", () => {
    const r = resultaat({ zorgprofiel: { zorgprofiel: "3LVG" } });
    expect(r.kop).toMatchObject({ uitkomst: "nee", tekst: resultaatTeksten.kop.pgbNee });
    expect(r.kop.redenen.map((x) => x.regel)).toContain("LV-02");
    const pgb = item(r.nietMogelijk, "pgb");
    expect(pgb && regels(pgb)).toEqual(["LV-02"]);
    expect(item(r.mogelijk, "verblijf")?.uitkomst).toBe("ja");
    expect(r.nodig).toEqual([]);
    expect(r.ontbreekt).toEqual([]);
  });

  it("(c) no indicatie, no need for constant care: the Wmo-loket (IND-01)", () => {
    const r = resultaat({ "heeft-indicatie": { heeftIndicatie: "nee" }, zorgbehoefte: { zorgbehoefte: "nee" }, leeftijd: { jongerDan18: "nee" } });
    expect(r.wlz).toMatchObject({ uitkomst: "nee", verwijzing: ["wmo-loket", "huisarts"] });
    expect(r.wlz?.verwijzingen).toContain(resultaatTeksten.verwijzingen["wmo-loket"]);
    expect(r.kop).toMatchObject({ uitkomst: "nee", tekst: resultaatTeksten.kop.geenWlz });
    expect(r.kop.redenen.map((x) => x.regel)).toEqual(["IND-01", "IND-01"]);
    expect(r.zorgprofiel).toBeNull();
    expect([...r.mogelijk, ...r.nodig, ...r.ontbreekt]).toEqual([]);
  });

  it("no indicatie, under 18: the jeugdzorg-loket; a need for constant care: ask the CIZ (IND-02)", () => {
    const jong = resultaat({ "heeft-indicatie": { heeftIndicatie: "nee" }, zorgbehoefte: { zorgbehoefte: "nee" }, leeftijd: { jongerDan18: "ja" } });
    expect(jong.wlz?.verwijzing).toEqual(["jeugdzorg-loket", "huisarts"]);
    for (const zorgbehoefte of ["ja", "weet-niet"]) {
      const r = resultaat({ "heeft-indicatie": { heeftIndicatie: "nee" }, zorgbehoefte: { zorgbehoefte } });
      expect(r.kop).toMatchObject({ uitkomst: "navragen", tekst: resultaatTeksten.kop.vraagIndicatie });
      const ciz = item(r.nodig, "indicatie");
      expect(ciz && regels(ciz)).toEqual(["IND-02"]);
    }
  });

  it("(d) for Henk: the same result, the rules decide the same", () => {
    const r = resultaat({}, { voorWie: "familie", naamAanvrager: "Henk" });
    expect(r.kop.uitkomst).toBe("ja");
  });

  it("lists the refusal grounds that block, with AV-06 and AV-07", () => {
    const r = resultaat({ weigeringsgronden: { failliet: "ja", wsnp: "nee", vastWoonadres: "nee", woontInNederland: "nee" } });
    expect(r.ontbreekt.map((i) => i.sleutel)).toEqual(["weigering-failliet", "weigering-geen-vast-woonadres", "weigering-niet-in-nederland"]);
    expect(r.ontbreekt.flatMap(regels)).toEqual(["AV-06", "AV-06", "AV-07"]);
    expect(r.kop.uitkomst).toBe("nee");
    expect(item(r.nietMogelijk, "pgb")?.gekozen).toBe(true);
  });

  it("turns unticked vaardigheden into advice, never a refusal (AV-01)", () => {
    const r = resultaat({ vaardigheden: { vaardigheden: ["administratie", "communiceren"] } });
    const v = item(r.ontbreekt, "vaardigheden");
    expect(v?.uitkomst).toBe("navragen");
    expect(v?.lijst).toHaveLength(8);
    expect(v && regels(v)).toEqual(["AV-01", "AV-01", "AV-03"]);
    expect(r.kop.uitkomst).toBe("ja");
  });

  it("after step 1 only: says step 2 is open, with a link to its first page", () => {
    const a = doorloopStap({ voorWie: "zelf" }, "indicatie", invoer());
    const r = maakResultaat(a, PEILDATUM);
    expect(r?.kop).toMatchObject({ uitkomst: "navragen", tekst: resultaatTeksten.kop.stap2 });
    expect(r?.ontbreekt).toEqual([
      expect.objectContaining({ sleutel: "stap-keuze", link: { soort: "vraag", stap: "keuze", slug: "woonwens" }, lijst: ["Waar wilt u wonen?", "Wie gaat uw zorg regelen?", "Wat is mogelijk met uw zorgprofiel?"] }),
    ]);
    const lvg = maakResultaat(doorloopStap({}, "indicatie", invoer({ zorgprofiel: { zorgprofiel: "SGLVG" } })), PEILDATUM);
    expect(lvg?.kop.uitkomst).toBe("nee");
  });

  it("zorg in natura: says what was chosen; step 3 answers left behind are not used", () => {
    const volledig = doorloop(invoer({ weigeringsgronden: { failliet: "ja", wsnp: "nee", vastWoonadres: "ja", woontInNederland: "ja" } }));
    const a = beantwoord(beantwoord(volledig, "regie", { regie: "zorgkantoor" }), "uitkomst", {});
    const r = maakResultaat(a, PEILDATUM);
    expect(r?.keuze?.leveringsvorm).toBe("zin-thuis");
    expect(r?.kop.uitkomst).toBe("navragen");
    expect(r?.ontbreekt).toEqual([]);
    expect(r?.nodig).toEqual([]);
    expect(r && item(r.mogelijk, "pgb")?.uitkomst).toBe("ja");
    const zorgprofiel = zorgprofielUit(a);
    expect(zorgprofiel && situatieUit(a, zorgprofiel).failliet).toBeUndefined();
  });

  it("verblijf in an instelling: yes for every profile (LV-01)", () => {
    const r = resultaat({ woonwens: { woonwens: "instelling" }, regie: { regie: "zorgkantoor" } });
    expect(r.kop.uitkomst).toBe("ja");
    expect(item(r.mogelijk, "verblijf")?.gekozen).toBe(true);
  });

  it("deeltijd with a pgb for the care at home: step 3 opens (LV-05); with 10 days it does not (LV-04)", () => {
    const r = resultaat({ woonwens: { woonwens: "deeltijd", dagenPer14: "8" } });
    expect(r.keuze?.leveringsvorm).toBe("deeltijdverblijf");
    expect(r.mogelijk.filter((i) => i.gekozen).map((i) => i.sleutel)).toEqual(["pgb", "deeltijdverblijf"]);
    expect(r.nodig.length).toBeGreaterThan(0);
    const tien = resultaat({ woonwens: { woonwens: "deeltijd", dagenPer14: "10" } });
    expect(tien.kop.uitkomst).toBe("nee");
    expect(tien.kop.redenen.map((x) => x.regel)).toEqual(["LV-04"]);
    expect(tien.nodig).toEqual([]);
  });

  it("pgb in an instelling is a question for the zorgkantoor (LV-06, LV-12)", () => {
    const r = resultaat({ woonwens: { woonwens: "instelling" }, regie: { regie: "zelf" } });
    expect(r.kop.uitkomst).toBe("navragen");
    expect(r.kop.redenen.map((x) => x.regel)).toEqual(expect.arrayContaining(["LV-06", "LV-12"]));
  });
});

describe("maakResultaat in English", () => {
  it("names the pgb skills, the papers and the open questions in English, and in Dutch on a Dutch page", () => {
    const a = doorloop(invoer({ vaardigheden: { vaardigheden: ["administratie"] } }));
    const en = maakResultaat(a, PEILDATUM, "en");
    const nl = maakResultaat(a, PEILDATUM);
    const niet = PGB_VAARDIGHEDEN.filter((v) => v !== "administratie");
    expect(en && item(en.ontbreekt, "vaardigheden")?.lijst).toEqual(niet.map((v) => vaardigheidLabelsEn[v]));
    expect(nl && item(nl.ontbreekt, "vaardigheden")?.lijst).toEqual(niet.map((v) => vaardigheidLabels[v]));
    const papierEn = en?.nodig.filter((i) => i.document === true).map((i) => i.titel) ?? [];
    expect(papierEn.length).toBeGreaterThan(0);
    expect(papierEn).toEqual(documenten(a, "en").map((d) => d.titel));
    expect(papierEn).not.toEqual(documenten(a).map((d) => d.titel));
  });
});
