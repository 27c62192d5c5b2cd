import { describe, expect, it } from "vitest";
import type { Antwoorden, Zorgverlener } from "@/lib/wizard/antwoorden";
import { beoordeelZorgverlener, type ZorgverlenerSituatie } from "@/rules/zorgovereenkomst";
import type { BudgetplanRegelInvoer } from "@/rules/budgetplan";
import { AANVRAGER, type Publiek } from "@/content/redenen";
import { budgetplanOverzicht, waarschuwingenVoorZorgverlener, type Waarschuwing, type WaarschuwingSoort } from "./overzicht";
import { zorgverlenerSituatie } from "./uit-antwoorden";
import { BROCHURE_ZORGVERLENER } from "@/lib/wizard/vragen/testhulp";
import { tekstVan } from "@/tests/lib/redenen";

/** 2024 has known maxima: € 77,00 professional, € 24,44 non-professional per hour. */
const BEKEND = "2024-06-01";
/** 2026 has none in rules/data/parameters.ts. */
const ONBEKEND = "2026-11-24";

let volgnummer = 0;
function zorgverlener(over: Partial<Zorgverlener> = {}): Zorgverlener {
  volgnummer += 1;
  return { ...BROCHURE_ZORGVERLENER, id: `z${volgnummer}`, nummer: "123456782", ...over };
}

/** A person who is no family, on an arbeidsovereenkomst: the budgethouder becomes werkgever. */
const hulp = (over: Partial<Zorgverlener> = {}) =>
  zorgverlener({ naam: "Anna", relatie: "overig", overeenkomst: "arbeidsovereenkomst", dagenPerWeek: 2, ...over });
const instelling = (over: Partial<Zorgverlener> = {}) =>
  zorgverlener({ naam: "Thuiszorg Noord", soort: "instelling", relatie: "overig", registraties: ["kvk"], nummer: "12345678", ...over });

function overzicht(zorgverleners: Zorgverlener[], peildatum = BEKEND, over: Partial<Antwoorden> = {}) {
  return budgetplanOverzicht({ zorgverleners, ...over }, peildatum);
}

function soorten(ws: Waarschuwing[]): WaarschuwingSoort[] {
  return ws.map((w) => w.soort);
}

function enige(z: Zorgverlener, peildatum = BEKEND) {
  const [rij] = overzicht([z], peildatum).zorgverleners;
  if (rij === undefined) throw new Error("geen rij");
  return rij;
}

function waarschuwing(ws: Waarschuwing[], soort: WaarschuwingSoort): Waarschuwing {
  const w = ws.find((x) => x.soort === soort);
  if (w === undefined) throw new Error(`geen waarschuwing ${soort} in ${soorten(ws).join(", ")}`);
  return w;
}

describe("budgetplanOverzicht: sums (BP-02, BP-03)", () => {
  it("does the brochure's example: 25 uur × € 15 → € 1.624 per maand, € 19.488 per jaar", () => {
    const o = overzicht([zorgverlener()]);
    const [rij] = o.zorgverleners;
    expect(rij?.beoordeling.kostenPerMaandOnafgerond).toBe(162375);
    expect(rij?.beoordeling.kostenPerMaand).toBe(162400);
    expect(rij?.beoordeling.kostenPerJaar).toBe(1948800);
    expect(o.totaalPerJaar).toBe(1948800);
    expect(o.wekenPerMaand).toEqual({ teller: 433, noemer: 100 });
    expect(o.maandenPerJaar).toBe(12);
  });

  it("totals several zorgverleners as the sum of their years", () => {
    const lijst = [zorgverlener(), hulp({ urenPerWeek: 750, uurtarief: 2000 }), instelling({ urenPerWeek: 1000, uurtarief: 6500 })];
    const o = overzicht(lijst);
    const jaren = o.zorgverleners.map((r) => r.beoordeling.kostenPerJaar);
    // 7,5 × 20 × 4,33 = 649,50 → 650 × 12; 10 × 65 × 4,33 = 2.814,50 → 2.815 × 12.
    expect(jaren).toEqual([1948800, 780000, 3378000]);
    expect(o.totaalPerJaar).toBe(1948800 + 780000 + 3378000);
    expect(o.zorgverleners.map((r) => r.zorgverlener)).toEqual(lijst);
  });

  it("has no rows and a total of nothing without zorgverleners", () => {
    const o = budgetplanOverzicht({}, BEKEND);
    expect(o.zorgverleners).toEqual([]);
    expect(o.totaalPerJaar).toBe(0);
    expect(o.waarschuwingen).toEqual([]);
    expect(o.redenen.map((r) => r.regel)).toEqual(["BP-02"]);
  });
});

