/**
 * The written words for readers other than the applicant (docs/decisions/028-redenen-als-gegevens.md):
 * every code of the families below, as the rules give it, speaks about Riet (or "de aanvrager"),
 * never to "u".
 */
import { describe, expect, it } from "vitest";
import * as r from "@/rules";
import { CODES_UIT_LIB } from "@/tests/lib/redenen";
import { profiel } from "@/tests/lib/situaties";
import { redenTekst, ZORGKANTOOR, type Publiek } from "./index";

const RIET: Publiek = { wie: "namens", naam: "Riet" };
const U = /(?<![\p{L}\p{N}])(U|u|Uw|uw|Uzelf|uzelf)(?![\p{L}\p{N}])/u;

/** Every reason of the families, from the rules themselves, so the gegevens are the real ones. */
function redenen(): r.Reden[] {
  return [
    ...(["instelling", "zzp", "persoon", undefined] as const).flatMap((s) => r.identificatieVoorZorgverlener(s).redenen),
    ...r.controleerBsn("123456789").redenen,
    ...r.controleerKvkNummer("1234").redenen,
    ...[true, false, undefined].flatMap((p) => [true, false, undefined].flatMap((j) => r.wlzPastMogelijk({ permanentToezichtOf24UurZorgNabij: p, jongerDan18: j }).redenen)),
    ...r.indicatiebesluitFeiten(),
    ...["", "onzin"].flatMap((invoer) => {
      const p = r.parseZorgprofiel(invoer);
      return p.ok ? [] : [p.reden];
    }),
    ...r.ALLE_ZORGPROFIELEN.flatMap((z) => r.uitlegZorgprofiel(z)),
    ...[{}, { administratie: true }, Object.fromEntries(r.PGB_VAARDIGHEDEN.map((v) => [v, true])), Object.fromEntries(r.PGB_VAARDIGHEDEN.map((v, i) => [v, i > 1]))].flatMap(
      (a) => r.adviesVaardigheden(a).redenen,
    ),
    ...["5VV", "4LG"].flatMap((code) =>
      [true, false, undefined].flatMap((gewaarborgdeHulp) => {
        const zorgprofiel = profiel(code);
        return r.beoordeelAanvraag({ zorgprofiel, pgb: r.pgbUitkomst({ zorgprofiel, woonsituatie: "thuis" }), gewaarborgdeHulp }).redenen;
      }),
    ),
    ...["5VV", "4LG"].flatMap((code) => r.gewaarborgdeHulpVerplicht(profiel(code)).redenen),
    ...r.weigeringsgronden().map((w) => w.reden),
    ...r.gewaarborgdeHulpFeiten(),
    ...[true, false, undefined].flatMap((w) => [true, false, undefined].flatMap((h) => r.ondertekenaars({ wettelijkVertegenwoordiger: w, gewaarborgdeHulp: h }).redenen)),
    ...["5VV", "5GGZ-W", "10VV", "9BVV"].flatMap((code) =>
      [
        {},
        { failliet: true, wsnp: true, vastWoonadres: false, woontInNederland: false },
        ...(["thuis", "wooninitiatief", "instelling"] as const).flatMap((woonsituatie) =>
          [undefined, true, false].flatMap((dagbestedingVanInstelling) => [undefined, 7, 10].map((dagen) => ({ woonsituatie, dagbestedingVanInstelling, dagenInInstellingPer14Dagen: dagen }))),
        ),
      ].flatMap((over) => Object.values(r.beoordeelLeveringsvormen({ zorgprofiel: profiel(code), ...over })).flatMap((u) => u.redenen)),
    ),
    ...(["thuis", "instelling", "deeltijd"] as const).flatMap((woonwens) =>
      (["zorgkantoor", "zelf", "allebei"] as const).flatMap((regie) => [undefined, profiel("5GGZ-W")].flatMap((z) => r.leidLeveringsvormAf(woonwens, regie, z).redenen)),
    ),
  ];
}

const FAMILIES = ["id.", "ind.", "zp.", "av.", "lv."];

describe("words for a named applicant and for zorgkantoor staff", () => {
  const alle = redenen();

  it("cover every code of the families", () => {
    const codes = r.REDEN_CODES.filter((c) => FAMILIES.some((f) => c.startsWith(f)) && !CODES_UIT_LIB.includes(c));
    expect(new Set(alle.map((x) => x.code))).toEqual(new Set(codes));
  });

  it.each([
    ["namens Riet", RIET],
    ["zorgkantoor", ZORGKANTOOR],
  ])("never say 'u' to the applicant (%s)", (_, publiek) => {
    for (const x of alle) expect(redenTekst(x, publiek), x.code).not.toMatch(U);
  });
});
