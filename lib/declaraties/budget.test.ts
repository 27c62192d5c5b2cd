import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { declaratiesTeksten } from "@/content/wizard/declaraties";
import { declaratiesTeksten as declaratiesEnTeksten } from "@/content/en/wizard/declaraties";
import { BROCHURE_ZORGVERLENER } from "@/lib/wizard/vragen/testhulp";
import { formatBedrag } from "@/rules/geld";
import {
  balkBreedte,
  budgetOverzicht,
  budgetRedenen,
  budgetTeksten,
  budgetWaarschuwing,
  budgetWaarschuwingTeksten,
  budgetSchema,
  budgetSchemaIn,
  MAAND_VELDEN,
  maandenUit,
  planPerMaand,
} from "./budget";
import { MAX_BEDRAG } from "./invoer";
import { leesZoekformulier } from "@/lib/wizard/zoek-hulp";
import { tekstVan } from "@/tests/lib/redenen";

const t = declaratiesTeksten;
const leeg = (): (number | null)[] => Array.from({ length: 12 }, () => null);
const met = (bedragen: Record<number, number>): (number | null)[] => leeg().map((_, i) => bedragen[i + 1] ?? null);

describe("budgetOverzicht", () => {
  it("adds up the months entered and projects the empty ones with their average", () => {
    const o = budgetOverzicht(1500000, met({ 1: 100000, 2: 150000 }));
    expect(o.besteed).toBe(250000);
    expect(o.over).toBe(1250000);
    expect(o.aantalIngevuld).toBe(2);
    expect(o.gemiddelde).toBe(125000);
    expect(o.verwachtTotaal).toBe(1500000);
    expect(o.verwachtOver).toBe(0);
    // Exactly the budget is not over it.
    expect(o.waarschuwing).toBeNull();
    expect(o.maanden[0]).toEqual({ maand: 1, bedrag: 100000, verwacht: null, balk: 67 });
    expect(o.maanden[1]).toEqual({ maand: 2, bedrag: 150000, verwacht: null, balk: 100 });
    expect(o.maanden[2]).toEqual({ maand: 3, bedrag: null, verwacht: 125000, balk: 83 });
  });

  it("rounds the average half up to the cent, and the projection uses that average", () => {
    // € 100,00 over 3 months: € 33,33⅓ → € 33,33; projection € 100,00 + 9 × € 33,33.
    const o = budgetOverzicht(100000, met({ 1: 5000, 2: 5000, 3: 0 }));
    expect(o.gemiddelde).toBe(3333);
    expect(o.verwachtTotaal).toBe(10000 + 9 * 3333);
    // € 0,05 over 2 months: € 0,025 → € 0,03.
    expect(budgetOverzicht(100, met({ 1: 5, 2: 0 })).gemiddelde).toBe(3);
  });

  it("gives no projection without a month entered, and none left to project with all twelve", () => {
    const niets = budgetOverzicht(1000000, leeg());
    expect(niets).toMatchObject({ besteed: 0, over: 1000000, gemiddelde: null, verwachtTotaal: null, verwachtOver: null, waarschuwing: null });
    expect(niets.maanden.every((m) => m.balk === 0 && m.verwacht === null)).toBe(true);
    const vol = budgetOverzicht(1000000, leeg().map(() => 100000));
    expect(vol.verwachtTotaal).toBe(vol.besteed);
    expect(vol.waarschuwing).toBe("al-over");
  });

  it("warns when more is spent than the budget, or will be by 31 December", () => {
    expect(budgetOverzicht(100000, met({ 1: 100001 })).waarschuwing).toBe("al-over");
    const verwacht = budgetOverzicht(1200000, met({ 1: 100001 }));
    expect(verwacht.waarschuwing).toBe("verwacht-over");
    expect(verwacht.verwachtOver).toBe(-12);
    expect(budgetOverzicht(1200000, met({ 1: 100000 })).waarschuwing).toBeNull();
  });

  it("refuses what the form never gives: a negative budget or amount, other than 12 months, a fraction", () => {
    expect(() => budgetOverzicht(-1, leeg())).toThrow(RangeError);
    expect(() => budgetOverzicht(100, met({ 1: -1 }))).toThrow(RangeError);
    expect(() => budgetOverzicht(100, [null])).toThrow(RangeError);
    expect(() => budgetOverzicht(100.5, leeg())).toThrow(RangeError);
  });

  const maand = fc.option(fc.integer({ min: 0, max: MAX_BEDRAG }), { nil: null });
  const maanden = fc.array(maand, { minLength: 12, maxLength: 12 });
  const budget = fc.integer({ min: 0, max: MAX_BEDRAG });

  it("property: spent + remaining = budget, in integer cents", () => {
    fc.assert(
      fc.property(budget, maanden, (b, m) => {
        const o = budgetOverzicht(b, m);
        expect(o.besteed + o.over).toBe(b);
        expect(Number.isSafeInteger(o.besteed) && Number.isSafeInteger(o.over)).toBe(true);
        if (o.verwachtTotaal !== null) expect(o.verwachtTotaal + (o.verwachtOver ?? 0)).toBe(b);
        for (const r of o.maanden) expect(r.balk >= 0 && r.balk <= 100 && Number.isInteger(r.balk)).toBe(true);
      }),
    );
  });

  it("property: the projection is at least what was spent, and exactly that with all months entered", () => {
    fc.assert(
      fc.property(budget, maanden, (b, m) => {
        const o = budgetOverzicht(b, m);
        if (o.verwachtTotaal === null) return;
        expect(o.verwachtTotaal).toBeGreaterThanOrEqual(o.besteed);
        if (o.aantalIngevuld === 12) expect(o.verwachtTotaal).toBe(o.besteed);
      }),
    );
  });

  it("property: the projection is monotonic: more spent in an entered month never lowers it", () => {
    fc.assert(
      fc.property(budget, maanden, fc.nat({ max: 11 }), fc.integer({ min: 0, max: MAX_BEDRAG }), (b, m, i, extra) => {
        const voor = budgetOverzicht(b, m);
        const hoger = [...m];
        hoger[i] = (m[i] ?? 0) + extra;
        const na = budgetOverzicht(b, hoger);
        // Entering a month that was empty changes the average's base; compare like with like.
        if (m[i] === null) return;
        expect(na.verwachtTotaal ?? 0).toBeGreaterThanOrEqual(voor.verwachtTotaal ?? 0);
        expect(na.besteed).toBeGreaterThanOrEqual(voor.besteed);
      }),
    );
  });
});

