import fc from "fast-check";
import { createElement as h } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { LiveSom } from "@/components/live-som";
import { formulier } from "@/content/wizard/algemeen";
import { vraagFormulier } from "@/content/vraag-formulier";
import { zorgverlenerFormulier as t } from "@/content/wizard/zorgverlener";
import { MAX_UREN_PER_WEEK, MAX_UURTARIEF } from "@/rules/budgetplan";
import { formatBedrag, parseBedragNl, parseUren } from "@/rules/geld";
import type { Waarden } from "../types";
import type { Zorgverlener } from "../antwoorden";
import { nieuwZorgverlenerId, somTekst, zorgverlenerFormSchema, zorgverlenerVelden, zorgverlenerWaarden } from "./zorgverlener";

const CONFIG = { seed: 20261124, numRuns: 1000 };

/** The brochure's example: a person, 25 uur per week at € 15,- per uur. */
const BROCHURE: Waarden = {
  naam: "Moeder",
  plaats: "Utrecht",
  soort: "persoon",
  relatie: "familie-1e-graad",
  nummer: "123456782",
  overeenkomst: "weet-niet",
  dagenPerWeek: "5",
  urenPerWeek: "25",
  uurtarief: "€ 15,-",
};

function fouten(waarden: Waarden): Record<string, string> {
  const r = zorgverlenerFormSchema.safeParse(waarden);
  if (r.success) return {};
  const lijst: Record<string, string> = {};
  for (const issue of r.error.issues) lijst[String(issue.path[0])] ??= issue.message;
  return lijst;
}

function geldig(waarden: Waarden) {
  const r = zorgverlenerFormSchema.safeParse(waarden);
  if (!r.success) throw new Error(r.error.issues.map((i) => `${String(i.path[0])}: ${i.message}`).join(" "));
  return r.data;
}

