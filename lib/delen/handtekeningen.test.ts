import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { handtekeningTekst as handtekeningTekstEn } from "@/content/en/handtekeningen";
import { handtekeningTekst as t } from "@/content/handtekeningen";
import { antwoordenSchema, leesAntwoorden, MAX_TEKST, type Antwoorden, type Handtekening } from "@/lib/wizard/antwoorden";
import { BROCHURE_ZORGVERLENER } from "@/lib/wizard/vragen/testhulp";
import { eigenRol, ghViaLink } from "./formulieren";
import { handtekeningOverzicht, handtekeningStatus, onderteken, tijdstipTekst, vingerafdruk } from "./handtekeningen";

const NU = new Date("2026-11-24T15:30:00.000Z");
const LATER = new Date("2026-11-25T08:05:00.000Z");
const JAN = { naam: "Jan Jansen", relatie: "buurman", isWettelijkVertegenwoordiger: "nee" } as const;
const BEIDE = ["geschikt", "wijzigingen-melden"] as const;

/** A finished application with a gewaarborgde hulp, filled in by the budgethouder. */
function antwoorden(over: Partial<Antwoorden> = {}): Antwoorden {
  return {
    voorWie: "zelf",
    heeftGewaarborgdeHulp: "ja",
    gewaarborgdeHulp: { ...JAN },
    persoonsgegevens: { achternaam: "de Vries", geboortedatum: "1948-05-17", bsn: "111222333" },
    zorgInkopen: "Wassen en aankleden.",
    zorgverleners: [{ ...BROCHURE_ZORGVERLENER }],
    ondertekening: [{ naam: "Jan Jansen", relatie: "buurman" }],
    bevestigd: ["indicatie"],
    gezien: ["uitleg"],
    ...over,
  };
}

describe("vingerafdruk", () => {
  it("is the SHA-256 of the answers as JSON with sorted keys, in lowercase hex", () => {
    const a: Antwoorden = { voorWie: "zelf", gewaarborgdeHulp: { relatie: "buurman", naam: "Jan", isWettelijkVertegenwoordiger: "nee" }, vaardigheden: [] };
    const verwacht = createHash("sha256")
      .update('{"gewaarborgdeHulp":{"isWettelijkVertegenwoordiger":"nee","naam":"Jan","relatie":"buurman"},"vaardigheden":[],"voorWie":"zelf"}')
      .digest("hex");
    expect(vingerafdruk(a)).toBe(verwacht);
    expect(vingerafdruk({})).toBe(createHash("sha256").update("{}").digest("hex"));
    expect(vingerafdruk(antwoorden())).toMatch(/^[0-9a-f]{64}$/);
  });

  it("does not depend on the order of keys, at any depth, nor on keys that are undefined", () => {
    const a = antwoorden();
    const omgekeerd = Object.fromEntries(Object.entries(a).reverse()) as Antwoorden;
    omgekeerd.zorgverleners = a.zorgverleners?.map((z) => Object.fromEntries(Object.entries(z).reverse()) as typeof z);
    expect(vingerafdruk(omgekeerd)).toBe(vingerafdruk(a));
    expect(vingerafdruk({ ...a, naamAanvrager: undefined })).toBe(vingerafdruk(a));
  });

  it("leaves out the signatures and the wizard's bookkeeping (bevestigd, gezien)", () => {
    const a = antwoorden();
    const getekend = onderteken(a, "aanvrager", { naam: "Piet de Vries" }, NU);
    expect(vingerafdruk(getekend)).toBe(vingerafdruk(a));
    expect(vingerafdruk({ ...a, bevestigd: ["indicatie", "keuze", "aanvraag"], gezien: [] })).toBe(vingerafdruk(a));
    const zonder = { ...a };
    delete zonder.bevestigd;
    delete zonder.gezien;
    expect(vingerafdruk(zonder)).toBe(vingerafdruk(a));
  });

  it("changes with any answer that is signed: a text, an amount, the order of a list, a signer in deel 7", () => {
    const a = antwoorden();
    const basis = vingerafdruk(a);
    const z = BROCHURE_ZORGVERLENER;
    for (const anders of [
      { zorgInkopen: "Wassen en aankleden. " },
      { zorgverleners: [{ ...z, uurtarief: z.uurtarief + 1 }] },
      { zorgverleners: [{ ...z }, { ...z, id: "tweede" }] },
      { ondertekening: [{ naam: "Jan Jansen", relatie: "buurman", datum: "2026-11-24" }] },
      { gewaarborgdeHulp: { ...JAN, naam: "Jan Janssen" } },
      { voorWie: "familie" as const },
    ]) {
      expect(vingerafdruk({ ...a, ...anders })).not.toBe(basis);
    }
    const twee = { ...a, zorgverleners: [{ ...z, id: "a" }, { ...z, id: "b" }] };
    expect(vingerafdruk({ ...twee, zorgverleners: [...twee.zorgverleners].reverse() })).not.toBe(vingerafdruk(twee));
  });
});

