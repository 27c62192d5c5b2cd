/**
 * The words of the family `zk.` (rules/zorgkantoor.ts, rules/zorgkantoor-zoeken.ts: ZK-01, ZK-02):
 * which zorgkantoor. A sentence about a place, without "u", needs no words of its own
 * (docs/decisions/028).
 */
import { getal, tekst } from "../gegevens";
import { zorgkantoorTeksten } from "../zorgkantoor";
import { Naam, type Familie } from "./gedeeld";

const zk = zorgkantoorTeksten;

export const ZK = {
  "zk.regio-bepaalt": {
    u: () => zk.waarUWoont,
    ander: (_, p) => `Waar ${p.naam} woont, bepaalt bij welk zorgkantoor ${p.naam} terecht kan. In elke regio is 1 zorgkantoor.`,
  },
  "zk.regio": {
    u: (g) => zk.regio(tekst(g, "regio"), tekst(g, "zorgverzekeraar")),
    ander: (g, p) => `${Naam(p)} woont in de zorgkantoorregio ${tekst(g, "regio")}. Daar is 1 zorgkantoor. Het hoort bij zorgverzekeraar ${tekst(g, "zorgverzekeraar")}.`,
  },
  // The source's title ("Zelf uw zorg inkopen") is a name: the fallback must not rewrite it.
  "zk.bron": {
    u: (g) => zk.bron(tekst(g, "bron")),
    ander: (g) => `Website en telefoonnummer komen uit: ${tekst(g, "bron")}. Kijk op de website van het zorgkantoor of ze nog kloppen.`,
  },
  // Speaks to no one; the page title "Vind uw zorgkantoor" stays as it is.
  "zk.aantal": {
    u: (g) => zk.aantal(getal(g, "aantalRegios"), getal(g, "aantalVgz")),
    ander: (g) => zk.aantal(getal(g, "aantalRegios"), getal(g, "aantalVgz")),
  },
  "zk.gemeente": {
    u: (g) => zk.gemeente(tekst(g, "gemeente"), tekst(g, "regio")),
    ander: (g, p) => `${Naam(p)} woont in de gemeente ${tekst(g, "gemeente")}. Die valt onder zorgkantoorregio ${tekst(g, "regio")}.`,
  },
  "zk.woonplaats": { u: (g) => zk.woonplaats(tekst(g, "woonplaats"), tekst(g, "gemeente"), tekst(g, "regio")) },
  "zk.woonplaats-vroeger": {
    u: (g) => zk.woonplaatsVroeger(tekst(g, "woonplaats"), tekst(g, "vroegereGemeente"), tekst(g, "gemeente"), tekst(g, "regio")),
  },
  "zk.woonplaats-was-gemeente": { u: (g) => zk.woonplaatsWasGemeente(tekst(g, "woonplaats"), tekst(g, "gemeente"), tekst(g, "regio")) },
  "zk.woonplaats-gesplitst": { u: (g) => zk.woonplaatsGesplitst(tekst(g, "woonplaats"), tekst(g, "vroegereGemeente"), tekst(g, "regio")) },
  "zk.ook-elders": {
    u: (g) => zk.ookElders(tekst(g, "woonplaats"), tekst(g, "gemeente"), tekst(g, "regio")),
    ander: (g, p) =>
      `Er is ook een ${tekst(g, "woonplaats")} in de gemeente ${tekst(g, "gemeente")}. Woont ${p.naam} daar? Vul dan de gemeente ${tekst(g, "gemeente")} in. Die valt onder zorgkantoorregio ${tekst(g, "regio")}.`,
  },
  "zk.postcode": {
    u: (g) => zk.postcode(tekst(g, "postcode"), tekst(g, "gemeente"), tekst(g, "regio")),
    ander: (g, p) =>
      `Postcode ${tekst(g, "postcode")} ligt waarschijnlijk in de gemeente ${tekst(g, "gemeente")}. Klopt dat? Dan valt ${p.naam} onder zorgkantoorregio ${tekst(g, "regio")}.`,
  },
  "zk.postcode-vroeger": {
    u: (g) => zk.postcodeVroeger(tekst(g, "postcode"), tekst(g, "vroegereGemeente"), tekst(g, "gemeente"), tekst(g, "regio")),
    ander: (g, p) =>
      `Postcode ${tekst(g, "postcode")} ligt waarschijnlijk in de gemeente ${tekst(g, "vroegereGemeente")} (nu ${tekst(g, "gemeente")}). Klopt dat? Dan valt ${p.naam} onder zorgkantoorregio ${tekst(g, "regio")}.`,
  },
  "zk.postcode-gesplitst": {
    u: (g) => zk.postcodeGesplitst(tekst(g, "postcode"), tekst(g, "woonplaats"), tekst(g, "vroegereGemeente"), tekst(g, "regio")),
    ander: (g, p) =>
      `Postcode ${tekst(g, "postcode")} ligt waarschijnlijk in ${tekst(g, "woonplaats")}. Dat lag in de gemeente ${tekst(g, "vroegereGemeente")}. Die gemeente is verdeeld over andere gemeenten. Woont ${p.naam} in ${tekst(g, "woonplaats")}? Dan valt ${p.naam} onder zorgkantoorregio ${tekst(g, "regio")}.`,
  },
  "zk.postcode-lijst": {
    u: (g) => zk.postcodeLijst(getal(g, "jaar")),
    ander: (g, p) =>
      `Wij zoeken postcodes op in een lijst uit ${getal(g, "jaar")}. Nieuwe postcodes staan daar niet in. Soms ligt een postcode in 2 gemeenten. Klopt de gemeente niet? Vul dan de naam van de gemeente van ${p.naam} in.`,
  },
  "zk.postcode-onbekend": {
    u: (g) => zk.postcodeOnbekend(tekst(g, "postcode")),
    ander: (g, p) => `Postcode ${tekst(g, "postcode")} staat niet in onze lijst. Vul de naam van de gemeente van ${p.naam} in.`,
  },
  "zk.niets-gevonden": {
    u: () => zk.nietsGevonden,
    ander: () => "Wij vinden geen gemeente of woonplaats met die naam. Kijk of de naam goed geschreven is. Of vul de 4 cijfers van de postcode in.",
  },
  // The table's date is always a 1 January (rules/data/gemeenten.ts); the words name its year.
  "zk.indeling": { u: (g) => zk.indeling(tekst(g, "datum").slice(0, 4)) },
} satisfies Familie<"zk">;
