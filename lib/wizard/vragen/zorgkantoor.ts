/**
 * Stap 3: where the applicant lives, so the aanvraag goes to the right zorgkantoor (ZK-01). The
 * page's schema only reads the text; the lookup (rules/zorgkantoor-zoeken.ts, with its postcode
 * table) runs on the server in lib/wizard/server-stappen.ts, so that table never reaches the
 * browser. Stored: what was typed and the region found.
 */
import * as z from "zod";
import { componenten } from "@/content/componenten";
import { componenten as componentenEn } from "@/content/en/componenten";
import { veldnamen } from "@/content/wizard/algemeen";
import { veldnamen as veldnamenEn } from "@/content/en/wizard/algemeen";
import { aanvraagVragen } from "@/content/wizard/aanvraag";
import { aanvraagVragen as aanvraagVragenEn } from "@/content/en/wizard/aanvraag";
import { STANDAARDTAAL, type Taal } from "@/content/taal";
import { inTaal } from "@/content/vertaling";
import { zorgkantoorRedenen, zorgkantoorVoorRegio } from "@/rules/zorgkantoor";
import { MAX_TEKST, type Antwoorden } from "../antwoorden";
import type { Uitleg, VraagDefinitie } from "../types";
import { metBronIn } from "./met-bron";
import { perTaal, verplichteTekst } from "./velden";

const woorden = (taal: Taal = STANDAARDTAAL) => inTaal(taal, aanvraagVragen, aanvraagVragenEn).zorgkantoor;

const schemaIn = perTaal((taal) =>
  z.object({ woonplaats: verplichteTekst(inTaal(taal, veldnamen, veldnamenEn).woonplaats, woorden(taal).leeg, undefined, taal) }),
);
const schema = schemaIn(STANDAARDTAAL);

/** The zorgkantoor found for the answers, with how to reach it; `null` before the question. */
export function zorgkantoorUit(a: Antwoorden) {
  return a.woonplaats === undefined ? null : zorgkantoorVoorRegio(a.woonplaats.zkCode);
}

/**
 * The zorgkantoor as a block of explanation (the gesprek page, the results, this page once
 * answered). `opVraag`: on this question's own page, where the field to correct the gemeente is;
 * elsewhere the text says where to go instead of "hieronder".
 */
export function zorgkantoorUitleg(a: Antwoorden, kop: string, opVraag = false, taal: Taal = STANDAARDTAAL): Uitleg[] {
  const t = woorden(taal);
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
        samenvatting: inTaal(taal, componenten, componentenEn).reden.waarom(redenen.map((r) => r.regel)),
        inhoud: [{ alineas: redenen.map(metBronIn(taal)) }],
      },
    },
  ];
}

export const zorgkantoorVraag: VraagDefinitie<z.output<typeof schema>> = {
  slug: "zorgkantoor",
  stap: "aanvraag",
  ingevuld: (a) => a.woonplaats !== undefined,
  titel: ({ aanspreking, taal }) => woorden(taal).titel(aanspreking),
  uitleg: ({ antwoorden, taal }) => [{ alineas: [woorden(taal).uitleg] }, ...zorgkantoorUitleg(antwoorden, woorden(taal).gevondenKop, true, taal)],
  velden: ({ taal }) => [{ soort: "tekst", naam: "woonplaats", label: woorden(taal).label, hint: woorden(taal).hint, breedte: "midden", autocomplete: "off", maxLengte: MAX_TEKST }],
  schema,
  schemaIn,
  waarden: (a) => ({ woonplaats: a.woonplaats?.invoer ?? "" }),
  // The lookup and what it stores happen in the server step (lib/wizard/server-stappen.ts).
  verwerk: (_geldig, a) => a,
  samenvatting: ({ antwoorden, taal }) => {
    const t = woorden(taal);
    const zorgkantoor = zorgkantoorUit(antwoorden);
    if (antwoorden.woonplaats === undefined || zorgkantoor === null) return [];
    return [
      { vraag: t.rijWoonplaats, antwoord: antwoorden.woonplaats.invoer },
      { vraag: t.rij, antwoord: t.antwoord(zorgkantoor.regio, antwoorden.woonplaats.gemeente) },
    ];
  },
};
