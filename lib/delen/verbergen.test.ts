import { describe, expect, it } from "vitest";
import { handtekeningTekst as t } from "@/content/handtekeningen";
import type { Antwoorden } from "@/lib/wizard/antwoorden";
import { BROCHURE_ZORGVERLENER } from "@/lib/wizard/vragen/testhulp";
import { handtekeningOverzicht, onderteken } from "./handtekeningen";
import { budgetplanZonderGhNaam, NAAM_VERBORGEN, regelsZonderGhNaam, zonderGhNaam } from "./verbergen";

const NU = new Date("2026-11-24T15:30:00.000Z");
const GH = { naam: "Jan Jansen", relatie: "buurman", isWettelijkVertegenwoordiger: "nee", telefoon: "06 99887766", email: "j.jansen@example.nl" } as const;

/** The budgethouder with a gewaarborgde hulp who is also paid as a zorgverlener; both signed. */
function antwoorden(over: Partial<Antwoorden> = {}): Antwoorden {
  const a: Antwoorden = {
    voorWie: "zelf",
    heeftGewaarborgdeHulp: "ja",
    gewaarborgdeHulp: { ...GH },
    persoonsgegevens: { achternaam: "de Vries", geboortedatum: "1948-05-17", bsn: "111222333" },
    zorgverleners: [{ ...BROCHURE_ZORGVERLENER }, { ...BROCHURE_ZORGVERLENER, id: "jan", naam: " JAN   jansen" }],
    ondertekening: [{ naam: "J. Jansen", relatie: "buurman" }],
    ...over,
  };
  const gh = onderteken(a, "gewaarborgde-hulp", { naam: "jan jansen", verklaringen: ["geschikt", "wijzigingen-melden"] }, NU, { viaDeellink: true });
  return onderteken(gh, "aanvrager", { naam: "Maria de Vries" }, NU);
}

const noemt = (waarde: unknown) => /jansen|99887766/i.test(JSON.stringify(waarde));

describe("zonderGhNaam", () => {
  it("leaves out the gewaarborgde hulp's name, phone and e-mail everywhere, and nothing else", () => {
    const a = antwoorden();
    expect(noemt(a)).toBe(true);
    const getoond = zonderGhNaam(a);
    expect(noemt(getoond)).toBe(false);
    expect(getoond.gewaarborgdeHulp).toEqual({ naam: NAAM_VERBORGEN, relatie: "buurman", isWettelijkVertegenwoordiger: "nee", telefoon: NAAM_VERBORGEN, email: NAAM_VERBORGEN });
    // Their block in deel 7, whatever was typed there; a zorgverlener of the same name.
    expect(getoond.ondertekening?.[0]?.naam).toBe(NAAM_VERBORGEN);
    expect(getoond.zorgverleners?.map((z) => z.naam)).toEqual([BROCHURE_ZORGVERLENER.naam, NAAM_VERBORGEN]);
    expect(getoond.handtekeningen?.aanvrager?.naam).toBe("Maria de Vries");
    expect(getoond.handtekeningen?.gewaarborgdeHulp?.naam).toBe(NAAM_VERBORGEN);
    expect(getoond.persoonsgegevens).toEqual(a.persoonsgegevens);
    expect(NAAM_VERBORGEN).toBe(t.naamVerborgen);
  });

  it("keeps the other blocks of deel 7, and leaves answers without a gewaarborgde hulp alone", () => {
    const wv = antwoorden({ voorWie: "wettelijk-vertegenwoordiger", ondertekening: [{ naam: "Maria de Vries", relatie: "curator" }, { naam: "Jan Jansen", relatie: "buurman" }] });
    expect(zonderGhNaam(wv).ondertekening?.map((o) => o.naam)).toEqual(["Maria de Vries", NAAM_VERBORGEN]);
    const zonder: Antwoorden = { voorWie: "zelf", heeftGewaarborgdeHulp: "nee" };
    expect(zonderGhNaam(zonder)).toBe(zonder);
  });
});

describe("regelsZonderGhNaam and budgetplanZonderGhNaam", () => {
  it("keep whether a signature holds (worked out on the real answers) and drop only the name", () => {
    const a = antwoorden();
    const echt = handtekeningOverzicht(a);
    expect(echt.map((r) => r.status)).toEqual(["geldig", "geldig"]);
    const getoond = regelsZonderGhNaam(a, echt);
    expect(getoond.map((r) => [r.naam, r.status, r.viaDeellink])).toEqual([
      ["Maria de Vries", "geldig", false],
      [NAAM_VERBORGEN, "geldig", true],
    ]);
    // The answers without the name would give another fingerprint: "vernieuwen".
    expect(handtekeningOverzicht(zonderGhNaam(a)).map((r) => r.status)).toEqual(["vernieuwen", "vernieuwen"]);

    const doc = budgetplanZonderGhNaam(a, "2026-11-24");
    expect(noemt(doc)).toBe(false);
    expect(doc.digitaleHandtekeningen.map((h) => [h.naam, h.geldig, h.viaDeellink])).toEqual([
      ["Maria de Vries", true, false],
      [NAAM_VERBORGEN, true, true],
    ]);
  });
});
