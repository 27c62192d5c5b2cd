/**
 * Stap 1: the zorgprofiel from the indicatiebesluit, in any spelling (IND-05), with the list of
 * Bijlage 4 as help (IND-03). Stored as typed; read with `zorgprofielUit` wherever it is used.
 */
import * as z from "zod";
import { publiekVoorAanspreking, redenTekst } from "@/content/redenen";
import { veldnamen } from "@/content/wizard/algemeen";
import { indicatieVragen } from "@/content/wizard/indicatie";
import { BIJLAGE_4 } from "@/rules/data/zorgprofielen";
import { indicatiebesluitFeiten } from "@/rules/indicatie";
import { formatZorgprofiel, parseZorgprofiel } from "@/rules/zorgprofiel";
import { MAX_TEKST } from "../antwoorden";
import type { Uitleg, VraagContext, VraagDefinitie } from "../types";
import { leesZorgprofiel, zorgprofielUit, zorgprofielWeergave } from "./feiten";
import { tekst, zonderGezien } from "./velden";

const t = indicatieVragen.zorgprofiel;

/** A zorgprofiel field (IND-05): as typed when the rules read it, else the profile's code. */
export function zorgprofielVeld() {
  return tekst(veldnamen.zorgprofiel).transform((invoer, ctx) => {
    const parse = leesZorgprofiel(invoer);
    if (!parse.ok) {
      ctx.addIssue({ code: "custom", message: parse.fout === "leeg" ? t.leeg : t.onbekend });
      return z.NEVER;
    }
    // Typed as an omschrijving: store the code, so every reader of the draft understands it.
    return { invoer: parseZorgprofiel(invoer).ok ? invoer : formatZorgprofiel(parse.zorgprofiel), code: parse.zorgprofiel.code };
  });
}

const schema = z.object({ zorgprofiel: zorgprofielVeld() });

function hulp({ aanspreking }: VraagContext): Uitleg[] {
  // The 27 rows and what the indicatiebesluit means (IND-04) are reference material: folded, so
  // the question stays near the top on a phone.
  const publiek = publiekVoorAanspreking(aanspreking);
  return [
    {
      alineas: [t.hulpTekst],
      uitklap: {
        samenvatting: t.hulpKop,
        inhoud: BIJLAGE_4.map((sectie) => ({ kop: sectie.groep, lijst: sectie.rijen.map((rij) => t.rij(rij.code, rij.omschrijving)) })),
      },
    },
    { uitklap: { samenvatting: t.besluitKop, inhoud: [{ alineas: indicatiebesluitFeiten().map((r) => redenTekst(r, publiek)) }] } },
  ];
}

export const zorgprofielVraag: VraagDefinitie<z.output<typeof schema>> = {
  slug: "zorgprofiel",
  stap: "indicatie",
  ingevuld: (a) => a.zorgprofiel !== undefined,
  titel: ({ aanspreking }) => t.titel(aanspreking),
  uitleg: hulp,
  velden: () => [{ soort: "tekst", naam: "zorgprofiel", label: t.label, hint: t.hint, breedte: "midden", autocomplete: "off", maxLengte: MAX_TEKST }],
  schema,
  waarden: (a) => ({ zorgprofiel: a.zorgprofiel ?? "" }),
  verwerk: ({ zorgprofiel }, a) => {
    const vorige = zorgprofielUit(a);
    // Another profile can change every outcome of Stap 2 (LV-02, LV-03): that page is read again.
    const gezien = vorige?.code === zorgprofiel.code ? a.gezien : zonderGezien(a.gezien, "uitkomst");
    return { ...a, zorgprofiel: zorgprofiel.invoer, ...(gezien !== undefined && { gezien }) };
  },
  samenvatting: ({ antwoorden, aanspreking }) => {
    if (antwoorden.zorgprofiel === undefined) return [];
    const zorgprofiel = zorgprofielUit(antwoorden);
    return [{ vraag: t.titel(aanspreking), antwoord: zorgprofiel === null ? antwoorden.zorgprofiel : zorgprofielWeergave(zorgprofiel) }];
  },
};
