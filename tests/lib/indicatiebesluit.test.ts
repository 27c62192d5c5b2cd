/**
 * Stap 1's zorgprofiel page says what holds for an indicatiebesluit once it is there (IND-04):
 * the rules' reasons in the words for whoever reads the page, the applicant ("u") or someone
 * who fills in for a named person (docs/decisions/028-redenen-als-gegevens.md). The page is
 * rendered to HTML with the harness's cookie jar.
 */
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeEach, describe, expect, it } from "vitest";
// The harness first: it registers the mocks before any module below imports Next or the store.
import * as h from "@/tests/lib/acties";
import { redenTekst } from "@/content/redenen";
import { indicatieVragen } from "@/content/wizard/indicatie";
import { indicatiebesluitFeiten } from "@/rules/indicatie";

const { default: VraagPagina } = await import("@/app/aanvraag/[stap]/[pagina]/page");

async function zorgprofielPagina(antwoorden: Record<string, unknown>): Promise<string> {
  h.nieuwVerzoek();
  await h.zetDraft(antwoorden);
  const params = Promise.resolve({ stap: "indicatie", pagina: "zorgprofiel" });
  const uitkomst = await h.roep(() => VraagPagina({ params, searchParams: Promise.resolve({}) }));
  if (uitkomst.soort === "doorverwezen") throw new Error(`doorverwezen naar ${uitkomst.pad}`);
  return renderToStaticMarkup(createElement("div", null, uitkomst.status)).replace(/&#x27;/g, "'").replace(/&amp;/g, "&");
}

beforeEach(async () => {
  await h.nieuweOpslag();
});

describe("the zorgprofiel page explains the indicatiebesluit (IND-04)", () => {
  it("to the applicant, in their own words", async () => {
    const html = await zorgprofielPagina({ voorWie: "zelf", heeftIndicatie: "ja" });
    expect(html).toContain(indicatieVragen.zorgprofiel.besluitKop);
    for (const reden of indicatiebesluitFeiten()) expect(html).toContain(redenTekst(reden));
    expect(html).toContain("Uw indicatiebesluit geldt meestal voor onbepaalde tijd.");
  });

  it("to someone who fills in for Riet, about Riet", async () => {
    const html = await zorgprofielPagina({ voorWie: "familie", naamAanvrager: "Riet", heeftIndicatie: "ja" });
    const publiek = { wie: "namens", naam: "Riet" } as const;
    for (const reden of indicatiebesluitFeiten()) {
      const tekst = redenTekst(reden, publiek);
      expect(tekst).not.toBe(redenTekst(reden));
      expect(html).toContain(tekst);
    }
    expect(html).not.toContain("Uw indicatiebesluit");
  });
});