describe("balkBreedte", () => {
  it("is whole percents of the largest, half up, never above 100", () => {
    expect(balkBreedte(1, 3)).toBe(33);
    expect(balkBreedte(1, 200)).toBe(1);
    expect(balkBreedte(5, 5)).toBe(100);
    expect(balkBreedte(0, 5)).toBe(0);
    expect(balkBreedte(5, 0)).toBe(0);
  });
});

describe("budgetSchema, read as the page reads its query (lib/wizard/zoek-hulp.ts)", () => {
  const lees = (params: Record<string, string | string[]>) => leesZoekformulier(params, budgetSchema);

  it("reads the budget and the months as Dutch amounts; an empty month is not entered yet", () => {
    const staat = lees({ budget: "15.000", maand1: "1.000", maand2: "€ 1.500,50", maand3: " " });
    expect(staat.soort).toBe("ok");
    if (staat.soort !== "ok") return;
    expect(staat.data.budget).toBe(1500000);
    expect(maandenUit(staat.data)).toEqual([100000, 150050, ...Array.from({ length: 10 }, () => null)]);
  });

  it("gives a Dutch error per field, the budget first and then the months in order", () => {
    expect(lees({ budget: "-1", maand12: "veel", maand2: "-5", maand3: "2000000" })).toMatchObject({
      soort: "fout",
      fouten: [
        { naam: "budget", tekst: t.fout.budgetNegatief },
        { naam: "maand2", tekst: t.fout.maandNegatief("februari") },
        { naam: "maand3", tekst: t.fout.maandTeHoog("maart", formatBedrag(MAX_BEDRAG)) },
        { naam: "maand12", tekst: t.fout.maandVorm("december") },
      ],
    });
  });

  it("asks for the budget when it is empty, zero, no amount or too high", () => {
    const fout = (budget: string) => {
      const staat = lees({ budget });
      return staat.soort === "fout" ? staat.fouten[0]?.tekst : null;
    };
    expect(fout("")).toBe(t.fout.budgetLeeg);
    expect(fout("0")).toBe(t.fout.budgetNul);
    expect(fout("abc")).toBe(t.fout.budgetVorm);
    expect(fout("€ -100")).toBe(t.fout.budgetNegatief);
    expect(fout("−100")).toBe(t.fout.budgetNegatief);
    expect(fout("1.000.001")).toBe(t.fout.budgetTeHoog(formatBedrag(MAX_BEDRAG)));
  });

  it("the form's fields are the budget and the twelve months; what was typed is shown back, the first of a repeated name", () => {
    expect(Object.keys(budgetSchema.shape)).toEqual(["budget", ...MAAND_VELDEN]);
    expect(lees({ budget: ["1", "2"], maand1: "-5" }).waarden).toEqual({ budget: "1", maand1: "-5" });
  });
});

