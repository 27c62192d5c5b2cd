/**
 * A zorgverlener's checklist for someone filling in for Riet: each part's answer, its paragraphs,
 * its warning and its reasons speak about Riet, never to the reader as the applicant
 * (docs/decisions/028-redenen-als-gegevens.md). The applicant still reads "u".
 */
import { createElement as h } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { AANVRAGER, type Publiek } from "@/content/redenen";
import { zorgovereenkomstChecklist } from "@/lib/zorgovereenkomst/checklist";
import { BUURVROUW_ZORGVERLENER } from "@/lib/wizard/vragen/testhulp";
import { OnderdeelBlok } from "./checklist-weergave";

const U_VORM = /(?<![\p{L}\p{N}])(u|U|uw|Uw)(?![\p{L}\p{N}])/u;

/** The text of every part, without its lists of points to tick (those speak to whoever ticks). */
function teksten(publiek: Publiek): string[] {
  const checklist = zorgovereenkomstChecklist({ zorgverleners: [BUURVROUW_ZORGVERLENER] }, BUURVROUW_ZORGVERLENER.id, "2026-06-01");
  if (checklist === null) throw new Error("geen checklist");
  return checklist.onderdelen.flatMap((onderdeel) => {
    const html = renderToStaticMarkup(h(OnderdeelBlok, { onderdeel: { ...onderdeel, lijsten: [] }, publiek }));
    return [...html.matchAll(/<p[^>]*>(.*?)<\/p>/g)].map((m) => (m[1] ?? "").replace(/<[^>]+>/g, ""));
  });
}

describe("OnderdeelBlok for who reads", () => {
  it("for Riet: the werkgever, the loonbelasting and the reasons name Riet, no 'u'", () => {
    const voorRiet = teksten({ wie: "namens", naam: "Riet" });
    expect(voorRiet).toContain("Riet is werkgever van Buurvrouw Fatma.");
    expect(voorRiet.filter((tekst) => U_VORM.test(tekst))).toEqual([]);
  });

  it("for the applicant: 'u'", () => {
    expect(teksten(AANVRAGER)).toContain("U bent werkgever van Buurvrouw Fatma.");
  });
});
