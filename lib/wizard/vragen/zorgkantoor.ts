/**
 * Stap 3: where the applicant lives, so the aanvraag goes to the right zorgkantoor (ZK-01). The
 * page's schema only reads the text; the lookup (rules/zorgkantoor-zoeken.ts, with its postcode
 * table) runs on the server in lib/wizard/server-stappen.ts, so that table never reaches the
 * browser. Stored: what was typed and the region found.
 */
import * as z from "zod";
import { componenten } from "@/content/componenten";
import { metBron, veldnamen } from "@/content/wizard/algemeen";
import { aanvraagVragen } from "@/content/wizard/aanvraag";
import { zorgkantoorRedenen, zorgkantoorVoorRegio } from "@/rules/zorgkantoor";
import { MAX_TEKST, type Antwoorden } from "../antwoorden";
import type { Uitleg, VraagDefinitie } from "../types";
import { verplichteTekst } from "./velden";

const t = aanvraagVragen.zorgkantoor;

const schema = z.object({ woonplaats: verplichteTekst(veldnamen.woonplaats, t.leeg) });

/** The zorgkantoor found for the answers, with how to reach it; `null` before the question. */
export function zorgkantoorUit(a: Antwoorden) {
  return a.woonplaats === undefined ? null : zorgkantoorVoorRegio(a.woonplaats.zkCode);
}

/**
 * The zorgkantoor as a block of explanation (the gesprek page, the results, this page once
 * answered). `opVraag`: on this question's own page, where the field to correct the gemeente is;
 * elsewhere the text says where to go instead of "hieronder".
 */
export function zorgkantoorUitleg(a: Antwoorden, kop: string, opVraag = false): Uitleg[] {
  const zorgkantoor = zorgkantoorUit(a);
  if (zorgkantoor === null || a.woonplaats === undefined) return [];
  const redenen = zorgkantoorRedenen(zorgkantoor);
  return [
    {
      kop,
      alineas: [
        t.gevonden(zorgkantoor.regio, zorgkantoor.zorgverzekeraar),
        t.contact(zorgkantoor.website, zorgkantoor.telefoon),
        ...(a.woonplaats.viaPostcode ? [opVraag ? t.postcodeControleren : t.postcodeControlerenElders] : []),
      ],
      // Where the address comes from, behind "Waarom?" as every citation (docs/decisions/028).
      uitklap: {
        samenvatting: componenten.reden.waarom(redenen.map((r) => r.regel)),
        inhoud: [{ alineas: redenen.map(metBron) }],
      },
    },
  ];
}

export const zorgkantoorVraag: VraagDefinitie<z.output<typeof schema>> = {
  slug: "zorgkantoor",
  stap: "aanvraag",
  ingevuld: (a) => a.woonplaats !== undefined,
  titel: ({ aanspreking }) => t.titel(aanspreking),
  uitleg: ({ antwoorden }) => [{ alineas: [t.uitleg] }, ...zorgkantoorUitleg(antwoorden, t.gevondenKop, true)],
  velden: () => [{ soort: "tekst", naam: "woonplaats", label: t.label, hint: t.hint, breedte: "midden", autocomplete: "off", maxLengte: MAX_TEKST }],
  schema,
  waarden: (a) => ({ woonplaats: a.woonplaats?.invoer ?? "" }),
  // The lookup and what it stores happen in the server step (lib/wizard/server-stappen.ts).
  verwerk: (_geldig, a) => a,
  samenvatting: ({ antwoorden }) => {
    const zorgkantoor = zorgkantoorUit(antwoorden);
    if (antwoorden.woonplaats === undefined || zorgkantoor === null) return [];
    return [
      { vraag: t.rijWoonplaats, antwoord: antwoorden.woonplaats.invoer },
      { vraag: t.rij, antwoord: t.antwoord(zorgkantoor.regio, antwoorden.woonplaats.gemeente) },
    ];
  },
};
