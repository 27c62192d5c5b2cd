import { describe, expect, it } from "vitest";
import { zorgkantoorPagina as t } from "@/content/zorgkantoor";
import { formulier } from "@/content/wizard/algemeen";
import { leesZoekformulier } from "@/lib/wizard/zoek-hulp";
import { MAX_ZOEKLENGTE } from "@/rules/zorgkantoor-zoeken";
import { zorgkantoorPagina as en } from "@/content/en/zorgkantoor";
import { zorgkantoorZoekSchema, zorgkantoorZoekSchemaIn } from "./zoekformulier";

const lees = (params: Record<string, string | string[]>) => leesZoekformulier(params, zorgkantoorZoekSchema);

describe("zorgkantoorZoekSchema, read as the lookup page reads its query", () => {
  it("what was typed goes to the search as typed, with the place picked from a list", () => {
    expect(lees({ zoek: " Bergen ", keuze: "0373" })).toMatchObject({ soort: "ok", data: { zoek: " Bergen ", keuze: "0373" } });
    expect(lees({ zoek: "" })).toMatchObject({ soort: "ok", data: { zoek: "" } });
  });

  it("a search longer than MAX_ZOEKLENGTE gets the page's own message, and is shown again", () => {
    const lang = "a".repeat(MAX_ZOEKLENGTE + 1);
    expect(lees({ zoek: lang })).toEqual({ soort: "fout", waarden: { zoek: lang }, fouten: [{ naam: "zoek", tekst: t.fout.teLang(MAX_ZOEKLENGTE) }] });
    expect(lees({ zoek: "a".repeat(MAX_ZOEKLENGTE) }).soort).toBe("ok");
  });

  it("on an English page the message is English (docs/decisions/032-talen.md)", () => {
    const lang = "a".repeat(MAX_ZOEKLENGTE + 1);
    expect(leesZoekformulier({ zoek: lang }, zorgkantoorZoekSchemaIn("en"))).toMatchObject({ fouten: [{ naam: "zoek", tekst: en.fout.teLang(MAX_ZOEKLENGTE) }] });
    expect(en.fout.teLang(MAX_ZOEKLENGTE)).not.toBe(t.fout.teLang(MAX_ZOEKLENGTE));
  });

  it("a repeated search is a Dutch error, never a 500; a name the form does not have is not read", () => {
    expect(lees({ zoek: ["Bergen", "Venlo"] })).toMatchObject({ soort: "fout", fouten: [{ naam: "zoek", tekst: formulier.fouten.ongeldig }] });
    expect(lees({ zoek: "Venlo", pagina: "2" })).toEqual(lees({ zoek: "Venlo" }));
  });
});