describe("budgetplanOverzicht: the pgb per year (BP-02)", () => {
  it("warns when the total is above the expected pgb, with the difference", () => {
    const o = overzicht([zorgverlener()], BEKEND, { verwachtJaarbudget: 1900000 });
    expect(o.pgbJaarbedrag).toBe(1900000);
    const w = waarschuwing(o.waarschuwingen, "boven-budget");
    expect(w.tekst.join(" ")).toContain("€ 19.488,00");
    expect(w.tekst.join(" ")).toContain("€ 19.000,00");
    expect(w.tekst.join(" ")).toContain("€ 488,00");
    expect(w.redenen.every((r) => r.regel === "BP-02")).toBe(true);
    expect(tekstVan(w.redenen.at(-1))).toContain("€ 488,00");
  });

  it("does not warn when the total fits, also exactly", () => {
    for (const pgb of [1948800, 2000000]) {
      const o = overzicht([zorgverlener()], BEKEND, { verwachtJaarbudget: pgb });
      expect(o.waarschuwingen).toEqual([]);
      expect(tekstVan(o.redenen.at(-1))).toContain("past binnen");
    }
  });

  it("does not compare when the pgb is not known", () => {
    for (const verwachtJaarbudget of [null, undefined]) {
      const o = overzicht([zorgverlener({ urenPerWeek: 16800 })], BEKEND, { verwachtJaarbudget });
      expect(o.pgbJaarbedrag).toBeNull();
      expect(o.waarschuwingen).toEqual([]);
    }
  });
});

describe("budgetplanOverzicht: maximum tarief (ZO-04)", () => {
  it("warns above the professional maximum, naming it and the zorgkantoor's consent", () => {
    const rij = enige(instelling({ uurtarief: 8000 }));
    const w = waarschuwing(rij.waarschuwingen, "tarief-boven-maximum");
    expect(w.tekst[0]).toBe("U wilt € 80,00 per uur betalen. Het maximumtarief voor een professionele zorgverlener is € 77,00 per uur in 2024.");
    expect(w.tekst[1]).toContain("toestemming");
    expect(w.tekst[1]).toContain("NZa");
    expect(w.redenen.map((r) => r.regel)).toContain("ZO-04");
    expect(w.redenen.map((r) => r.regel)).toContain("ZO-03");
  });

  it("warns above the non-professional maximum, for family even when registered", () => {
    for (const z of [hulp({ uurtarief: 3000 }), zorgverlener({ registraties: ["big"], uurtarief: 3000 })]) {
      const w = waarschuwing(enige(z).waarschuwingen, "tarief-boven-maximum");
      expect(w.tekst[0]).toBe("U wilt € 30,00 per uur betalen. Het maximumtarief voor een niet-professionele zorgverlener is € 24,44 per uur in 2024.");
      expect(w.tekst[1]).toContain("lager uurtarief");
    }
  });

  it("does not warn at or below the maximum", () => {
    for (const z of [instelling({ uurtarief: 7700 }), hulp({ uurtarief: 2444 }), zorgverlener({ uurtarief: 1500 })]) {
      expect(soorten(enige(z).waarschuwingen)).not.toContain("tarief-boven-maximum");
      expect(enige(z).beoordeling.maximumtarief.uitkomst).toBe("ja");
    }
  });

  it("says plainly that the year's maximum is unknown and where to look, without judging", () => {
    for (const uurtarief of [1000, 99999]) {
      const plan = budgetplanOverzicht({ zorgverleners: [instelling({ uurtarief }), instelling({ id: "b", uurtarief })] }, ONBEKEND);
      // Once for the plan, not once per zorgverlener: it holds for all of them alike.
      for (const rij of plan.zorgverleners) expect(soorten(rij.waarschuwingen).filter((s) => s.startsWith("tarief"))).toEqual([]);
      expect(soorten(plan.waarschuwingen)).toEqual(["tarief-maximum-onbekend"]);
      const w = waarschuwing(plan.waarschuwingen, "tarief-maximum-onbekend");
      expect(w.titel).toBe("Wij weten het maximumtarief voor 2026 nog niet");
      expect(w.tekst.join(" ")).toContain("website van uw zorgkantoor");
      expect(w.tekst.join(" ")).toContain("vergoedingslijst");
      expect(w.redenen.some((r) => r.regel === "ZO-04" && tekstVan(r).includes("2026"))).toBe(true);
    }
  });

  it("asks to check a tarief between the two maxima when it is not known whether the zorgverlener is professional", () => {
    // The draft always has a relation; the rules' own situation may leave it open.
    const z: ZorgverlenerSituatie & BudgetplanRegelInvoer = { naam: "Piet", soort: "persoon", bigGeregistreerd: true, urenPerWeek: 1000, uurtarief: 5000 };
    const ws = waarschuwingenVoorZorgverlener(z, beoordeelZorgverlener(z, BEKEND), BEKEND);
    const w = waarschuwing(ws, "tarief-navragen");
    expect(w.tekst[0]).toContain("€ 50,00");
    expect(w.redenen.map((r) => r.regel)).toContain("ZO-04");
  });

  it("says the maximum is unknown when it depends on an unknown relation in a year without maxima", () => {
    const z: ZorgverlenerSituatie & BudgetplanRegelInvoer = { naam: "Piet", soort: "persoon", bigGeregistreerd: true, urenPerWeek: 1000, uurtarief: 5000 };
    const ws = waarschuwingenVoorZorgverlener(z, beoordeelZorgverlener(z, ONBEKEND), ONBEKEND);
    expect(soorten(ws)).toContain("tarief-maximum-onbekend");
  });
});

