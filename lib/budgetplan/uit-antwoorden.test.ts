import { describe, expect, it } from "vitest";
import type { Antwoorden, Zorgverlener } from "@/lib/wizard/antwoorden";
import { bestandsnaam } from "./document";
import { maakBudgetplanPdf } from "./pdf";
import { budgetplanDocument, zorgverlenerSituatie } from "./uit-antwoorden";
import { BROCHURE_ZORGVERLENER } from "@/lib/wizard/vragen/testhulp";
import { handtekeningTekst } from "@/content/handtekeningen";
import { onderteken } from "@/lib/delen/handtekeningen";

const VANDAAG = "2026-11-24";

function zorgverlener(over: Partial<Zorgverlener> = {}): Zorgverlener {
  return { ...BROCHURE_ZORGVERLENER, id: "z1", nummer: "123456782", ...over };
}

function antwoorden(over: Partial<Antwoorden> = {}): Antwoorden {
  return {
    persoonsgegevens: { achternaam: "de Vries", geboortedatum: "1948-05-17", bsn: "111222333" },
    zorgprofiel: "5VV",
    redenKeuzePgb: "Mijn moeder wil thuis blijven wonen.",
    zorgInkopen: "Wassen en aankleden.",
    zorgverleners: [zorgverlener()],
    ondertekening: [{ naam: "Johanna de Vries", relatie: "wettelijk vertegenwoordiger", datum: "2026-11-20" }],
    ...over,
  };
}

describe("zorgverlenerSituatie", () => {
  it("maps the draft's zorgverlener onto the rules' situation", () => {
    const z = zorgverlener({ soort: "zzp", relatie: "overig", registraties: ["big", "kvk"], overeenkomst: "arbeidsovereenkomst", dagenPerWeek: 4, urenPerWeek: 750, uurtarief: 4500 });
    expect(zorgverlenerSituatie(z)).toEqual({
      naam: "Moeder",
      soort: "zzp",
      relatie: "overig",
      bigGeregistreerd: true,
      kvkGeregistreerd: true,
      overeenkomst: "arbeidsovereenkomst",
      dagenPerWeek: 4,
      urenPerWeek: 750,
      uurtarief: 4500,
    });
  });

  it("counts a registration not ticked as absent, not unknown", () => {
    const s = zorgverlenerSituatie(zorgverlener({ registraties: ["kvk"] }));
    expect(s.bigGeregistreerd).toBe(false);
    expect(s.kvkGeregistreerd).toBe(true);
  });

  it("leaves the overeenkomst open for 'weet-niet', so the rules assume and say so", () => {
    const s = zorgverlenerSituatie(zorgverlener({ overeenkomst: "weet-niet" }));
    expect(s).not.toHaveProperty("overeenkomst");
  });
});