describe("zorgverlenerFormSchema", () => {
  it("BP-02: reads the brochure example (25 uur, € 15,-)", () => {
    expect(geldig(BROCHURE)).toEqual({
      naam: "Moeder",
      plaats: "Utrecht",
      soort: "persoon",
      relatie: "familie-1e-graad",
      registraties: [],
      nummer: "123456782",
      overeenkomst: "weet-niet",
      dagenPerWeek: 5,
      urenPerWeek: 2500,
      uurtarief: 1500,
    });
  });

  it("names the field in a too-long message, not one sentence for every field", () => {
    expect(fouten({ ...BROCHURE, plaats: "x".repeat(201), uurtarief: "1".repeat(31) })).toEqual({
      plaats: "Gebruik voor de plaats van de zorgverlener niet meer dan 200 tekens.",
      uurtarief: "Gebruik voor het uurtarief niet meer dan 30 tekens.",
    });
  });

  it("asks for every required field of an empty form, each on its own field", () => {
    expect(fouten({})).toEqual({
      naam: t.naam.leeg,
      plaats: t.plaats.leeg,
      soort: t.soort.leeg,
      relatie: t.relatie.leeg,
      nummer: t.nummer.leeg,
      overeenkomst: t.overeenkomst.leeg,
      dagenPerWeek: t.dagen.leeg,
      urenPerWeek: t.uren.leeg,
      uurtarief: t.uurtarief.leeg,
    });
    expect(fouten({ naam: "  ", registraties: [] })).toMatchObject({ naam: t.naam.leeg });
  });

  it.each([
    ["15", 1500],
    ["15,50", 1550],
    ["€ 15,50", 1550],
    ["€15,-", 1500],
    ["1.000", 100000],
  ])("reads the uurtarief %j as %i cents", (invoer, centen) => {
    expect(geldig({ ...BROCHURE, uurtarief: invoer }).uurtarief).toBe(centen);
  });

  it.each([
    ["abc", t.uurtarief.fout],
    ["15,555", t.uurtarief.fout],
    ["15.50", t.uurtarief.punt],
    ["-15", t.uurtarief.bereik(formatBedrag(MAX_UURTARIEF))],
    ["0", t.uurtarief.bereik(formatBedrag(MAX_UURTARIEF))],
    ["1.000,01", t.uurtarief.bereik(formatBedrag(MAX_UURTARIEF))],
  ])("rejects the uurtarief %j", (invoer, bericht) => {
    expect(fouten({ ...BROCHURE, uurtarief: invoer })).toEqual({ uurtarief: bericht });
  });
  it("says how to type an uurtarief", () => {
    expect(t.uurtarief.fout).toBe("Vul het uurtarief in als een bedrag, bijvoorbeeld 15 of 15,50.");
  });

  it.each([
    ["7,5", 750],
    ["7.5", 750],
    [" 25 ", 2500],
    ["0,25", 25],
  ])("reads the hours %j as %i hundredths", (invoer, honderdsten) => {
    expect(geldig({ ...BROCHURE, urenPerWeek: invoer }).urenPerWeek).toBe(honderdsten);
  });

  it.each([
    ["-3", t.uren.bereik],
    ["169", t.uren.bereik],
    ["0", t.uren.bereik],
    ["veel", t.uren.fout],
    ["7,125", t.uren.fout],
  ])("rejects the hours %j", (invoer, bericht) => {
    expect(fouten({ ...BROCHURE, dagenPerWeek: "7", urenPerWeek: invoer })).toEqual({ urenPerWeek: bericht });
  });

  it("accepts 168 hours on 7 days, but not more hours than the days have", () => {
    expect(geldig({ ...BROCHURE, dagenPerWeek: "7", urenPerWeek: "168" }).urenPerWeek).toBe(MAX_UREN_PER_WEEK * 100);
    expect(fouten({ ...BROCHURE, dagenPerWeek: "2", urenPerWeek: "48,01" })).toEqual({ urenPerWeek: t.uren.meerDanDagen(2, 48) });
    expect(geldig({ ...BROCHURE, dagenPerWeek: "2", urenPerWeek: "48" }).urenPerWeek).toBe(4800);
    expect(t.uren.meerDanDagen(1, 24)).toContain("1 dag ");
  });

  it.each(["0", "8", "2,5", "twee", "-1"])("rejects %j days", (invoer) => {
    expect(fouten({ ...BROCHURE, dagenPerWeek: invoer })).toEqual({ dagenPerWeek: t.dagen.fout });
  });

  describe("BP-04/BP-05: the number fits the soort", () => {
    it("a person needs a valid BSN; 8 digits get a leading 0; separators are dropped", () => {
      expect(fouten({ ...BROCHURE, nummer: "123456789" })).toEqual({ nummer: t.nummer.bsnFout });
      expect(t.nummer.bsnFout).toBe("Dit BSN klopt niet. Controleer het nummer. Een BSN heeft 9 cijfers.");
      expect(fouten({ ...BROCHURE, nummer: "" })).toEqual({ nummer: t.nummer.leegBsn });
      expect(geldig({ ...BROCHURE, nummer: "10000008" }).nummer).toBe("010000008");
      expect(geldig({ ...BROCHURE, nummer: "123.456.782" }).nummer).toBe("123456782");
    });

    it.each(["instelling", "zzp"])("a %s needs an 8-digit KVK-nummer", (soort) => {
      const basis = { ...BROCHURE, soort, relatie: "overig", overeenkomst: "opdracht" };
      expect(fouten({ ...basis, nummer: "" })).toEqual({ nummer: t.nummer.leegKvk });
      expect(t.nummer.leegKvk).toBe("Vul het KVK-nummer in: 8 cijfers.");
      expect(fouten({ ...basis, nummer: "1234567" })).toEqual({ nummer: t.nummer.kvkFout });
      expect(fouten({ ...basis, nummer: "123456782" })).toEqual({ nummer: t.nummer.kvkFout });
      expect(fouten({ ...basis, nummer: "12ab5678" })).toEqual({ nummer: t.nummer.kvkFout });
      expect(geldig({ ...basis, nummer: " 1234 5678 " }).nummer).toBe("12345678");
    });

    it("without a soort only the soort is wrong, unless the number fits neither", () => {
      const zonderSoort = { ...BROCHURE };
      delete zonderSoort.soort;
      expect(fouten(zonderSoort)).toEqual({ soort: t.soort.leeg });
      expect(fouten({ ...zonderSoort, nummer: "12345678" })).toEqual({ soort: t.soort.leeg });
      expect(fouten({ ...zonderSoort, nummer: "123" })).toEqual({ soort: t.soort.leeg, nummer: t.nummer.fout });
    });
  });

  it("reports every bad field at once, and still checks the others' cross-field rules", () => {
    expect(
      fouten({ ...BROCHURE, naam: "", soort: "zzp", nummer: "123", dagenPerWeek: "1", urenPerWeek: "30", uurtarief: "abc" }),
    ).toEqual({
      naam: t.naam.leeg,
      nummer: t.nummer.kvkFout,
      urenPerWeek: t.uren.meerDanDagen(1, 24),
      uurtarief: t.uurtarief.fout,
    });
  });

  it("reads only its own fields and refuses forged values", () => {
    expect(geldig({ ...BROCHURE, id: "anders", extra: "x", registraties: ["kvk", "big", "kvk"] })).not.toHaveProperty("id");
    expect(geldig({ ...BROCHURE, registraties: ["kvk", "big"] }).registraties).toEqual(["big", "kvk"]);
    expect(geldig({ ...BROCHURE, registraties: "big" }).registraties).toEqual(["big"]);
    expect(Object.keys(fouten({ ...BROCHURE, registraties: ["vog"], soort: "robot", naam: ["a", "b"] })).sort()).toEqual([
      "naam",
      "registraties",
      "soort",
    ]);
    expect(fouten({ ...BROCHURE, naam: "x".repeat(201) })).toHaveProperty("naam");
    expect(zorgverlenerFormSchema.safeParse("naam=x").error?.issues[0]?.message).toBe(formulier.fouten.ongeldig);
  });
});

