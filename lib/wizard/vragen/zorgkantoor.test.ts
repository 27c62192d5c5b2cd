/** Stap 3, the zorgkantoor (ZK-01): the page reads text, the server step finds the region. */
import { describe, expect, it } from "vitest";
import { aanvraagVragen } from "@/content/wizard/aanvraag";
import type { Antwoorden } from "../antwoorden";
import { aanspreking } from "../journey";
import { SERVER_STAPPEN } from "../server-stappen";
import { zorgkantoorUit, zorgkantoorUitleg, zorgkantoorVraag } from "./zorgkantoor";

const t = aanvraagVragen.zorgkantoor;

function zoek(woonplaats: string, a: Antwoorden = {}) {
  const stap = SERVER_STAPPEN.zorgkantoor;
  if (stap === undefined) throw new Error("geen server-stap");
  return stap(zorgkantoorVraag.schema.parse({ woonplaats }), zorgkantoorVraag.verwerk(zorgkantoorVraag.schema.parse({ woonplaats }), a));
}

function gevonden(woonplaats: string): Antwoorden {
  const uit = zoek(woonplaats);
  if ("fouten" in uit) throw new Error(Object.values(uit.fouten).join(" "));
  return uit.antwoorden;
}

describe("zorgkantoor in stap 3 (ZK-01)", () => {
  it("finds the region of a gemeente, a woonplaats and a postcode", () => {
    expect(gevonden("Tilburg").woonplaats).toEqual({ invoer: "Tilburg", zkCode: "ZK12", gemeente: "Tilburg", viaPostcode: false });
    expect(zorgkantoorUit(gevonden("Tilburg"))?.regio).toBe("Midden Brabant");
    expect(zorgkantoorUit(gevonden("Weesp"))?.regio).toBe("Amsterdam");
    const viaPostcode = gevonden("5038 AB");
    expect(viaPostcode.woonplaats?.viaPostcode).toBe(true);
    expect(zorgkantoorUit(viaPostcode)?.regio).toBe("Midden Brabant");
  });

  it("a gemeente's own name is the gemeente, even when a village elsewhere has it too", () => {
    const hengelo = gevonden("Hengelo");
    expect(hengelo.woonplaats?.gemeente).toBe("Hengelo");
    expect(zorgkantoorUit(hengelo)?.regio).toBe("Twente");
  });

  it("asks for the gemeente when the input is unknown or fits several places", () => {
    expect(zoek("Nergenshuizen")).toEqual({ fouten: { woonplaats: t.niets } });
    expect(zoek("0999")).toEqual({ fouten: { woonplaats: t.postcodeOnbekend } });
    const bergen = zoek("Bergen");
    expect("fouten" in bergen && bergen.fouten.woonplaats).toMatch(/Bergen \((L|NH)\).*Bergen \((L|NH)\)/);
    expect(zorgkantoorUit(gevonden("Vianen"))?.regio).toBe("Waardenland");
  });

  it("an empty field is the schema's error, in the browser too", () => {
    const r = zorgkantoorVraag.schema.safeParse({ woonplaats: "  " });
    expect(r.success).toBe(false);
  });

  it("shows the zorgkantoor with website and phone, and asks to check a postcode's gemeente", () => {
    const a = gevonden("5038 AB");
    const tekst = zorgkantoorUitleg(a, "kop").flatMap((b) => b.alineas ?? []).join(" ");
    expect(tekst).toContain("www.vgz-zorgkantoren.nl");
    expect(tekst).toContain(t.postcodeControlerenElders);
    // "hieronder" only where the field is: the question's own page.
    expect(tekst).not.toMatch(/hieronder|hier de gemeente/);
    const opVraag = zorgkantoorVraag.uitleg?.({ antwoorden: a, aanspreking: aanspreking(a) }).flatMap((b) => b.alineas ?? []).join(" ");
    expect(opVraag).toContain(t.postcodeControleren);
    // Where the address comes from is cited behind "Waarom?", as on every page.
    expect(tekst).not.toContain("Regel ");
    const [blok] = zorgkantoorUitleg(a, "kop");
    expect(blok?.uitklap?.samenvatting).toMatch(/^Waarom\? \(regel/);
    expect(blok?.uitklap?.inhoud.flatMap((b) => b.alineas ?? []).join(" ")).toMatch(/\(Regel [A-Z]+-\d+, Bron: /);
    expect(zorgkantoorVraag.samenvatting({ antwoorden: a, aanspreking: aanspreking(a) }).map((r) => r.vraag)).toEqual([t.rijWoonplaats, t.rij]);
  });
});
