/**
 * The words of the family `zp.` (rules/zorgprofiel.ts: IND-03, IND-05): the zorgprofiel and
 * bijlage 4 of the brochure (docs/decisions/028).
 */
import { tekst } from "../gegevens";
import { zorgprofielTeksten as zp } from "../zorgprofiel";
import type { Familie } from "./gedeeld";

export const ZP = {
  "zp.leeg": {
    u: () => zp.leeg,
    ander: (_, p) => `Er is nog geen zorgprofiel ingevuld. Het zorgprofiel van ${p.naam} staat in het indicatiebesluit van het CIZ. Bijvoorbeeld: ZP 5 VV.`,
  },
  "zp.onbekend": { u: () => zp.onbekend },
  "zp.in-bijlage-4": {
    u: (g) => zp.inBijlage4(tekst(g, "zorgprofiel"), tekst(g, "omschrijving")),
    ander: (g, p) =>
      `Het zorgprofiel van ${p.naam} is ${tekst(g, "zorgprofiel")} (${tekst(g, "omschrijving")}). Het zorgkantoor noemt dit een zorgzwaartepakket (ZZP). Dit ZZP staat in bijlage 4 van de brochure: de lijst van ZZP's die toegang geven tot het pgb.`,
  },
  "zp.niet-in-bijlage-4": {
    u: (g) => zp.nietInBijlage4(tekst(g, "zorgprofiel")),
    ander: (g, p) =>
      `Het zorgprofiel van ${p.naam} is ${tekst(g, "zorgprofiel")}. Het zorgkantoor noemt dit een zorgzwaartepakket (ZZP). Dit ZZP staat niet in bijlage 4 van de brochure: de lijst van ZZP's die toegang geven tot het pgb.`,
  },
} satisfies Familie<"zp">;