describe("budgetplanOverzicht: werkgever (ZO-02)", () => {
  it("explains being werkgever on an arbeidsovereenkomst", () => {
    const w = waarschuwing(enige(hulp()).waarschuwingen, "werkgever");
    const tekst = w.tekst.join(" ");
    expect(tekst).toContain("arbeidsrecht");
    expect(tekst).toContain("ziek");
    expect(tekst).toContain("vakantiedagen");
    expect(tekst).toContain("opzegtermijn");
    expect(tekst).toContain("salarisadministratie");
    expect(tekst).not.toContain("Wij gaan uit van");
    expect(w.redenen.map((r) => r.regel)).toEqual(["ZO-02", "DE-07"]);
  });

  it("says so when the arbeidsovereenkomst was assumed", () => {
    const w = waarschuwing(enige(hulp({ overeenkomst: "weet-niet" })).waarschuwingen, "werkgever");
    expect(w.tekst[0]).toContain("Wij gaan uit van een arbeidsovereenkomst");
    expect(tekstVan(w.redenen[0])).toContain("U heeft niet ingevuld welke overeenkomst");
  });

  it("does not warn for an opdracht, given or assumed", () => {
    for (const z of [hulp({ overeenkomst: "opdracht" }), zorgverlener({ overeenkomst: "weet-niet" }), instelling({ overeenkomst: "weet-niet" })]) {
      expect(soorten(enige(z).waarschuwingen)).not.toContain("werkgever");
    }
  });
});

describe("budgetplanOverzicht: loonbelasting (ZO-06)", () => {
  it("warns that the SVB withholds loonbelasting and the uurtarief is bruto, above three days a week", () => {
    const rij = enige(hulp({ dagenPerWeek: 4 }));
    expect(soorten(rij.waarschuwingen)).toEqual(["werkgever", "loonbelasting"]);
    const w = waarschuwing(rij.waarschuwingen, "loonbelasting");
    const tekst = w.tekst.join(" ");
    expect(tekst).toContain("SVB");
    expect(tekst).toContain("Belastingdienst");
    expect(tekst).toContain("netto");
    expect(tekst).toContain("bruto");
    expect(w.redenen.map((r) => r.regel)).toContain("ZO-06");
    expect(tekstVan(w.redenen[0])).toContain("4 dagen per week");
  });

  it("does not warn on three days or fewer, for family, a zzp'er or an instelling", () => {
    for (const z of [hulp({ dagenPerWeek: 3 }), zorgverlener({ overeenkomst: "arbeidsovereenkomst", dagenPerWeek: 7 }), instelling({ dagenPerWeek: 7 })]) {
      expect(soorten(enige(z).waarschuwingen)).not.toContain("loonbelasting");
    }
  });
});

describe("budgetplanOverzicht: every warning rests on rules", () => {
  it("gives each warning a title, text and reasons with rule IDs", () => {
    const o = overzicht(
      [instelling({ uurtarief: 8000 }), hulp({ dagenPerWeek: 5, overeenkomst: "weet-niet", uurtarief: 3000 })],
      BEKEND,
      { verwachtJaarbudget: 100 },
    );
    const alle = [...o.waarschuwingen, ...o.zorgverleners.flatMap((r) => r.waarschuwingen)];
    expect(new Set(soorten(alle))).toEqual(new Set(["boven-budget", "tarief-boven-maximum", "werkgever", "loonbelasting"]));
    for (const w of alle) {
      expect(w.titel).not.toBe("");
      expect(w.tekst.length).toBeGreaterThan(0);
      expect(w.redenen.length).toBeGreaterThan(0);
      for (const r of w.redenen) expect(r.regel).toMatch(/^[A-Z]{2,3}-\d{2}$/);
    }
  });
});