describe("the budgetplan, the reasons and the warning", () => {
  it("takes the plan's cost per month from its zorgverleners (BP-02: € 1.624 for the brochure's example)", () => {
    expect(planPerMaand({}, "2026-03-01")).toBeNull();
    const twee = { zorgverleners: [BROCHURE_ZORGVERLENER, { ...BROCHURE_ZORGVERLENER, id: "twee" }] };
    expect(planPerMaand(twee, "2026-03-01")).toEqual({ perMaand: 324800, perJaar: 3897600 });
  });

  it("names TK-01 for 31 December and BP-02 for the plan", () => {
    const [looptijd, plan] = budgetRedenen("2026-03-01", { perMaand: 162400, perJaar: 1948800 });
    expect(looptijd?.regel).toBe("TK-01");
    expect(tekstVan(looptijd)).toBe(t.budget.redenen.looptijd("31-12-2026"));
    expect(plan?.regel).toBe("BP-02");
    expect(tekstVan(plan)).toBe(t.budget.redenen.plan("€ 1.624,00", "€ 19.488,00"));
    expect([looptijd?.code, looptijd?.gegevens, plan?.code, plan?.gegevens]).toEqual(["tk.budget-tot-einde-jaar", { einde: "2026-12-31" }, "bp.plan-kosten", { perMaand: 162400, perJaar: 1948800 }]);
    expect(budgetRedenen("2026-03-01", null)).toHaveLength(1);
  });

  it("words the warning for spent, projected and planned", () => {
    const w = t.budget.waarschuwing;
    expect(budgetWaarschuwing(budgetOverzicht(1200000, met({ 1: 100000 })), false)).toBeNull();
    expect(budgetWaarschuwing(budgetOverzicht(100000, met({ 1: 150000 })), false)).toEqual({
      titel: w.alOverTitel,
      tekst: w.alOver("€ 1.500,00", "€ 500,00", "€ 1.000,00"),
    });
    expect(budgetWaarschuwing(budgetOverzicht(1000000, met({ 1: 100000, 2: 100000 })), false)).toEqual({
      titel: w.verwachtOverTitel,
      tekst: w.verwachtOver("€ 12.000,00", "€ 2.000,00", "€ 10.000,00"),
    });
    const plan = budgetOverzicht(1500000, leeg().map(() => 162400));
    expect(budgetWaarschuwing(plan, true)).toEqual({ titel: w.planOverTitel, tekst: w.planOver("€ 19.488,00", "€ 4.488,00", "€ 15.000,00") });
  });

  it("the tool's sentences about the budget's owner: 'u' for the applicant, Riet for someone filling in (docs/decisions/028)", () => {
    expect(budgetTeksten()).toBe(t.budget);
    const w = budgetTeksten({ wie: "namens", naam: "Riet" });
    expect([w.titel, w.uitkomstKop("2026"), w.budgetLabel("2026")]).toEqual(["Hoeveel budget heeft Riet nog?", "Riets budget in 2026", "Riets budget voor 2026"]);
    // "uw" is the applicant's; what the reader types and chooses stays "u".
    const uw = /(?<![\p{L}\p{N}])(uw|Uw)(?![\p{L}\p{N}])/u;
    const zinnen = [w.titel, w.uitleg("2026"), w.budgetLabel("2026"), w.maandenKop, w.planUitleg("€ 1,00"), w.planGebruikt("€ 1,00"), w.uitkomstKop("2026")];
    expect(zinnen.filter((zin) => uw.test(zin) || /\b[Uu] (heeft|verwacht)\b/.test(zin))).toEqual([]);
    expect(budgetTeksten({ wie: "namens", naam: "de aanvrager" }).uitkomstKop("2026")).toBe("Het budget van de aanvrager in 2026");
    expect(budgetTeksten({ wie: "namens", naam: "Riet" }).knop).toBe(t.budget.knop);
  });

  it("for someone filling in for Riet, words the warning about Riet, never to 'u' (docs/decisions/028)", () => {
    const riet = { wie: "namens", naam: "Riet" } as const;
    const uVorm = /(?<![\p{L}\p{N}])(u|U|uw|Uw)(?![\p{L}\p{N}])/u;
    const gevallen = [
      budgetWaarschuwing(budgetOverzicht(100000, met({ 1: 150000 })), false, riet),
      budgetWaarschuwing(budgetOverzicht(1000000, met({ 1: 100000, 2: 100000 })), false, riet),
      budgetWaarschuwing(budgetOverzicht(1500000, leeg().map(() => 162400)), true, riet),
    ];
    const teksten = [...gevallen.flatMap((g) => [g?.titel ?? "", g?.tekst ?? ""]), budgetWaarschuwingTeksten(riet).watDoen];
    expect(teksten.filter((tekst) => tekst === "" || uVorm.test(tekst))).toEqual([]);
    expect(gevallen.map((g) => g?.titel)).toEqual(["Riet heeft meer uitgegeven dan Riets budget", "Riets budget is waarschijnlijk niet genoeg", "Riets budgetplan kost meer dan Riets budget"]);
    expect(gevallen[0]?.tekst).toBe("De ingevulde maanden kosten samen € 1.500,00. Dat is € 500,00 meer dan Riets budget van € 1.000,00.");
    // Without a name: "de aanvrager", with a capital at the start of the title.
    expect(budgetWaarschuwing(budgetOverzicht(100000, met({ 1: 150000 })), false, { wie: "namens", naam: "de aanvrager" })?.titel).toBe(
      "De aanvrager heeft meer uitgegeven dan zijn of haar budget",
    );
    expect(budgetWaarschuwingTeksten().watDoen).toBe(t.budget.waarschuwing.watDoen);
  });
});

describe("the budget form in English (docs/decisions/032-talen.md)", () => {
  it("names the month in English in its error; the Dutch schema keeps the Dutch", () => {
    const en = declaratiesEnTeksten.fout;
    expect(leesZoekformulier({ budget: "45.000", maand3: "veel" }, budgetSchemaIn("en"))).toMatchObject({ fouten: [{ naam: "maand3", tekst: en.maandVorm("March") }] });
    expect(leesZoekformulier({ budget: "45.000", maand3: "veel" }, budgetSchema)).toMatchObject({ fouten: [{ naam: "maand3", tekst: declaratiesTeksten.fout.maandVorm("maart") }] });
  });
});
