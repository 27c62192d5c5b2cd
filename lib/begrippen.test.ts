/**
 * Glossary terms are linked at their first use on a page, found from one list (content/begrippen.ts
 * `herken`), never inside another word.
 */
import { createElement as h } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { begrippen } from "@/content/begrippen";
import { BegripUitleg } from "@/components/begrip-tekst";
import { componenten } from "@/content/componenten";
import { UitlegBlokken } from "@/components/uitleg";
import { Velden } from "@/components/velden";
import { begripDelen, planBegrippen } from "./begrippen";

const gelinkt = (delen: { tekst: string; begrip?: string }[]) => delen.filter((d) => d.begrip !== undefined).map((d) => [d.begrip, d.tekst]);

describe("begrippen: the terms the citizen's pages must explain", () => {
  it("the glossary has an entry, with forms to find, for every term of the brochure the pages use", () => {
    const ids = begrippen.lijst.filter((b) => (b.herken?.length ?? 0) > 0).map((b) => b.id);
    expect(ids).toEqual(expect.arrayContaining(["wlz", "zorgprofiel", "vpt", "mpt", "pgb", "gewaarborgde-hulp", "budgethouder", "zorgkantoor", "svb"]));
    // The ZZP entry says it is not a zzp'er.
    expect(begrippen.lijst.find((b) => b.id === "zorgprofiel")?.uitleg.join(" ")).toMatch(/niets te maken met een zzp'er/);
  });
});

describe("begripDelen / planBegrippen", () => {
  it("links the first use on the page only, the longest form, with the text unchanged", () => {
    const { delen } = planBegrippen([
      "De Wet langdurige zorg (Wlz) is voor mensen die altijd zorg nodig hebben. De Wlz betaalt.",
      "Met een persoonsgebonden budget (pgb) koopt u zelf zorg. Het pgb vraagt u aan bij het zorgkantoor.",
      "Het zorgkantoor en de Wlz.",
    ]);
    expect(delen.map(gelinkt)).toEqual([
      [["wlz", "Wet langdurige zorg (Wlz)"]],
      [
        ["pgb", "persoonsgebonden budget (pgb)"],
        ["zorgkantoor", "zorgkantoor"],
      ],
      [],
    ]);
    expect(delen[1]?.map((d) => d.tekst).join("")).toBe("Met een persoonsgebonden budget (pgb) koopt u zelf zorg. Het pgb vraagt u aan bij het zorgkantoor.");
  });

  it("ignores case except for abbreviations in capitals, and never links inside a word", () => {
    expect(gelinkt(begripDelen("Gewaarborgde hulp is iemand die helpt.", new Set()))).toEqual([["gewaarborgde-hulp", "Gewaarborgde hulp"]]);
    expect(gelinkt(begripDelen("Een zzp'er mag uw zorgverlener zijn.", new Set()))).toEqual([]);
    expect(gelinkt(begripDelen("Een pgb-houder, Wlz-zorg en pgbs.", new Set()))).toEqual([]);
    expect(gelinkt(begripDelen("Vroeger heette dit een ZZP.", new Set()))).toEqual([["zorgprofiel", "ZZP"]]);
  });

  it("reads an abbreviation in capitals as a name: 'Mijn PGB' and 'het PGB Portaal' are not the term", () => {
    expect(gelinkt(begripDelen("Declareert u via Mijn PGB van de SVB, of via het PGB Portaal?", new Set()))).toEqual([["svb", "SVB"]]);
    expect(gelinkt(begripDelen("Pgb: zo heet het budget. Het pgb.", new Set()))).toEqual([["pgb", "Pgb"]]);
  });

  it("does not link again what a part higher up the page linked", () => {
    const boven = planBegrippen(["U vraagt het pgb aan bij het zorgkantoor."]);
    const onder = planBegrippen(["De SVB betaalt uit het pgb."], boven.gelinkt);
    expect(onder.delen.map(gelinkt)).toEqual([[["svb", "SVB"]]]);
    expect(onder.gelinkt).toEqual(expect.arrayContaining(["pgb", "zorgkantoor", "svb"]));
  });
});

const links = (html: string) => [...html.matchAll(/<a href="\/begrippen#([a-z-]+)"[^>]*>([^<]*)</g)].map((m) => [m[1], m[2]]);

describe("on a page", () => {
  it("UitlegBlokken links a term once, in the text in sight, not in a heading or a folded part", () => {
    const html = renderToStaticMarkup(
      h(UitlegBlokken, {
        uitleg: [
          { kop: "Het zorgkantoor", alineas: ["Uw zorgkantoor beslist over het pgb."], lijst: ["Bel het zorgkantoor."] },
          { uitklap: { samenvatting: "Meer", inhoud: [{ alineas: ["De SVB betaalt."] }] } },
        ],
        begrippen: {},
      }),
    );
    expect(links(html)).toEqual([
      ["zorgkantoor", "zorgkantoor"],
      ["pgb", "pgb"],
    ]);
    // The link says, to a screen reader too, that it opens beside the form: as its description,
    // which the layout holds once, so the sentence itself keeps its words.
    expect(html).toMatch(/target="_blank" rel="noopener" aria-describedby="begrip-uitleg"/);
    expect(html).not.toContain("tabblad");
    expect(renderToStaticMarkup(h(BegripUitleg))).toBe(`<span id="begrip-uitleg" hidden="">${componenten.begrip.nieuwTabblad}</span>`);
  });

  it("UitlegBlokken without `begrippen` links nothing (pages opt in)", () => {
    expect(links(renderToStaticMarkup(h(UitlegBlokken, { uitleg: [{ alineas: ["Het pgb."] }] })))).toEqual([]);
  });

  it("hints go on from the terms linked above the form", () => {
    const html = renderToStaticMarkup(
      h(Velden, {
        velden: [
          { soort: "tekst", naam: "a", label: "A", hint: "Het zorgkantoor en de budgethouder." },
          { soort: "radio", naam: "b", label: "B", hint: "De budgethouder en de SVB.", opties: [{ waarde: "ja", label: "Ja" }] },
        ],
        begrippenEerder: ["zorgkantoor"],
      }),
    );
    expect(links(html)).toEqual([
      ["budgethouder", "budgethouder"],
      ["svb", "SVB"],
    ]);
  });
});
