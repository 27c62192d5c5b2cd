/**
 * The written words for readers other than the applicant (docs/decisions/028-redenen-als-gegevens.md):
 * every code of the families below, as the rules give it, speaks about Riet (or "de aanvrager"),
 * never to "u".
 */
import { describe, expect, it } from "vitest";
import { adviesVaardigheden, beoordeelAanvraag, gewaarborgdeHulpFeiten, gewaarborgdeHulpVerplicht, ondertekenaars, PGB_VAARDIGHEDEN, weigeringsgronden } from "@/rules/aanvraag";
import { controleerBsn, controleerKvkNummer, identificatieVoorZorgverlener } from "@/rules/identificatie";
import { indicatiebesluitFeiten, wlzPastMogelijk } from "@/rules/indicatie";
import { beoordeelLeveringsvormen, leidLeveringsvormAf, pgbUitkomst } from "@/rules/leveringsvorm";
import { REDEN_CODES } from "@/rules/redenen";
import type { Reden } from "@/rules/types";
import { ALLE_ZORGPROFIELEN, parseZorgprofiel, uitlegZorgprofiel } from "@/rules/zorgprofiel";
import { CODES_UIT_LIB } from "@/tests/lib/redenen";
import { profiel } from "@/tests/lib/situaties";
import { redenTekst, ZORGKANTOOR, type Publiek } from "./index";

const RIET: Publiek = { wie: "namens", naam: "Riet" };
const U = /(?<![\p{L}\p{N}])(U|u|Uw|uw|Uzelf|uzelf)(?![\p{L}\p{N}])/u;

/** Every reason of the families, from the rules themselves, so the gegevens are the real ones. */
function redenen(): Reden[] {
  return [
    ...(["instelling", "zzp", "persoon", undefined] as const).flatMap((s) => identificatieVoorZorgverlener(s).redenen),
    ...controleerBsn("123456789").redenen,
    ...controleerKvkNummer("1234").redenen,
    ...[true, false, undefined].flatMap((p) => [true, false, undefined].flatMap((j) => wlzPastMogelijk({ permanentToezichtOf24UurZorgNabij: p, jongerDan18: j }).redenen)),
    ...indicatiebesluitFeiten(),
    ...["", "onzin"].flatMap((invoer) => {
      const p = parseZorgprofiel(invoer);
      return p.ok ? [] : [p.reden];
    }),
    ...ALLE_ZORGPROFIELEN.flatMap((z) => uitlegZorgprofiel(z)),
    ...[{}, { administratie: true }, Object.fromEntries(PGB_VAARDIGHEDEN.map((v) => [v, true])), Object.fromEntries(PGB_VAARDIGHEDEN.map((v, i) => [v, i > 1]))].flatMap(
      (a) => adviesVaardigheden(a).redenen,
    ),
    ...["5VV", "4LG"].flatMap((code) =>
      [true, false, undefined].flatMap((gewaarborgdeHulp) => {
        const zorgprofiel = profiel(code);
        return beoordeelAanvraag({ zorgprofiel, pgb: pgbUitkomst({ zorgprofiel, woonsituatie: "thuis" }), gewaarborgdeHulp }).redenen;
      }),
    ),
    ...["5VV", "4LG"].flatMap((code) => gewaarborgdeHulpVerplicht(profiel(code)).redenen),
    ...weigeringsgronden().map((w) => w.reden),
    ...gewaarborgdeHulpFeiten(),
    ...[true, false, undefined].flatMap((w) => [true, false, undefined].flatMap((h) => ondertekenaars({ wettelijkVertegenwoordiger: w, gewaarborgdeHulp: h }).redenen)),
    ...["5VV", "5GGZ-W", "10VV", "9BVV"].flatMap((code) =>
      [
        {},
        { failliet: true, wsnp: true, vastWoonadres: false, woontInNederland: false },
        ...(["thuis", "wooninitiatief", "instelling"] as const).flatMap((woonsituatie) =>
          [undefined, true, false].flatMap((dagbestedingVanInstelling) => [undefined, 7, 10].map((dagen) => ({ woonsituatie, dagbestedingVanInstelling, dagenInInstellingPer14Dagen: dagen }))),
        ),
      ].flatMap((over) => Object.values(beoordeelLeveringsvormen({ zorgprofiel: profiel(code), ...over })).flatMap((u) => u.redenen)),
    ),
    ...(["thuis", "instelling", "deeltijd"] as const).flatMap((woonwens) =>
      (["zorgkantoor", "zelf", "allebei"] as const).flatMap((regie) => [undefined, profiel("5GGZ-W")].flatMap((z) => leidLeveringsvormAf(woonwens, regie, z).redenen)),
    ),
  ];
}

const FAMILIES = ["id.", "ind.", "zp.", "av.", "lv."];

describe("words for a named applicant and for zorgkantoor staff", () => {
  const alle = redenen();

  it("cover every code of the families", () => {
    const codes = REDEN_CODES.filter((c) => FAMILIES.some((f) => c.startsWith(f)) && !CODES_UIT_LIB.includes(c));
    expect(new Set(alle.map((x) => x.code))).toEqual(new Set(codes));
  });

  it.each([
    ["namens Riet", RIET],
    ["zorgkantoor", ZORGKANTOOR],
  ])("never say 'u' to the applicant (%s)", (_, publiek) => {
    for (const x of alle) expect(redenTekst(x, publiek), x.code).not.toMatch(U);
  });
});
