/** The budgetplan's own pages (Bijlage 3, BP-01, BP-04, BP-05, AV-08) and their place in stap 3. */
import { describe, expect, it } from "vitest";
import { budgetplanVragen } from "@/content/wizard/budgetplan";
import type { Antwoorden } from "../antwoorden";
import { BUDGETPLAN_PAGINAS } from "../stappen";
import { aanspreking, isBeantwoord, paginasVanStap, stapStatus } from "../journey";
import { bedragenVraag, totaalPerJaar } from "./bedragen";
import { bedragInvoer } from "./velden";
import { budgetplanZorgprofielTekst, budgetplanZorgprofielVraag } from "./budgetplan-zorgprofiel";
import { ondertekenBlokken, ondertekeningCompleet, ondertekeningVraag } from "./ondertekening";
import { persoonsgegevensVraag } from "./persoonsgegevens";
import { BROCHURE_ZORGVERLENER, doorloop, invoer } from "./testhulp";
import { nummerTekst, zorgverlenersVraag } from "./zorgverleners";

const fouten = (schema: typeof persoonsgegevensVraag.schema | typeof bedragenVraag.schema | typeof ondertekeningVraag.schema, waarden: Record<string, string>) => {
  const r = schema.safeParse(waarden);
  return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [String(i.path[0]), i.message]));
};

describe("stap 3 holds the budgetplan (BP-01)", () => {
  it("asks its seven parts after the refusal grounds and before the gesprek", () => {
    const a = doorloop(invoer());
    expect(paginasVanStap("aanvraag", a)).toEqual(["vaardigheden", "gewaarborgde-hulp", "weigeringsgronden", ...BUDGETPLAN_PAGINAS, "zorgkantoor", "gesprek"]);
    expect(BUDGETPLAN_PAGINAS).toHaveLength(7);
    expect(stapStatus("aanvraag", a)).toBe("klaar");
  });

  it("the list of zorgverleners counts as answered only with at least one zorgverlener", () => {
    const a = doorloop(invoer());
    expect(isBeantwoord("zorgverleners", a)).toBe(true);
    const zonder: Antwoorden = { ...a, zorgverleners: [] };
    expect(isBeantwoord("zorgverleners", zonder)).toBe(false);
    expect(stapStatus("aanvraag", zonder)).toBe("bezig");
  });
});

describe("persoonsgegevens (BP-01 deel 1, BP-05)", () => {
  const t = budgetplanVragen.persoonsgegevens;
  const geldig = { achternaam: "Jansen", geboortedatum: "15-3-1948", bsn: "111222333" };

  it("stores the date as ISO and the BSN as nine digits", () => {
    const r = persoonsgegevensVraag.schema.safeParse({ ...geldig, bsn: "11122233" });
    // Eight digits get a leading zero first (BP-05): 011122233 fails the elfproef.
    expect(r.success).toBe(false);
    expect(persoonsgegevensVraag.schema.parse(geldig)).toEqual({ achternaam: "Jansen", geboortedatum: "1948-03-15", bsn: "111222333" });
  });

  it("gives a Dutch error at each bad field, and keeps the others", () => {
    expect(fouten(persoonsgegevensVraag.schema, { ...geldig, bsn: "123456789" })).toEqual({ bsn: t.bsnFout });
    expect(fouten(persoonsgegevensVraag.schema, { ...geldig, geboortedatum: "31-02-1948" })).toEqual({ geboortedatum: t.geboortedatumFout });
    expect(fouten(persoonsgegevensVraag.schema, { ...geldig, geboortedatum: "01-01-2999" })).toEqual({ geboortedatum: t.geboortedatumToekomst });
    expect(fouten(persoonsgegevensVraag.schema, { ...geldig, geboortedatum: "01-01-1850" })).toEqual({ geboortedatum: t.geboortedatumTeOud });
  });

  it("shows the BSN masked in the summary, in full only in its own field", () => {
    const a = doorloop(invoer());
    const rijen = persoonsgegevensVraag.samenvatting({ antwoorden: a, aanspreking: aanspreking(a) });
    expect(rijen.map((r) => r.antwoord)).toEqual(["Jansen", "15-03-1948", "*****2333"]);
    expect(persoonsgegevensVraag.waarden(a).bsn).toBe("111222333");
  });
});

describe("zorgprofiel in the budgetplan (BP-01 deel 2)", () => {
  it("starts as stap 1's and may differ from it without changing stap 1", () => {
    const a: Antwoorden = { heeftIndicatie: "ja", zorgprofiel: "5VV" };
    expect(budgetplanZorgprofielVraag.waarden(a)).toEqual({ budgetplanZorgprofiel: "5VV" });
    const na = budgetplanZorgprofielVraag.verwerk(budgetplanZorgprofielVraag.schema.parse({ budgetplanZorgprofiel: "VV 6" }), a);
    expect(na.zorgprofiel).toBe("5VV");
    expect(budgetplanZorgprofielTekst(na)).toMatch(/^6VV/);
  });
});

describe("zorgverleners (BP-04)", () => {
  it("shows a person's BSN masked and an organisation's KVK-nummer in full", () => {
    expect(nummerTekst(BROCHURE_ZORGVERLENER)).toBe("BSN *****2333");
    expect(nummerTekst({ ...BROCHURE_ZORGVERLENER, soort: "zzp", nummer: "12345678" })).toBe("KVK-nummer 12345678");
  });

  it("lists them as rows A–F, continuing on a next sheet (BP-06)", () => {
    const a: Antwoorden = { zorgverleners: Array.from({ length: 7 }, (_, i) => ({ ...BROCHURE_ZORGVERLENER, id: `z${i}` })) };
    const rijen = zorgverlenersVraag.samenvatting({ antwoorden: a, aanspreking: aanspreking(a) });
    expect(rijen.map((r) => r.vraag)).toEqual(["A", "B", "C", "D", "E", "F"].map((l) => `Zorgverlener ${l}`).concat("Zorgverlener A (blad 2)"));
  });
});