describe("eigenRol and ghViaLink", () => {
  it("the owner signs as aanvrager, unless the owner is the gewaarborgde hulp", () => {
    expect(eigenRol(antwoorden())).toBe("aanvrager");
    expect(eigenRol(antwoorden({ voorWie: "wettelijk-vertegenwoordiger" }))).toBe("aanvrager");
    expect(eigenRol(antwoorden({ voorWie: "familie" }))).toBe("aanvrager");
    expect(eigenRol({})).toBe("aanvrager");
    expect(eigenRol(antwoorden({ voorWie: "gewaarborgde-hulp" }))).toBe("gewaarborgde-hulp");
  });

  it("offers a gewaarborgde-hulp link only when there is one and it is someone else", () => {
    expect(ghViaLink(antwoorden())).toBe(true);
    expect(ghViaLink(antwoorden({ voorWie: "familie" }))).toBe(true);
    expect(ghViaLink(antwoorden({ voorWie: "gewaarborgde-hulp" }))).toBe(false);
    expect(ghViaLink(antwoorden({ heeftGewaarborgdeHulp: "nee" }))).toBe(false);
    expect(ghViaLink(antwoorden({ heeftGewaarborgdeHulp: undefined }))).toBe(false);
    expect(ghViaLink({})).toBe(false);
  });
});