describe("zorgverlenerVelden", () => {
  it("lists the fields in the paper form's order, with numbers short and without autocomplete", () => {
    const velden = zorgverlenerVelden();
    expect(velden.map((v) => v.naam)).toEqual([
      "naam",
      "plaats",
      "soort",
      "relatie",
      "registraties",
      "nummer",
      "overeenkomst",
      "dagenPerWeek",
      "urenPerWeek",
      "uurtarief",
    ]);
    for (const veld of velden) {
      if (veld.soort === "tekst") expect(veld.autocomplete).toBe("off");
      if (veld.soort === "radio" || veld.soort === "checkboxes") expect(veld.opties.every((o) => o.hint !== undefined)).toBe(true);
    }
    const perNaam = Object.fromEntries(velden.map((v) => [v.naam, v]));
    expect(perNaam.nummer).toMatchObject({ label: t.nummer.label, hint: t.nummer.hint, inputMode: "numeric", breedte: "kort" });
    expect(perNaam.dagenPerWeek).toMatchObject({ inputMode: "numeric", breedte: "kort" });
    expect(perNaam.urenPerWeek).toMatchObject({ inputMode: "text", breedte: "kort" });
    expect(perNaam.uurtarief).toMatchObject({ inputMode: "text", breedte: "kort", hint: "Bijvoorbeeld 15 of 15,50. Het bruto bedrag per uur." });
  });

  it("BP-04: names the one number when the soort is known", () => {
    const nummer = (soort?: Zorgverlener["soort"]) => zorgverlenerVelden(soort).find((v) => v.naam === "nummer");
    expect(nummer("zzp")).toMatchObject({ label: t.nummer.labelKvk, hint: t.nummer.hintKvk });
    expect(nummer("instelling")).toMatchObject({ label: t.nummer.labelKvk });
    expect(nummer("persoon")).toMatchObject({ label: t.nummer.labelBsn, hint: t.nummer.hintBsn });
  });
});

describe("zorgverlenerWaarden", () => {
  it("is empty for a new zorgverlener", () => {
    expect(zorgverlenerWaarden()).toEqual({
      naam: "",
      plaats: "",
      soort: "",
      relatie: "",
      registraties: [],
      nummer: "",
      overeenkomst: "",
      dagenPerWeek: "",
      urenPerWeek: "",
      uurtarief: "",
    });
  });

  it("shows a saved one again, and submitting it unchanged gives the same zorgverlener", () => {
    const opgeslagen: Zorgverlener = { id: "abc", ...geldig({ ...BROCHURE, registraties: ["big"], urenPerWeek: "7,5", uurtarief: "1.000" }) };
    const waarden = zorgverlenerWaarden(opgeslagen);
    expect(waarden).toMatchObject({ urenPerWeek: "7,5", uurtarief: "1.000,00", dagenPerWeek: "5", registraties: ["big"] });
    expect({ id: "abc", ...geldig(waarden) }).toEqual(opgeslagen);
  });

  it("BP-03: the uurtarief shown parses back to the same cents (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: MAX_UURTARIEF }), (c) => {
        const { uurtarief } = zorgverlenerWaarden({ ...BROCHURE_OPGESLAGEN, uurtarief: c });
        return typeof uurtarief === "string" && !uurtarief.includes("€") && parseBedragNl(uurtarief) === c;
      }),
      CONFIG,
    );
  });

  it("the hours shown parse back to the same hundredths (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: MAX_UREN_PER_WEEK * 100 }), (h) => {
        const { urenPerWeek } = zorgverlenerWaarden({ ...BROCHURE_OPGESLAGEN, urenPerWeek: h });
        return typeof urenPerWeek === "string" && parseUren(urenPerWeek) === h;
      }),
      CONFIG,
    );
  });

  it("a valid saved zorgverlener survives the form unchanged (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 7 }),
        fc.integer({ min: 1, max: MAX_UREN_PER_WEEK * 100 }),
        fc.integer({ min: 1, max: MAX_UURTARIEF }),
        (dagen, uren, tarief) => {
          const zv: Zorgverlener = { ...BROCHURE_OPGESLAGEN, dagenPerWeek: dagen, urenPerWeek: Math.min(uren, dagen * 2400), uurtarief: tarief };
          const r = zorgverlenerFormSchema.safeParse(zorgverlenerWaarden(zv));
          return r.success && JSON.stringify({ id: zv.id, ...r.data }) === JSON.stringify(zv);
        },
      ),
      CONFIG,
    );
  });
});

