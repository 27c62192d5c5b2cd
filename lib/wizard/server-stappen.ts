/**
 * Work a question needs that must not run in the browser: after the page's schema accepted the
 * form (in the browser and on the server), the server action runs the page's step here. It may
 * still refuse with an error at a field, in the page's language, or store more than the form held.
 *
 * The zorgkantoor lookup lives here because its postcode table (rules/data/postcodes.ts) is too
 * big for a phone's download: the question module itself is part of the browser bundle.
 */
import { aanvraagVragen } from "@/content/wizard/aanvraag";
import { aanvraagVragen as aanvraagVragenEn } from "@/content/en/wizard/aanvraag";
import { STANDAARDTAAL, type Taal } from "@/content/taal";
import { inTaal } from "@/content/vertaling";
import { normaliseerPlaatsnaam, zoekZorgkantoor } from "@/rules/zorgkantoor-zoeken";
import type { Antwoorden } from "./antwoorden";
import type { VeldFouten } from "./types";

export type ServerStapUitkomst = { fouten: VeldFouten } | { antwoorden: Antwoorden };
type ServerStap = (geldig: unknown, a: Antwoorden, taal?: Taal) => ServerStapUitkomst;

/** ZK-01: the region of a gemeente, woonplaats or postcode; anything else asks for the gemeente. */
function zoekWoonplaats(geldig: unknown, a: Antwoorden, taal: Taal = STANDAARDTAAL): ServerStapUitkomst {
  const t = inTaal(taal, aanvraagVragen, aanvraagVragenEn).zorgkantoor;
  const invoer = (geldig as { woonplaats: string }).woonplaats;
  const fout = (tekst: string): ServerStapUitkomst => ({ fouten: { woonplaats: tekst } });
  const uitkomst = zoekZorgkantoor(invoer);
  // Hengelo, Katwijk, Laren …: a gemeente and a village elsewhere share the name. Typing the
  // gemeente's name means the gemeente; otherwise asking "fill in the gemeente" would never end.
  const gemeente = uitkomst.soort === "keuzes" ? uitkomst.keuzes.find((k) => k.soort === "gemeente" && normaliseerPlaatsnaam(k.naam) === normaliseerPlaatsnaam(invoer)) : undefined;
  if (gemeente !== undefined) {
    return { antwoorden: { ...a, woonplaats: { invoer, zkCode: gemeente.zorgkantoor.zkCode, gemeente: gemeente.naam, viaPostcode: false } } };
  }
  switch (uitkomst.soort) {
    case "gemeente":
      return { antwoorden: { ...a, woonplaats: { invoer, zkCode: uitkomst.zorgkantoor.zkCode, gemeente: uitkomst.gemeente.naam, viaPostcode: false } } };
    case "woonplaats":
    case "postcode":
      return {
        antwoorden: {
          ...a,
          woonplaats: { invoer, zkCode: uitkomst.zorgkantoor.zkCode, gemeente: uitkomst.gemeente?.naam ?? null, viaPostcode: uitkomst.soort === "postcode" },
        },
      };
    case "keuzes":
      return fout(t.keuzes(uitkomst.keuzes.map((k) => (k.soort === "gemeente" ? t.keuzeGemeente(k.naam) : t.keuze(k.naam, k.gemeente?.naam ?? k.zorgkantoor.regio))).join("; ")));
    case "postcode-onbekend":
      return fout(t.postcodeOnbekend);
    case "leeg":
      return fout(t.leeg);
    case "niets":
      return fout(t.niets);
  }
}

export const SERVER_STAPPEN: Readonly<Record<string, ServerStap>> = { zorgkantoor: zoekWoonplaats };