describe("onderteken", () => {
  it("adds the signature on the answers as they are now, without changing the answers given", () => {
    const a = antwoorden();
    const kopie = structuredClone(a);
    const na = onderteken(a, "aanvrager", { naam: "Piet de Vries" }, NU);
    expect(a).toEqual(kopie);
    expect(na).toEqual({ ...a, handtekeningen: { aanvrager: { naam: "Piet de Vries", op: "2026-11-24T15:30:00.000Z", vingerafdruk: vingerafdruk(a) } } });
  });

  it("stores the gewaarborgde hulp's AV-04 statements, in a fixed order and each once", () => {
    const na = onderteken(antwoorden(), "gewaarborgde-hulp", { naam: "Jan Jansen", verklaringen: ["wijzigingen-melden", "geschikt", "geschikt"] }, NU);
    expect(na.handtekeningen?.gewaarborgdeHulp?.verklaringen).toEqual([...BEIDE]);
    expect(na.handtekeningen?.aanvrager).toBeUndefined();
    const zonder = onderteken(antwoorden(), "aanvrager", { naam: "Piet", verklaringen: [] }, NU);
    expect(zonder.handtekeningen?.aanvrager).not.toHaveProperty("verklaringen");
  });

  it("keeps the other role's signature and replaces its own when signing again", () => {
    const gh = onderteken(antwoorden(), "gewaarborgde-hulp", { naam: "Jan Jansen", verklaringen: [...BEIDE] }, NU);
    const beide = onderteken(gh, "aanvrager", { naam: "Piet" }, NU);
    expect(beide.handtekeningen?.gewaarborgdeHulp).toEqual(gh.handtekeningen?.gewaarborgdeHulp);
    const opnieuw = onderteken({ ...beide, zorgInkopen: "Koken." }, "aanvrager", { naam: "Piet de Vries" }, LATER);
    expect(opnieuw.handtekeningen?.aanvrager).toEqual({ naam: "Piet de Vries", op: LATER.toISOString(), vingerafdruk: vingerafdruk({ ...beide, zorgInkopen: "Koken." }) });
    expect(opnieuw.handtekeningen?.gewaarborgdeHulp).toEqual(gh.handtekeningen?.gewaarborgdeHulp);
  });

  it("trims the name and collapses its spaces; refuses an empty or too long one (the schemas never pass one)", () => {
    expect(onderteken({}, "aanvrager", { naam: "  Piet \t de   Vries " }, NU).handtekeningen?.aanvrager?.naam).toBe("Piet de Vries");
    expect(() => onderteken({}, "aanvrager", { naam: "   " }, NU)).toThrow(RangeError);
    expect(() => onderteken({}, "aanvrager", { naam: "x".repeat(MAX_TEKST + 1) }, NU)).toThrow(RangeError);
  });

  it("records a signature made through a share link, and shows it (docs/decisions/022-links-openen.md)", () => {
    const a: Antwoorden = { voorWie: "zelf", heeftGewaarborgdeHulp: "ja", gewaarborgdeHulp: { naam: "Jan Jansen", relatie: "buurman", isWettelijkVertegenwoordiger: "nee" } };
    const viaLink = onderteken(a, "gewaarborgde-hulp", { naam: "Jan Jansen" }, NU, { viaDeellink: true });
    expect(viaLink.handtekeningen?.gewaarborgdeHulp?.via).toBe("deellink");
    expect(handtekeningOverzicht(viaLink).map((r) => r.viaDeellink)).toEqual([true]);
    const zelf = onderteken(a, "aanvrager", { naam: "Piet" }, NU);
    expect(zelf.handtekeningen?.aanvrager).not.toHaveProperty("via");
    expect(handtekeningOverzicht(zelf).map((r) => r.viaDeellink)).toEqual([false]);
    expect(antwoordenSchema.safeParse(viaLink).success).toBe(true);
  });

  it("gives answers that the stored-draft schema reads back unchanged", () => {
    const gh = onderteken(antwoorden(), "gewaarborgde-hulp", { naam: "Jan Jansen", verklaringen: [...BEIDE] }, NU);
    const beide = onderteken(gh, "aanvrager", { naam: "Piet" }, LATER);
    const terug = JSON.parse(JSON.stringify(beide)) as unknown;
    expect(antwoordenSchema.safeParse(terug).success).toBe(true);
    expect(leesAntwoorden(terug)).toEqual(beide);
  });
});

describe("handtekeningStatus", () => {
  it("is geldig until an answer changes, and again when it is changed back", () => {
    const a = antwoorden();
    const na = onderteken(a, "aanvrager", { naam: "Piet" }, NU);
    const h = na.handtekeningen?.aanvrager as Handtekening;
    expect(handtekeningStatus(na, h)).toBe("geldig");
    // Another signature, a confirmed step or a page read changes nothing that was signed.
    const meer = onderteken({ ...na, bevestigd: ["indicatie", "aanvraag"], gezien: ["x"] }, "gewaarborgde-hulp", { naam: "Jan" }, LATER);
    expect(handtekeningStatus(meer, h)).toBe("geldig");
    const gewijzigd = { ...na, zorgInkopen: "Koken." };
    expect(handtekeningStatus(gewijzigd, h)).toBe("vernieuwen");
    expect(handtekeningStatus({ ...gewijzigd, zorgInkopen: a.zorgInkopen }, h)).toBe("geldig");
  });
});

