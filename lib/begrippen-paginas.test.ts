/**
 * The pages outside the question and outcome pages link a glossary term once, at its first use in
 * their running text in sight (lib/begrippen-paginas.ts, docs/decisions/031-burgerpaginas.md).
 * These plans are made from the pages' real content texts: a wording change that drops a term's
 * first use, or links it twice, fails here.
 */
import { describe, expect, it } from "vitest";
import { delen as delenTeksten } from "@/content/delen";
import { versturen } from "@/content/versturen";
import { planGroepen, zichtbareUitlegTeksten, type TekstDeel } from "@/lib/begrippen";
import { AANVRAGER, redenTekst, type Publiek } from "@/content/redenen";
import { declaratiesTeksten } from "@/content/wizard/declaraties";
import { toekenningPaginas } from "@/content/wizard/toekenning";
import { planBegrippen } from "@/lib/begrippen";
import {
  beschikkingBegrippen,
  budgetBegrippen,
  budgetUitkomstBegrippen,
  buitenlandBegrippen,
  buitenlandUitkomstBegrippen,
  declaratiesBegrippen,
  declaratiesRedenen,
  eigenBijdrageBegrippen,
  eindeBegrippen,
  gedeeldBegrippen,
  overzichtBegrippen,
  startBegrippen,
  termijnBegrippen,
  toekenningBegrippen,
  verantwoordingsvrijBegrippen,
  versturenBegrippen,
  zorgkantoorUitkomstBegrippen,
  zorgkantoorZoekenBegrippen,
  zorgovereenkomstenBegrippen,
} from "./begrippen-paginas";
import { zorgkantoorPagina } from "@/content/zorgkantoor";
import { zoekZorgkantoor } from "@/rules/zorgkantoor-zoeken";
import { budgetOverzicht, budgetRedenen, budgetTeksten, budgetWaarschuwing, budgetWaarschuwingTeksten } from "./declaraties/budget";
import { beoordeelReis } from "./toekenning/buitenland";
import { eigenBijdrageVoor, leeftijdTekst, schattingVoor } from "./toekenning/eigen-bijdrage";
import { eindeVoor } from "./toekenning/einde";
import { zorgkantoorUitleg } from "./wizard/vragen/zorgkantoor";
import type { Antwoorden } from "./wizard/antwoorden";
import { aanleverenOnderdeel, checklistZorgkantoor } from "./zorgovereenkomst/checklist";
import { documenten } from "./wizard/documenten";
import type { Aanspreking } from "./wizard/types";
import type { Reden } from "@/rules/redenen";

type Plan = { delen: Record<string, TekstDeel[][]>; gelinkt: string[] };

/** The terms linked on the page, in reading order, with the words that carry the link. */
const links = (plan: Plan): [string, string][] =>
  Object.values(plan.delen).flatMap((groep) => groep.flatMap((d) => d.filter((x) => x.begrip !== undefined).map((x): [string, string] => [x.begrip ?? "", x.tekst])));

/** Every term at most once on the page, and the texts come back unchanged. */
function eenmaalEnOngewijzigd(plan: Plan, teksten: Record<string, readonly string[]>) {
  const ids = links(plan).map(([id]) => id);
  expect(new Set(ids).size).toBe(ids.length);
  expect(Object.fromEntries(Object.entries(plan.delen).map(([k, groep]) => [k, groep.map((d) => d.map((x) => x.tekst).join(""))]))).toEqual(teksten);
}

const ZELF: Aanspreking = { zelf: true } as Aanspreking;
const ANNA: Aanspreking = { zelf: false, naam: "Anna" } as Aanspreking;

/** The reader for an `Aanspreking`: the applicant, or someone filling in for Anna. */
const publiekVoor = (wie: Aanspreking): Publiek => (wie.zelf ? AANVRAGER : ({ wie: "namens", naam: "Anna" } as unknown as Publiek));