describe("bedragen (BP-02, BP-03)", () => {
  it("reads the verwacht jaarbudget in Dutch, or nothing", () => {
    expect(bedragenVraag.schema.parse({ verwachtJaarbudget: "45.000" })).toEqual({ verwachtJaarbudget: 4500000 });
    expect(bedragenVraag.schema.parse({ verwachtJaarbudget: "€ 19.488,00" })).toEqual({ verwachtJaarbudget: 1948800 });
    expect(bedragenVraag.schema.parse({ verwachtJaarbudget: "" })).toEqual({ verwachtJaarbudget: null });
    expect(fouten(bedragenVraag.schema, { verwachtJaarbudget: "veel" })).toEqual({ verwachtJaarbudget: budgetplanVragen.bedragen.budgetFout });
    expect(fouten(bedragenVraag.schema, { verwachtJaarbudget: "2.000.000" })).toEqual({ verwachtJaarbudget: budgetplanVragen.bedragen.budgetFout });
  });

  it("shows a stored amount so that it reads back the same", () => {
    expect(bedragInvoer(4500000)).toBe("45.000,00");
    expect(bedragenVraag.schema.parse({ verwachtJaarbudget: bedragInvoer(1948812) })).toEqual({ verwachtJaarbudget: 1948812 });
  });

  it("totals the brochure's example: € 19.488,- per year", () => {
    expect(totaalPerJaar({ zorgverleners: [BROCHURE_ZORGVERLENER] })).toBe(1948800);
    expect(totaalPerJaar({ zorgverleners: [BROCHURE_ZORGVERLENER, BROCHURE_ZORGVERLENER] })).toBe(3897600);
  });
});

describe("ondertekening (AV-08)", () => {
  const gh = (isWv: "ja" | "nee") => ({ naam: "Ans de Vries", relatie: "dochter", isWettelijkVertegenwoordiger: isWv });

  it("the gewaarborgde hulp signs when there is one", () => {
    const { blokken } = ondertekenBlokken({ heeftGewaarborgdeHulp: "ja", gewaarborgdeHulp: gh("nee") });
    expect(blokken).toEqual([{ rol: "gewaarborgde-hulp", naam: "Ans de Vries", relatie: "dochter" }]);
  });

  it("one block when the gewaarborgde hulp is also the wettelijk vertegenwoordiger", () => {
    expect(ondertekenBlokken({ heeftGewaarborgdeHulp: "ja", gewaarborgdeHulp: gh("ja") }).blokken.map((b) => b.rol)).toEqual(["beide"]);
  });

  it("the wettelijk vertegenwoordiger who fills it in and a gewaarborgde hulp both sign", () => {
    const a: Antwoorden = { voorWie: "wettelijk-vertegenwoordiger", heeftGewaarborgdeHulp: "ja", gewaarborgdeHulp: gh("nee") };
    expect(ondertekenBlokken(a).blokken.map((b) => b.rol)).toEqual(["wettelijk-vertegenwoordiger", "gewaarborgde-hulp"]);
    expect(ondertekeningVraag.velden({ antwoorden: a, aanspreking: aanspreking(a) }).map((v) => v.naam)).toEqual([
      "naam1", "relatie1", "datum1", "naam2", "relatie2", "datum2",
    ]);
  });

  it("without either, the budgethouder signs", () => {
    const { blokken, redenen } = ondertekenBlokken({ heeftGewaarborgdeHulp: "nee" });
    expect(blokken.map((b) => b.rol)).toEqual(["budgethouder"]);
    expect(redenen.every((r) => r.regel === "AV-08")).toBe(true);
  });

  it("asks again when the signers changed after signing", () => {
    const a: Antwoorden = { heeftGewaarborgdeHulp: "nee", ondertekening: [{ naam: "Jan Jansen", relatie: "budgethouder" }] };
    expect(ondertekeningCompleet(a)).toBe(true);
    expect(ondertekeningCompleet({ ...a, voorWie: "wettelijk-vertegenwoordiger", heeftGewaarborgdeHulp: "ja", gewaarborgdeHulp: gh("nee") })).toBe(false);
  });

  it("a forged second block on a one-signer page is not kept", () => {
    const a: Antwoorden = { heeftGewaarborgdeHulp: "nee" };
    const geldig = ondertekeningVraag.schema.parse({ naam1: "Jan", relatie1: "budgethouder", datum1: "", naam2: "X", relatie2: "Y", datum2: "" });
    expect(ondertekeningVraag.verwerk(geldig, a).ondertekening).toEqual([{ naam: "Jan", relatie: "budgethouder" }]);
  });

  it("a date is optional, but a written one must exist", () => {
    const t = budgetplanVragen.ondertekening;
    expect(ondertekeningVraag.schema.parse({ naam1: "Jan", relatie1: "budgethouder", datum1: "24-11-2026" })).toEqual([
      { naam: "Jan", relatie: "budgethouder", datum: "2026-11-24" },
    ]);
    expect(fouten(ondertekeningVraag.schema, { naam1: "Jan", relatie1: "budgethouder", datum1: "30-02-2026" })).toEqual({ datum1: t.datumFout });
    expect(fouten(ondertekeningVraag.schema, { naam1: "Jan", relatie1: "", datum1: "", naam2: "", relatie2: "x", datum2: "" })).toEqual({
      relatie1: t.relatieLeeg,
      naam2: t.naamLeeg,
    });
  });
});