describe("tijdstipTekst", () => {
  it("writes the moment as dd-mm-jjjj om uu:mm in Europe/Amsterdam, winter and summer time", () => {
    expect(tijdstipTekst("2026-11-24T15:30:00.000Z")).toBe("24-11-2026 om 16:30");
    expect(tijdstipTekst("2026-07-01T14:30:00.000Z")).toBe("01-07-2026 om 16:30");
    // After midnight in Amsterdam while still the day before in UTC.
    expect(tijdstipTekst("2026-11-24T23:30:00.000Z")).toBe("25-11-2026 om 00:30");
    expect(tijdstipTekst("2026-03-29T00:05:00.000Z")).toBe("29-03-2026 om 01:05");
    expect(tijdstipTekst("2026-03-29T01:05:00.000Z")).toBe("29-03-2026 om 03:05");
  });
});

describe("handtekeningOverzicht", () => {
  it("is empty without signatures", () => {
    expect(handtekeningOverzicht(antwoorden())).toEqual([]);
    expect(handtekeningOverzicht({ handtekeningen: {} })).toEqual([]);
  });

  it("lists the applicant first, then the gewaarborgde hulp, with role, time, status and statements", () => {
    const gh = onderteken(antwoorden({ voorWie: "wettelijk-vertegenwoordiger" }), "gewaarborgde-hulp", { naam: "Jan Jansen", verklaringen: [...BEIDE] }, NU);
    const beide = onderteken({ ...gh, zorgInkopen: "Koken." }, "aanvrager", { naam: "Johanna de Vries" }, LATER);
    expect(handtekeningOverzicht(beide)).toEqual([
      { rol: "aanvrager", rolTekst: "Wettelijk vertegenwoordiger", naam: "Johanna de Vries", opTekst: "25-11-2026 om 09:05", status: "geldig", verklaringen: [], viaDeellink: false },
      {
        rol: "gewaarborgde-hulp",
        rolTekst: "Gewaarborgde hulp",
        naam: "Jan Jansen",
        opTekst: "24-11-2026 om 16:30",
        status: "vernieuwen",
        verklaringen: [t.verklaringen.geschikt, t.verklaringen["wijzigingen-melden"]],
        viaDeellink: false,
      },
    ]);
  });

  it("names the applicant's role by who fills in the application", () => {
    const rolVan = (a: Antwoorden) => handtekeningOverzicht(onderteken(a, "aanvrager", { naam: "Piet" }, NU))[0]?.rolTekst;
    expect(rolVan(antwoorden({ voorWie: "zelf" }))).toBe("Budgethouder");
    expect(rolVan(antwoorden({ voorWie: "wettelijk-vertegenwoordiger" }))).toBe("Wettelijk vertegenwoordiger");
    expect(rolVan(antwoorden({ voorWie: "familie" }))).toBe("Familielid, namens de budgethouder");
    expect(rolVan(antwoorden({ voorWie: undefined }))).toBe("Aanvrager");
    // voorWie changed to the gewaarborgde hulp after the applicant signed: still shown, not mislabelled.
    expect(rolVan(antwoorden({ voorWie: "gewaarborgde-hulp" }))).toBe("Aanvrager");
  });

  it("shows the owner who is the gewaarborgde hulp as the gewaarborgde hulp", () => {
    const a = antwoorden({ voorWie: "gewaarborgde-hulp" });
    const na = onderteken(a, eigenRol(a), { naam: "Jan Jansen", verklaringen: [...BEIDE] }, NU);
    expect(handtekeningOverzicht(na).map((r) => [r.rol, r.rolTekst, r.status])).toEqual([["gewaarborgde-hulp", "Gewaarborgde hulp", "geldig"]]);
  });
});

