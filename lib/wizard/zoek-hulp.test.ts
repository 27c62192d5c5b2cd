import * as z from "zod";
import { describe, expect, it } from "vitest";
import { componenten } from "@/content/componenten";
import { componenten as componentenEn } from "@/content/en/componenten";
import { heeftFoutTitel } from "@/lib/fout-titel";
import { formulier } from "@/content/wizard/algemeen";
import { tekst } from "@/lib/wizard/vragen/velden";
import { foutVan, leesZoekformulier, MAX_ZOEKWAARDE, zoekTitel } from "./zoek-hulp";

const schema = z.object({
  bedrag: tekst("het bedrag", 40).refine((w) => /^\d+$/.test(w), "Vul een bedrag in."),
  datum: tekst("de datum", 40).refine((w) => w !== "", "Vul een datum in."),
});

describe("leesZoekformulier", () => {
  it("a page opened without a query is the start, with nothing to show again", () => {
    expect(leesZoekformulier({}, schema)).toEqual({ soort: "start", waarden: {} });
    expect(leesZoekformulier({ bedrag: undefined }, schema)).toEqual({ soort: "start", waarden: {} });
  });

  it("valid input gives the schema's output and the values as typed", () => {
    expect(leesZoekformulier({ bedrag: "12", datum: " 1-1-2026 " }, schema)).toEqual({
      soort: "ok",
      waarden: { bedrag: "12", datum: " 1-1-2026 " },
      data: { bedrag: "12", datum: "1-1-2026" },
    });
  });

  it("errors come in the form's order, with the values to show again", () => {
    const staat = leesZoekformulier({ datum: "", bedrag: "veel" }, schema);
    expect(staat).toEqual({
      soort: "fout",
      waarden: { bedrag: "veel", datum: "" },
      fouten: [
        { naam: "bedrag", tekst: "Vul een bedrag in." },
        { naam: "datum", tekst: "Vul een datum in." },
      ],
    });
    expect(foutVan(staat, "datum")).toBe("Vul een datum in.");
    expect(foutVan(staat, "onbekend")).toBeUndefined();
  });

  it("a name the form does not have is not read: alone it is the start, beside the fields it changes nothing", () => {
    expect(leesZoekformulier({ utm_source: "nieuwsbrief" }, schema)).toEqual({ soort: "start", waarden: {} });
    const zonder = leesZoekformulier({ bedrag: "12", datum: "" }, schema);
    expect(leesZoekformulier({ bedrag: "12", datum: "", x: "1" }, schema)).toEqual(zonder);
    expect(zonder.soort).toBe("fout");
  });

  it("`__proto__` as a name stays data: a name the form does not have, not a prototype", () => {
    const params = JSON.parse('{"__proto__": "x", "bedrag": "1"}') as Record<string, string>;
    const staat = leesZoekformulier(params, schema);
    expect(staat).toMatchObject({ soort: "fout", waarden: { bedrag: "1" }, fouten: [{ naam: "datum" }] });
    expect(Object.getPrototypeOf(staat.waarden)).toBe(Object.prototype);
  });

  it("a repeated name is an error at its field, and the first value is shown again", () => {
    expect(leesZoekformulier({ bedrag: ["1", "2"], datum: "1-1-2026" }, schema)).toEqual({
      soort: "fout",
      waarden: { bedrag: "1", datum: "1-1-2026" },
      fouten: [{ naam: "bedrag", tekst: formulier.fouten.ongeldig }],
    });
  });

  it("a value longer than MAX_ZOEKWAARDE is refused before the schema, in Dutch; the other fields are still read", () => {
    const lang = "1".repeat(MAX_ZOEKWAARDE + 1);
    expect(leesZoekformulier({ bedrag: lang, datum: "" }, schema)).toMatchObject({
      soort: "fout",
      fouten: [
        { naam: "bedrag", tekst: formulier.fouten.teLangInAdres(MAX_ZOEKWAARDE) },
        { naam: "datum", tekst: "Vul een datum in." },
      ],
    });
    // Up to MAX_ZOEKWAARDE the schema's own, tighter maximum speaks.
    expect(leesZoekformulier({ bedrag: "1".repeat(MAX_ZOEKWAARDE), datum: "1" }, schema)).toMatchObject({
      fouten: [{ naam: "bedrag", tekst: formulier.fouten.teLang("het bedrag", 40) }],
    });
    expect(formulier.fouten.teLangInAdres(MAX_ZOEKWAARDE)).toContain(String(MAX_ZOEKWAARDE));
  });

  it("a name in `extra` is allowed, not validated, and `invullen` changes the values the schema and the fields see", () => {
    const staat = leesZoekformulier({ knop: "1" }, schema, { extra: ["knop"], invullen: (w) => ({ ...w, bedrag: "7", datum: "1-1-2026" }) });
    expect(staat).toEqual({ soort: "ok", waarden: { bedrag: "7", datum: "1-1-2026", knop: "1" }, data: { bedrag: "7", datum: "1-1-2026" } });
  });

  it("a check over the whole form goes to the first field", () => {
    const beide = schema.refine((w) => w.bedrag !== w.datum, { message: "Niet twee keer hetzelfde." });
    const staat = leesZoekformulier({ bedrag: "1", datum: "1" }, beide as unknown as typeof schema);
    expect(staat).toMatchObject({ soort: "fout", fouten: [{ naam: "bedrag", tekst: "Niet twee keer hetzelfde." }] });
  });
});

describe("zoekTitel", () => {
  it("starts with the question pages' 'Fout:' only when the form came back with errors", () => {
    const titel = "Termijn - Stap 6";
    expect(zoekTitel(titel, leesZoekformulier({ bedrag: "x", datum: "" }, schema), "nl")).toBe(`${componenten.fout.voorvoegsel} ${titel}`);
    expect(zoekTitel(titel, leesZoekformulier({}, schema), "nl")).toBe(titel);
    expect(zoekTitel(titel, leesZoekformulier({ bedrag: "1", datum: "1" }, schema), "nl")).toBe(titel);
  });

  it("says 'Error:' on an English page, and the browser side knows both (docs/decisions/032-talen.md)", () => {
    const titel = "Step 6 of 6: Until when";
    const fout = zoekTitel(titel, leesZoekformulier({ bedrag: "x", datum: "" }, schema), "en");
    expect(fout).toBe(`${componentenEn.fout.voorvoegsel} ${titel}`);
    expect(heeftFoutTitel(fout)).toBe(true);
    expect(heeftFoutTitel(`${componenten.fout.voorvoegsel} ${titel}`)).toBe(true);
    expect(heeftFoutTitel(titel)).toBe(false);
  });
});
