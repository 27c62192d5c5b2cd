/**
 * The pages outside the question and outcome pages link a glossary term once, at its first use in
 * their running text in sight (lib/begrippen-paginas.ts, docs/decisions/031-burgerpaginas.md).
 * These plans are made from the pages' real content texts: a wording change that drops a term's
 * first use, or links it twice, fails here.
 */
import { describe, expect, it } from "vitest";
import { delen as delenTeksten } from "@/content/delen";
import { versturen } from "@/content/versturen";
import { planGroepen, type TekstDeel } from "@/lib/begrippen";
import {
  declaratiesBegrippen,
  gedeeldBegrippen,
  overzichtBegrippen,
  startBegrippen,
  toekenningBegrippen,
  versturenBegrippen,
  zorgovereenkomstenBegrippen,
} from "./begrippen-paginas";
import { documenten } from "./wizard/documenten";
import type { Aanspreking } from "./wizard/types";

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
  ])("stap 4, 5 and 6 link the zorgkantoor and the pgb (6 also the SVB) once, %s", (_, wie) => {
    expect(links(toekenningBegrippen(wie)).map(([id]) => id)).toEqual(["zorgkantoor", "pgb"]);
    expect(links(zorgovereenkomstenBegrippen(wie)).map(([id]) => id)).toEqual(["zorgkantoor", "pgb"]);
    expect(links(declaratiesBegrippen(wie)).map(([id]) => id)).toEqual(["zorgkantoor", "pgb", "svb"]);
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