describe("handtekeningen in the stored answers", () => {
  const geldig: Handtekening = { naam: "Jan", op: "2026-11-24T15:30:00.000Z", vingerafdruk: "a".repeat(64), verklaringen: [...BEIDE] };
  const lees = (h: unknown) => antwoordenSchema.shape.handtekeningen.safeParse({ gewaarborgdeHulp: h }).success;

  it("accepts a well-formed signature", () => {
    expect(lees(geldig)).toBe(true);
    expect(lees({ naam: "Jan", op: geldig.op, vingerafdruk: geldig.vingerafdruk })).toBe(true);
  });

  it("refuses a moment that is not a real toISOString instant", () => {
    for (const op of ["2026-11-24", "2026-11-24T15:30:00Z", "2026-11-24T15:30:00.000+01:00", "2026-02-30T10:00:00.000Z", "2026-11-24T24:00:00.000Z", ""]) {
      expect(lees({ ...geldig, op })).toBe(false);
    }
  });

  it("accepts 'deellink' as how it was made, and nothing else", () => {
    expect(lees({ ...geldig, via: "deellink" })).toBe(true);
    for (const via of ["link", "", "DEELLINK", true, ["deellink"]]) expect(lees({ ...geldig, via })).toBe(false);
  });

  it("refuses a bad fingerprint, name or statement", () => {
    expect(lees({ ...geldig, vingerafdruk: "A".repeat(64) })).toBe(false);
    expect(lees({ ...geldig, vingerafdruk: "a".repeat(63) })).toBe(false);
    expect(lees({ ...geldig, naam: "" })).toBe(false);
    expect(lees({ ...geldig, naam: "x".repeat(MAX_TEKST + 1) })).toBe(false);
    expect(lees({ ...geldig, verklaringen: ["alles-goed"] })).toBe(false);
    expect(lees({ ...geldig, verklaringen: ["geschikt", "geschikt", "geschikt"] })).toBe(false);
  });

  it("drops damaged signatures from a stored draft and keeps the other answers", () => {
    const a = leesAntwoorden({ voorWie: "zelf", handtekeningen: { aanvrager: { ...geldig, op: "gisteren" } } });
    expect(a).toEqual({ voorWie: "zelf" });
  });
});

describe("in English (docs/decisions/032-talen.md)", () => {
  it("writes the time with 'at', the date still dd-mm-jjjj", () => {
    expect(tijdstipTekst("2026-11-24T15:30:00.000Z", "en")).toBe("24-11-2026 at 16:30");
  });

  it("names the roles and the statements in English; Dutch stays the default", () => {
    const a: Antwoorden = { voorWie: "familie", heeftGewaarborgdeHulp: "ja", gewaarborgdeHulp: { naam: "Jan Jansen", relatie: "buurman", isWettelijkVertegenwoordiger: "nee" } };
    const getekend = onderteken(
      onderteken(a, "aanvrager", { naam: "Mia" }, new Date("2026-11-24T15:30:00.000Z")),
      "gewaarborgde-hulp",
      { naam: "Jan Jansen", verklaringen: ["geschikt", "wijzigingen-melden"] },
      new Date("2026-11-24T15:30:00.000Z"),
      { viaDeellink: true },
    );
    const en = handtekeningOverzicht(getekend, "en");
    expect(en.map((r) => r.rolTekst)).toEqual([handtekeningTekstEn.rollen.aanvrager.familie, handtekeningTekstEn.rollen.gewaarborgdeHulp]);
    expect(en[0]?.opTekst).toBe("24-11-2026 at 16:30");
    expect(en[1]?.verklaringen).toEqual([handtekeningTekstEn.verklaringen.geschikt, handtekeningTekstEn.verklaringen["wijzigingen-melden"]]);
    expect(handtekeningOverzicht(getekend).map((r) => r.rolTekst)).toEqual([t.rollen.aanvrager.familie, t.rollen.gewaarborgdeHulp]);
  });
});
