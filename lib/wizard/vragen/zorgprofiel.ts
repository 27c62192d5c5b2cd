/**
 * Stap 1: the zorgprofiel from the indicatiebesluit, in any spelling (IND-05), with the list of
 * Bijlage 4 as help (IND-03). Stored as typed; read with `zorgprofielUit` wherever it is used.
 */
import * as z from "zod";
import { veldnamen } from "@/content/wizard/algemeen";
import { veldnamen as veldnamenEn } from "@/content/en/wizard/algemeen";
import { indicatieVragen } from "@/content/wizard/indicatie";
import { indicatieVragen as indicatieVragenEn } from "@/content/en/wizard/indicatie";
import { STANDAARDTAAL, type Taal } from "@/content/taal";
import { inTaal } from "@/content/vertaling";
import { BIJLAGE_4 } from "@/rules/data/zorgprofielen";
import { indicatiebesluitFeiten } from "@/rules/indicatie";
import { formatZorgprofiel, parseZorgprofiel } from "@/rules/zorgprofiel";
import { MAX_TEKST } from "../antwoorden";
import type { Uitleg, VraagContext, VraagDefinitie } from "../types";
import { leesZorgprofiel, zorgprofielUit, zorgprofielWeergave } from "./feiten";
import { publiekVanAanspreking, redenTekstIn } from "./reden-taal";
import { perTaal, tekst, zonderGezien } from "./velden";

const woorden = (taal: Taal = STANDAARDTAAL) => inTaal(taal, indicatieVragen, indicatieVragenEn).zorgprofiel;

/** A zorgprofiel field (IND-05): as typed when the rules read it, else the profile's code. */
export function zorgprofielVeld(taal: Taal = STANDAARDTAAL) {
  const t = woorden(taal);
  return tekst(inTaal(taal, veldnamen, veldnamenEn).zorgprofiel, undefined, taal).transform((invoer, ctx) => {
    const parse = leesZorgprofiel(invoer);
    if (!parse.ok) {
      ctx.addIssue({ code: "custom", message: parse.fout === "leeg" ? t.leeg : t.onbekend });
      return z.NEVER;
    }
    // Typed as an omschrijving: store the code, so every reader of the draft understands it.
    return { invoer: parseZorgprofiel(invoer).ok ? invoer : formatZorgprofiel(parse.zorgprofiel), code: parse.zorgprofiel.code };
  });
}

const schemaIn = perTaal((taal) => z.object({ zorgprofiel: zorgprofielVeld(taal) }));
const schema = schemaIn(STANDAARDTAAL);

function hulp({ aanspreking, taal }: VraagContext): Uitleg[] {
  // The 27 rows and what the indicatiebesluit means (IND-04) are reference material: folded, so
  // the question stays near the top on a phone.
  const t = woorden(taal);
  // The reasons are about the applicant, in the page's language for every reader.
  const publiek = publiekVanAanspreking(aanspreking);
  const alsAnders = (blokTaal: Taal) => (blokTaal === (taal ?? STANDAARDTAAL) ? {} : { taal: blokTaal });
  return [
    {
      alineas: [t.hulpTekst],
      uitklap: {
        samenvatting: t.hulpKop,
        // The profiles' names are Bijlage 4's own, in Dutch (docs/decisions/032-talen.md).
        inhoud: BIJLAGE_4.map((sectie) => ({ ...alsAnders("nl"), kop: sectie.groep, lijst: sectie.rijen.map((rij) => t.rij(rij.code, rij.omschrijving)) })),
      },
    },
    {
      uitklap: {
        samenvatting: t.besluitKop,
        inhoud: [{ alineas: indicatiebesluitFeiten().map((r) => redenTekstIn(r, publiek, taal)) }],
      },
    },
  ];
}

export const zorgprofielVraag: VraagDefinitie<z.output<typeof schema>> = {
  slug: "zorgprofiel",
  stap: "indicatie",
  ingevuld: (a) => a.zorgprofiel !== undefined,
  titel: ({ aanspreking, taal }) => woorden(taal).titel(aanspreking),
  uitleg: hulp,
  velden: ({ taal }) => [{ soort: "tekst", naam: "zorgprofiel", label: woorden(taal).label, hint: woorden(taal).hint, breedte: "midden", autocomplete: "off", maxLengte: MAX_TEKST }],
  schema,
  schemaIn,
  waarden: (a) => ({ zorgprofiel: a.zorgprofiel ?? "" }),
  verwerk: ({ zorgprofiel }, a) => {
    const vorige = zorgprofielUit(a);
    // Another profile can change every outcome of Stap 2 (LV-02, LV-03): that page is read again.
    const gezien = vorige?.code === zorgprofiel.code ? a.gezien : zonderGezien(a.gezien, "uitkomst");
    return { ...a, zorgprofiel: zorgprofiel.invoer, ...(gezien !== undefined && { gezien }) };
  },
  samenvatting: ({ antwoorden, aanspreking, taal }) => {
    if (antwoorden.zorgprofiel === undefined) return [];
    const zorgprofiel = zorgprofielUit(antwoorden);
    return [{ vraag: woorden(taal).titel(aanspreking), antwoord: zorgprofiel === null ? antwoorden.zorgprofiel : zorgprofielWeergave(zorgprofiel) }];
  },
};