/** A new draft's stap 5: no zorgverleners yet, no zorgkantoor known. */
const STAP5 = { zorgverleners: 0, aanleveren: aanleverenOnderdeel(checklistZorgkantoor({} as never)) };

/** Only the introduction's links of a page's plan. */
const inleiding = (plan: Plan & { delen: { inleiding: TekstDeel[][] } }): Plan => ({ delen: { inleiding: plan.delen.inleiding }, gelinkt: [] });

describe("planGroepen", () => {
  it("plans the groups in the order given, as one page, after what `eerder` linked", () => {
    const plan = planGroepen({ boven: ["Het pgb en de SVB."], onder: ["Het pgb, de SVB en het zorgkantoor."] }, ["svb"]);
    expect(plan.delen.boven.map((d) => d.filter((x) => x.begrip !== undefined).map((x) => x.begrip))).toEqual([["pgb"]]);
    expect(plan.delen.onder.map((d) => d.filter((x) => x.begrip !== undefined).map((x) => x.begrip))).toEqual([["zorgkantoor"]]);
    expect(plan.gelinkt).toEqual(expect.arrayContaining(["svb", "pgb", "zorgkantoor"]));
  });
});

describe("glossary links on the start page", () => {
  it("links each term once, at its first use in the introduction, the list to have at hand and the steps", () => {
    const plan = startBegrippen();
    expect(links(plan)).toEqual([
      ["zorgkantoor", "zorgkantoor"],
      ["pgb", "persoonsgebonden budget"],
      ["wlz", "Wet langdurige zorg (Wlz)"],
      ["zorgprofiel", "zorgprofiel"],
      ["gewaarborgde-hulp", "gewaarborgde hulp"],
      ["svb", "Sociale Verzekeringsbank (SVB)"],
    ]);
    // The line to the glossary names its examples first: they link there, not again in the list.
    expect(plan.delen.woorden[0]?.filter((d) => d.begrip !== undefined).map((d) => d.begrip)).toEqual(["zorgprofiel", "gewaarborgde-hulp"]);
    expect(plan.delen.klaarleggen.flat().some((d) => d.begrip !== undefined)).toBe(false);
    // The zorgkantoor in the privacy list and the steps is not linked again.
    expect(plan.delen.gegevens.flat().some((d) => d.begrip !== undefined)).toBe(false);
    const ids = links(plan).map(([id]) => id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe("glossary links in the introductions of the task list and steps 4-6", () => {
  it("the task list's introduction: no term twice, text unchanged", () => {
    const plan = overzichtBegrippen();
    expect(plan.delen.inleiding).toHaveLength(1);
    const ids = links(plan).map(([id]) => id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each([
    ["u zelf", ZELF],
    ["for someone else", ANNA],
  ])("stap 4, 5 and 6 link the zorgkantoor and the pgb (6 also the SVB) once in their introductions, %s", (_, wie) => {
    const publiek = publiekVoor(wie);
    expect(links(inleiding(toekenningBegrippen(wie))).map(([id]) => id)).toEqual(["zorgkantoor", "pgb"]);
    expect(links(inleiding(zorgovereenkomstenBegrippen(wie, publiek, STAP5))).map(([id]) => id)).toEqual(["zorgkantoor", "pgb"]);
    expect(links(inleiding(declaratiesBegrippen(wie, publiek, []))).map(([id]) => id)).toEqual(["zorgkantoor", "pgb", "svb"]);
  });
});

describe("glossary links below the introductions of steps 4-6", () => {
  it.each([
    ["u zelf", ZELF],
    ["for someone else", ANNA],
  ])("stap 6: the reasons and paragraphs below link what is new there, once; each reason list starts after what is above it, %s", (_, wie) => {
    const publiek = publiekVoor(wie);
    const hulpmiddelen = ["Het verantwoordingsvrije bedrag: geld voor kleine uitgaven."];
    const plan = declaratiesBegrippen(wie, publiek, hulpmiddelen);
    const ids = links(plan).map(([id]) => id);
    expect(new Set(ids).size).toBe(ids.length);
    // "budgethouders" is first written in what the SVB does, far below the introduction.
    expect(links({ delen: { svbTaken: plan.delen.svbTaken }, gelinkt: [] })).toEqual([["budgethouder", "budgethouders"]]);
    // The reason lists (RedenenLijst) get the terms linked above them and plan the same parts.
    expect(plan.voor.portaal).toEqual(expect.arrayContaining(["zorgkantoor", "pgb", "svb"]));
    expect(plan.voor.svbTaken).not.toContain("budgethouder");
    expect(plan.voor.klaar).toContain("budgethouder");
    const r = declaratiesRedenen();
    expect(planBegrippen(r.svbTaken.map((reden) => redenTekst(reden, publiek)), plan.voor.svbTaken).delen).toEqual(plan.delen.svbTaken);
    expect(plan.delen.hulpmiddelen.map((d) => d.map((x) => x.tekst).join(""))).toEqual(hulpmiddelen);
  });

  it("stap 5: the SVB is first written in how to hand the papers in, and linked there; stap 4's parts link nothing linked above", () => {
    const plan = zorgovereenkomstenBegrippen(ZELF, AANVRAGER, STAP5);
    expect(plan.delen.geenZorgverleners).toHaveLength(1);
    expect(links({ delen: { aanleveren: plan.delen.aanleveren }, gelinkt: [] })).toEqual([["svb", "SVB"]]);
    expect(plan.voor.aanleverenRedenen).toContain("svb");
    expect(zorgovereenkomstenBegrippen(ZELF, AANVRAGER, { ...STAP5, zorgverleners: 2 }).delen.geenZorgverleners).toEqual([]);
    const delen = ["Wat er in de brief staat, hoe lang het pgb loopt.", "Wat u betaalt aan het zorgkantoor en de SVB."];
    const stap4 = toekenningBegrippen(ZELF, delen);
    expect(links({ delen: { delen: stap4.delen.delen }, gelinkt: [] })).toEqual([["svb", "SVB"]]);
  });
});

describe("glossary links on the tool pages (GET forms)", () => {
  it("the four weeks: the SVB is linked; 'Mijn PGB' and 'het PGB Portaal' are names, not the term", () => {
    const plan = termijnBegrippen(4, null);
    expect(links(plan)).toEqual([["svb", "SVB"]]);
    expect(plan.delen.inleiding.map((d) => d.map((x) => x.tekst).join(""))).toEqual([declaratiesTeksten.termijn.uitleg(4, null), declaratiesTeksten.termijn.portaal]);
  });

  it("the verantwoordingsvrije bedrag, the budget, the eigen bijdrage, abroad and 'Vind uw zorgkantoor' link their terms once", () => {
    expect(links(verantwoordingsvrijBegrippen(null))).toEqual([["pgb", "pgb"]]);
    const eigenBijdrage = eigenBijdrageBegrippen(ANNA, publiekVoor(ANNA), { leeftijd: "", redenen: [], schatting: null, schatten: null });
    for (const plan of [verantwoordingsvrijBegrippen(null), eigenBijdrage, buitenlandBegrippen(ZELF), zorgkantoorZoekenBegrippen(), budgetBegrippen(AANVRAGER, "2026")]) {
      const ids = links(plan).map(([id]) => id);
      expect(ids.length).toBeGreaterThan(0);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it("the beschikking: the letter's facts and the toeslagen link after the introduction, each term once", () => {
    const plan = beschikkingBegrippen(AANVRAGER, { feiten: [], zorgprofiel: toekenningPaginas.beschikking.zorgprofiel("4VV"), toeslagen: [] });
    expect(links(plan).map(([id]) => id)).toEqual(expect.arrayContaining(["zorgkantoor", "zorgprofiel"]));
    expect(plan.voor.toeslagen).toContain("zorgprofiel");
  });
});

describe("glossary links on the versturen page", () => {
  it("the notice links the zorgkantoor; the papers' lines link only what is new, once", () => {
    const papieren = documenten({ heeftGewaarborgdeHulp: "ja", gewaarborgdeHulp: { naam: "Piet" } } as never).map((d) => d.tekst);
    const teksten = { melding: [versturen.nietVerstuurd.tekst(ZELF)], wat: [versturen.watUitleg], documenten: papieren, daarna: ["Daarna betaalt de SVB uit het pgb."] };
    const plan = versturenBegrippen(teksten);
    eenmaalEnOngewijzigd(plan, teksten);
    expect(links(plan)[0]).toEqual(["zorgkantoor", "zorgkantoor"]);
    expect(plan.delen.melding[0]?.some((d) => d.begrip === "zorgkantoor")).toBe(true);
    // "Stuur deze papieren samen naar het zorgkantoor" comes after the notice: not linked again.
    expect(plan.delen.wat[0]?.some((d) => d.begrip !== undefined)).toBe(false);
    expect(links(plan).map(([id]) => id)).toEqual(expect.arrayContaining(["gewaarborgde-hulp", "svb", "pgb"]));
  });

  it("after sending, the notice's zorgkantoor is the first use", () => {
    const teksten = { melding: [versturen.verstuurdMelding.tekst("04-12-2026")], wat: [versturen.watUitleg], documenten: [], daarna: [] };
    const plan = versturenBegrippen(teksten);
    eenmaalEnOngewijzigd(plan, teksten);
    expect(links(plan)).toEqual([["zorgkantoor", "zorgkantoor"]]);
  });
});

describe("glossary links in /gedeeld/aanvraag's introduction", () => {
  it.each([
    ["meekijken", delenTeksten.gedeeld.meekijken.tekst, []],
    ["gewaarborgde hulp", delenTeksten.gedeeld.gewaarborgdeHulp.tekst, [delenTeksten.gedeeld.naamNietGetoond]],
  ])("%s: each term at most once, the texts unchanged", (_, tekst, extra) => {
    const teksten = { melding: [tekst, ...extra], antwoorden: [delenTeksten.gedeeld.antwoordenVan("Anna"), "Vraag het zorgkantoor of het zorgkantoor het weet."] };
    const plan = gedeeldBegrippen(teksten);
    eenmaalEnOngewijzigd(plan, teksten);
    // A term in the texts is linked at its first use there, and only there.
    expect(plan.delen.antwoorden[1]?.filter((d) => d.begrip === "zorgkantoor")).toHaveLength(links(plan).some(([id]) => id === "zorgkantoor") ? 1 : 0);
  });
});

/*
 * The outcome blocks of the tool pages and stap 4's "einde" page: planned from the real outcomes
 * (the rules' reasons in the reader's words), as the pages show them.
 */
const VANDAAG = "2026-12-05";

/** A draft with a zorgkantoor found for Tilburg (what the server step stores), for the zorgkantoor blocks. */
function metZorgkantoor(): Antwoorden {
  const z = zoekZorgkantoor("Tilburg");
  if (z.soort !== "gemeente") throw new Error("Tilburg is een gemeente");
  return { woonplaats: { invoer: "Tilburg", gemeente: z.gemeente.naam, zkCode: z.zorgkantoor.zkCode, viaPostcode: false } } as Antwoorden;
}

/** The texts of a plan's group, whole again. */
const teksten = (groep: TekstDeel[][]) => groep.map((d) => d.map((x) => x.tekst).join(""));

describe("glossary links in the outcome blocks of the tool pages", () => {
  it.each([
    ["u zelf", ZELF],
    ["for someone else", ANNA],
  ])("the budget: the warning links the zorgkantoor, the reasons the pgb; nothing twice, %s", (_, wie) => {
    const publiek = publiekVoor(wie);
    const o = budgetOverzicht(1000_00, [2000_00, ...Array<null>(11).fill(null)]);
    const waarschuwing = budgetWaarschuwing(o, false, publiek);
    expect(waarschuwing).not.toBeNull();
    const redenen = budgetRedenen(VANDAAG, null);
    const plan = budgetUitkomstBegrippen(publiek, { planGebruikt: null, waarschuwing: waarschuwing?.tekst ?? null, geenMaanden: false, redenen });
    eenmaalEnOngewijzigd(plan, {
      planGebruikt: [],
      waarschuwing: [waarschuwing?.tekst ?? "", budgetWaarschuwingTeksten(publiek).watDoen],
      geenMaanden: [],
      tabel: [declaratiesTeksten.budget.tabel.uitleg],
      rekenwijze: [budgetTeksten(publiek).rekenwijze],
      redenen: redenen.map((reden) => redenTekst(reden, publiek)),
    });
    expect(links({ delen: { waarschuwing: plan.delen.waarschuwing }, gelinkt: [] })).toEqual([["zorgkantoor", "zorgkantoor"]]);
    // "Uw pgb loopt tot uiterlijk …": the reason is the first use of the pgb in the outcome.
    expect(links({ delen: { redenen: plan.delen.redenen }, gelinkt: [] })).toEqual([["pgb", "pgb"]]);
    expect(planBegrippen(teksten(plan.delen.redenen), plan.voor.redenen).delen).toEqual(plan.delen.redenen);
  });

  it("the eigen bijdrage: the answer's reasons link the pgb after the introduction; the estimate's reasons and lines follow, nothing twice", () => {
    const eb = eigenBijdrageVoor({} as Antwoorden, VANDAAG);
    const staat = schattingVoor({ inkomen: "24000" }, VANDAAG);
    if (staat.soort !== "schatting") throw new Error("een schatting verwacht");
    const pagina = { leeftijd: leeftijdTekst(eb.bron), redenen: eb.redenen, schatting: staat.redenen, schatten: toekenningPaginas.eigenBijdrage.schatting.uitleg };
    const plan = eigenBijdrageBegrippen(ZELF, AANVRAGER, pagina);
    eenmaalEnOngewijzigd(plan, {
      inleiding: [toekenningPaginas.eigenBijdrage.inleiding(ZELF)],
      leeftijd: [pagina.leeftijd],
      redenen: eb.redenen.map((reden) => redenTekst(reden, AANVRAGER)),
      schatting: [toekenningPaginas.eigenBijdrage.schatting.isSchatting],
      schattingRedenen: staat.redenen.map((reden) => redenTekst(reden, AANVRAGER)),
      schatten: [pagina.schatten],
      cak: [toekenningPaginas.eigenBijdrage.cak.rekenprogramma],
    });
    expect(links(inleiding(plan)).map(([id]) => id)).toEqual(["wlz", "zorgkantoor"]);
    expect(links({ delen: { redenen: plan.delen.redenen }, gelinkt: [] })).toEqual([["pgb", "pgb"]]);
    expect(plan.voor.schattingRedenen).toEqual(expect.arrayContaining(["wlz", "zorgkantoor", "pgb"]));
    // Who pays none sees neither the estimate nor its section's line.
    expect(eigenBijdrageBegrippen(ZELF, AANVRAGER, { ...pagina, schatting: null, schatten: null }).delen.schatten).toEqual([]);
  });

  it.each([
    ["u zelf", ZELF],
    ["for someone else", ANNA],
  ])("abroad: the outcome's reasons link the pgb and the zorgkantoor from nothing; the zorgkantoor's paragraphs do not link it again, %s", (_, wie) => {
    const publiek = publiekVoor(wie);
    const staat = beoordeelReis({ land: "BE", weken: "6", palliatief: "nee", belasting: "ja", logeeropvang: "nee" }, VANDAAG);
    if (staat.soort !== "uitkomst") throw new Error("een uitkomst verwacht");
    const zorgkantoor = zorgkantoorUitleg(metZorgkantoor(), toekenningPaginas.buitenland.uitkomst.zorgkantoorKop(wie));
    expect(zorgkantoor).toHaveLength(1);
    const plan = buitenlandUitkomstBegrippen(publiek, { redenen: staat.uitkomst.redenen, zorgkantoor });
    eenmaalEnOngewijzigd(plan, { redenen: staat.uitkomst.redenen.map((reden) => redenTekst(reden, publiek)), zorgkantoor: zichtbareUitlegTeksten(zorgkantoor) });
    expect(links(plan).map(([id]) => id)).toEqual(["pgb", "zorgkantoor"]);
    expect(plan.voor.redenen).toEqual([]);
    expect(plan.voor.zorgkantoor).toEqual(expect.arrayContaining(["pgb", "zorgkantoor"]));
  });

  it("'Vind uw zorgkantoor': the outcome links the zorgkantoor and the Wlz in what a zorgkantoor is; a postcode's question links the zorgkantoor", () => {
    const z = zoekZorgkantoor("Tilburg");
    if (z.soort !== "gemeente") throw new Error("Tilburg is een gemeente");
    const bronnen = [zorgkantoorPagina.bronZorgkantoren("Zorgverzekeraars Nederland"), zorgkantoorPagina.bronGemeenten("2026")];
    const plan = zorgkantoorUitkomstBegrippen({ alineas: [zorgkantoorPagina.watIsHet], redenen: z.redenen, bronnen });
    eenmaalEnOngewijzigd(plan, { alineas: [zorgkantoorPagina.watIsHet], redenen: z.redenen.map((reden) => redenTekst(reden, AANVRAGER)), bronnen });
    expect(links(plan)).toEqual([
      ["zorgkantoor", "zorgkantoor"],
      ["wlz", "Wlz"],
    ]);
    expect(plan.voor.redenen).toEqual(["zorgkantoor", "wlz"]);
    const postcode = zorgkantoorUitkomstBegrippen({ alineas: [zorgkantoorPagina.postcodeVraag("Tilburg", "Midden-Brabant")] });
    expect(links(postcode)).toEqual([["zorgkantoor", "zorgkantoor"]]);
  });
});

describe("glossary links on stap 4's 'einde' page", () => {
  it.each([
    ["u zelf", ZELF],
    ["for someone else", ANNA],
  ])("the introduction links the pgb and the gewaarborgde hulp, the end grounds the zorgkantoor; each reason list after what is above it, %s", (_, wie) => {
    const publiek = publiekVoor(wie);
    const einde = eindeVoor({ heeftGewaarborgdeHulp: "ja" } as Antwoorden);
    const zorgkantoor = zorgkantoorUitleg(metZorgkantoor(), toekenningPaginas.einde.zorgkantoorKop(wie));
    const plan = eindeBegrippen(wie, publiek, { ...einde, zorgkantoor });
    const tekst = (redenen: readonly Reden[]) => redenen.map((reden) => redenTekst(reden, publiek));
    eenmaalEnOngewijzigd(plan, {
      inleiding: [toekenningPaginas.einde.inleiding(wie), toekenningPaginas.einde.metGewaarborgdeHulp],
      gronden: tekst(einde.gronden),
      melden: tekst(einde.melden),
      naHetEinde: tekst(einde.naHetEinde),
      zorgkantoor: zichtbareUitlegTeksten(zorgkantoor),
    });
    expect(links(inleiding(plan)).map(([id]) => id)).toEqual(["pgb", "gewaarborgde-hulp"]);
    expect(links({ delen: { gronden: plan.delen.gronden }, gelinkt: [] })[0]).toEqual(["zorgkantoor", "zorgkantoor"]);
    for (const lijst of ["gronden", "melden", "naHetEinde"] as const) {
      expect(planBegrippen(teksten(plan.delen[lijst]), plan.voor[lijst]).delen).toEqual(plan.delen[lijst]);
    }
    expect(plan.voor.zorgkantoor).toContain("zorgkantoor");
    // Without a gewaarborgde hulp the line about it is not there.
    expect(eindeBegrippen(wie, publiek, { ...eindeVoor({} as Antwoorden), zorgkantoor: [] }).delen.inleiding).toHaveLength(1);
  });
});