describe("budgetplanDocument", () => {
  it("takes every section of Bijlage 3 from the draft", () => {
    expect(budgetplanDocument(antwoorden(), VANDAAG)).toEqual({
      achternaam: "de Vries",
      geboortedatum: "1948-05-17",
      bsn: "111222333",
      zorgprofiel: "5VV – VV Beschermd wonen met intensieve dementiezorg",
      redenKeuzePgb: "Mijn moeder wil thuis blijven wonen.",
      zorgInkopen: "Wassen en aankleden.",
      zorgverleners: [{ naam: "Moeder", plaats: "Utrecht", kvkOfBsn: "123456782", urenPerWeek: 2500, uurtarief: 1500 }],
      ondertekenaars: [{ naam: "Johanna de Vries", relatie: "wettelijk vertegenwoordiger", datum: "2026-11-20" }],
      digitaleHandtekeningen: [],
      zorgkantoor: null,
      aangemaaktOp: VANDAAG,
    });
  });

  it("leaves missing answers empty for the PDF to show blank", () => {
    expect(budgetplanDocument({}, VANDAAG)).toEqual({
      achternaam: "",
      geboortedatum: null,
      bsn: null,
      zorgprofiel: "",
      redenKeuzePgb: "",
      zorgInkopen: "",
      zorgverleners: [],
      ondertekenaars: [],
      digitaleHandtekeningen: [],
      zorgkantoor: null,
      aangemaaktOp: VANDAAG,
    });
  });

  it("prefers the budgetplan's own zorgprofiel over the one of stap 1", () => {
    expect(budgetplanDocument(antwoorden({ budgetplanZorgprofiel: "zzp 4 lg" }), VANDAAG).zorgprofiel).toMatch(/^4LG – /);
  });

  it("falls back to stap 1 when the budgetplan's zorgprofiel was emptied", () => {
    expect(budgetplanDocument(antwoorden({ budgetplanZorgprofiel: "  " }), VANDAAG).zorgprofiel).toMatch(/^5VV – /);
  });

  it("keeps a zorgprofiel it cannot read as typed", () => {
    expect(budgetplanDocument(antwoorden({ budgetplanZorgprofiel: " Zie indicatiebesluit " }), VANDAAG).zorgprofiel).toBe("Zie indicatiebesluit");
  });

  it("leaves the date of a signature dated by hand empty", () => {
    const doc = budgetplanDocument(antwoorden({ ondertekening: [{ naam: "Piet", relatie: "budgethouder" }] }), VANDAAG);
    expect(doc.ondertekenaars).toEqual([{ naam: "Piet", relatie: "budgethouder", datum: null }]);
  });

  it("lists the digital signatures, applicant first, and marks one made before a change", () => {
    const a = antwoorden({ voorWie: "wettelijk-vertegenwoordiger", heeftGewaarborgdeHulp: "ja", gewaarborgdeHulp: { naam: "Jan Jansen", relatie: "buurman", isWettelijkVertegenwoordiger: "nee" } });
    const gh = onderteken(a, "gewaarborgde-hulp", { naam: "Jan Jansen", verklaringen: ["geschikt", "wijzigingen-melden"] }, new Date("2026-11-24T15:30:00Z"));
    // The applicant signs after changing an answer: the gewaarborgde hulp signed the old version.
    const beide = onderteken({ ...gh, zorgInkopen: "Wassen, aankleden en koken." }, "aanvrager", { naam: "Johanna de Vries" }, new Date("2026-11-25T08:05:00Z"));
    expect(budgetplanDocument(beide, VANDAAG).digitaleHandtekeningen).toEqual([
      { rolTekst: "Wettelijk vertegenwoordiger", naam: "Johanna de Vries", opTekst: "25-11-2026 om 09:05", geldig: true, verklaringen: [], viaDeellink: false },
      {
        rolTekst: "Gewaarborgde hulp",
        naam: "Jan Jansen",
        opTekst: "24-11-2026 om 16:30",
        geldig: false,
        verklaringen: [handtekeningTekst.verklaringen.geschikt, handtekeningTekst.verklaringen["wijzigingen-melden"]],
        viaDeellink: false,
      },
    ]);
    expect(budgetplanDocument(gh, VANDAAG).digitaleHandtekeningen.map((h) => h.geldig)).toEqual([true]);
    // Signed through the gewaarborgde hulp's share link: the PDF says so (docs/decisions/022-links-openen.md).
    const viaLink = onderteken(a, "gewaarborgde-hulp", { naam: "Jan Jansen" }, new Date("2026-11-24T15:30:00Z"), { viaDeellink: true });
    expect(budgetplanDocument(viaLink, VANDAAG).digitaleHandtekeningen.map((h) => h.viaDeellink)).toEqual([true]);
  });

  it("makes a PDF with a safe file name, also from an empty draft", async () => {
    for (const a of [antwoorden(), {}]) {
      const doc = budgetplanDocument(a, VANDAAG);
      const pdf = await maakBudgetplanPdf(doc);
      expect(new TextDecoder().decode(pdf.slice(0, 5))).toBe("%PDF-");
    }
    expect(bestandsnaam(budgetplanDocument(antwoorden(), VANDAAG))).toBe("budgetplan-de-vries-2026-11-24.pdf");
    expect(bestandsnaam(budgetplanDocument({}, VANDAAG))).toBe("budgetplan-2026-11-24.pdf");
  });
});