const BROCHURE_OPGESLAGEN: Zorgverlener = { id: "moeder", ...geldig(BROCHURE) };

describe("nieuwZorgverlenerId", () => {
  it("gives a short [a-z0-9] id that is not taken", () => {
    const id = nieuwZorgverlenerId(["abc"]);
    expect(id).toMatch(/^[a-z0-9]{1,16}$/);
    expect(id).not.toBe("abc");
  });

  it("tries again when the id is taken, and counts when chance keeps repeating", () => {
    const reeks = [0, 0, 0, 0, 0, 0, 0, 0, 0.99, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5];
    let i = 0;
    expect(nieuwZorgverlenerId(["aaaaaaaa"], () => reeks[i++] ?? 0)).toBe("9sssssss");
    expect(nieuwZorgverlenerId(["aaaaaaaa", "z1"], () => 0)).toBe("z2");
    expect(nieuwZorgverlenerId([], () => 1)).toBe("99999999");
  });
});

describe("somTekst (the live sum)", () => {
  it("BP-02/BP-03: the brochure example, rounded to whole euros", () => {
    expect(somTekst("25", "15")).toEqual({
      uren: "25",
      tarief: "€ 15,00",
      weken: "4,33",
      perMaand: "€ 1.624,00",
      perMaandOnafgerond: "€ 1.623,75",
      maanden: 12,
      perJaar: "€ 19.488,00",
    });
  });

  it("leaves out the unrounded figure when it is the same", () => {
    expect(somTekst("10", "€ 10,-")).toMatchObject({ perMaand: "€ 433,00", perMaandOnafgerond: null, perJaar: "€ 5.196,00" });
    expect(somTekst("7,5", "15,50")).toMatchObject({ uren: "7,5", perMaandOnafgerond: "€ 503,36", perMaand: "€ 503,00" });
  });

  it.each([
    ["", "15"],
    ["25", ""],
    ["abc", "15"],
    ["25", "15.50"],
    ["0", "15"],
    ["25", "0"],
    ["169", "15"],
    ["25", "1.000,01"],
  ])("has nothing to sum for %j and %j", (uren, tarief) => {
    expect(somTekst(uren, tarief)).toBeNull();
  });
});

describe("LiveSom (server render, JavaScript off)", () => {
  const html = (uren: string, tarief: string) =>
    renderToStaticMarkup(h(LiveSom, { urenVeld: "urenPerWeek", tariefVeld: "uurtarief", begin: somTekst(uren, tarief) }));

  it("shows the brochure sum with the figures marked for the e2e tests", () => {
    const markup = html("25", "15");
    expect(markup).toContain("data-live-som");
    expect(markup).toContain(vraagFormulier.som.kop);
    expect(markup).toMatch(/<output[^>]*aria-live="polite"[^>]*for="veld-urenPerWeek veld-uurtarief"/);
    expect(markup).toContain('data-per-maand="€ 1.624,00"');
    expect(markup).toContain('data-per-jaar="€ 19.488,00"');
    expect(markup).toContain(vraagFormulier.som.afgerond("€ 1.623,75"));
    expect(markup.replace(/<[^>]+>/g, "")).toContain("25 uur × € 15,00 × 4,33 = € 1.624,00 per maand");
    expect(markup.replace(/<[^>]+>/g, "")).toContain("€ 1.624,00 × 12 = € 19.488,00 per jaar");
  });

  it("asks for the hours and uurtarief when there is nothing to sum", () => {
    const markup = html("", "abc");
    expect(markup).toContain(vraagFormulier.som.leeg);
    expect(markup).not.toContain("data-per-maand");
  });
});