describe("budgetplanOverzicht in English for another reader (docs/decisions/032-talen.md)", () => {
  /** "you" or "your" as a word. */
  const JIJ_VORM = /\b(you|your|yours|yourself)\b/i;
  const RIET: Publiek = { wie: "namens", naam: "Riet" };
  /** Every warning the plan can give at once: werkgever, loonbelasting, the unknown maximum, above the pgb. */
  const alle = (o: ReturnType<typeof budgetplanOverzicht>) => [...o.waarschuwingen, ...o.zorgverleners.flatMap((r) => r.waarschuwingen)];
  const teksten = (ws: Waarschuwing[]) => ws.flatMap((w) => [w.titel, ...w.tekst]);
  const plan = (publiek: Publiek, peildatum = ONBEKEND) =>
    budgetplanOverzicht({ zorgverleners: [hulp({ dagenPerWeek: 4 })], verwachtJaarbudget: 100_000 }, peildatum, "en", publiek);

  it("for Riet: names Riet, no 'you' or 'your'", () => {
    const ws = alle(plan(RIET));
    expect(soorten(ws).sort()).toEqual(["boven-budget", "loonbelasting", "tarief-maximum-onbekend", "werkgever"]);
    expect(teksten(ws).filter((t) => JIJ_VORM.test(t))).toEqual([]);
    expect(teksten(ws)).toContain("Riet becomes an employer");
    expect(teksten(ws)).toContain("Riet's plan costs more than Riet's pgb");
    expect(teksten(ws).join(" ")).toContain("With an employment contract Riet is an employer.");
    expect(teksten(ws).join(" ")).toContain("The SVB pays that money from Riet's pgb to the Dutch Tax Administration (Belastingdienst).");
    expect(teksten(ws).join(" ")).toContain("That is why we do not check Riet's hourly rate.");
    // The same warnings, the same amounts.
    const voorAanvrager = alle(plan(AANVRAGER));
    expect(soorten(voorAanvrager)).toEqual(soorten(ws));
    expect(teksten(voorAanvrager)).toContain("You become an employer");
    for (const bedrag of teksten(voorAanvrager).join(" ").match(/€ [\d.]+,\d\d/g) ?? []) expect(teksten(ws).join(" ")).toContain(bedrag);
  });

  it("for the neutral reader (staff, or no name): 'the applicant', no 'you' or 'your'", () => {
    for (const publiek of [{ wie: "zorgkantoor" } as const, { wie: "namens", naam: "de aanvrager" } as const]) {
      const ws = alle(plan(publiek));
      expect(teksten(ws).filter((t) => JIJ_VORM.test(t))).toEqual([]);
      expect(teksten(ws)).toContain("The applicant becomes an employer");
      expect(teksten(ws).join(" ")).toContain("Look on the website of the applicant's zorgkantoor.");
    }
  });

  it("for Riet, the tarief warnings too: above the maximum, or to ask", () => {
    const boven = waarschuwing(enige(zorgverlener({ uurtarief: 3000 })).waarschuwingen, "tarief-boven-maximum");
    expect(boven.tekst[0]).toMatch(/^U wilt/);
    const z = zorgverlener({ uurtarief: 3000 });
    const s = zorgverlenerSituatie(z);
    const [w] = waarschuwingenVoorZorgverlener(s, beoordeelZorgverlener(s, BEKEND), BEKEND, "en", RIET);
    expect(w?.tekst).toEqual(["Riet wants to pay € 30,00 an hour. The maximum rate for a non-professional care provider is € 24,44 an hour in 2024.", "Riet may not pay more than the maximum rate. Agree on a lower hourly rate."]);
    const piet: ZorgverlenerSituatie & BudgetplanRegelInvoer = { naam: "Piet", soort: "persoon", bigGeregistreerd: true, urenPerWeek: 1000, uurtarief: 5000 };
    const [navragen] = waarschuwingenVoorZorgverlener(piet, beoordeelZorgverlener(piet, BEKEND), BEKEND, "en", RIET);
    expect(navragen?.tekst[0]).toBe("Riet wants to pay € 50,00 an hour. Whether that is allowed depends on whether the care provider is a professional. Ask Riet's zorgkantoor.");
  });

  it("in Dutch: the same words for every reader (the page words them with tekstVoor)", () => {
    const a: Antwoorden = { zorgverleners: [hulp({ dagenPerWeek: 4 })], verwachtJaarbudget: 100_000 };
    const nl = (publiek: Publiek) => budgetplanOverzicht(a, ONBEKEND, "nl", publiek);
    expect(nl(RIET)).toEqual(nl(AANVRAGER));
    expect(nl(AANVRAGER)).toEqual(budgetplanOverzicht(a, ONBEKEND));
    expect(teksten(alle(nl(RIET)))).toContain("U wordt werkgever");
  });
});
