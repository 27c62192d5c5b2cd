/**
 * The words of the family `av.` (rules/aanvraag.ts: AV-01 … AV-08): the gewaarborgde hulp, the
 * skills, the grounds for refusal and who signs the budgetplan (docs/decisions/028).
 */
import type { Weigeringsgrond } from "../../../rules/aanvraag";
import { aanvraagTeksten, perSaldo, weigeringUitleg } from "../aanvraag";
import { getal, tekst } from "../gegevens";
import type { Persoon } from "../derde-persoon";
import { Naam, type Familie, type Woorden } from "./gedeeld";

const av = aanvraagTeksten;
const hulp = aanvraagTeksten.gewaarborgdeHulp;

/** "één punt", "3 punten": a count in words as the applicant's text writes it. */
const aantalWoorden = (aantal: number, een: string, meer: string): string => (aantal === 1 ? `één ${een}` : `${aantal} ${meer}`);

/** AV-05 … AV-07: each ground for refusal, about the applicant. */
const WEIGERING_ANDER: Readonly<Record<Weigeringsgrond, (p: Persoon) => string>> = {
  "bewuste-keuzegesprek": (p) =>
    `Het zorgkantoor nodigt ${p.naam} uit voor een gesprek: het bewuste-keuzegesprek. Doet ${p.naam} niet mee? Dan wijst het zorgkantoor de aanvraag af.`,
  failliet: (p) => `Is ${p.naam} failliet verklaard? Dan wijst het zorgkantoor de aanvraag af.`,
  wsnp: (p) => `Zit ${p.naam} in de schuldsanering volgens de Wet schuldsanering natuurlijke personen (WSNP)? Dan wijst het zorgkantoor de aanvraag af.`,
  "geen-vast-woonadres": (p) => `Heeft ${p.naam} geen vast woonadres? Dan wijst het zorgkantoor de aanvraag af.`,
  "niet-in-nederland": (p) => `Woont ${p.naam} niet in Nederland? Dan kan ${p.naam} geen pgb krijgen.`,
};
const weigering = (grond: Weigeringsgrond): Woorden => ({ u: () => weigeringUitleg[grond], ander: (_, p) => WEIGERING_ANDER[grond](p) });

export const AV = {
  "av.hulp-verplicht": {
    u: (g) => hulp.verplicht(tekst(g, "zorgprofiel")),
    ander: (g, p, publiek) =>
      publiek.wie === "gewaarborgde-hulp"
        ? `Met zorgprofiel ${tekst(g, "zorgprofiel")} is een gewaarborgde hulp verplicht. Dat bent u: u helpt ${p.naam} met de zorg en de administratie van het pgb.`
        : `Met zorgprofiel ${tekst(g, "zorgprofiel")} is een gewaarborgde hulp verplicht. Dat is iemand die ${p.naam} helpt met de zorg en de administratie van het pgb.`,
  },
  "av.hulp-niet-verplicht": {
    u: (g) => hulp.nietVerplicht(tekst(g, "zorgprofiel")),
    ander: (g, p) =>
      `Met zorgprofiel ${tekst(g, "zorgprofiel")} is een gewaarborgde hulp niet verplicht. Het zorgkantoor kan wel besluiten dat ${p.naam} alleen een pgb krijgt als er iemand is die helpt: een gewaarborgde hulp.`,
  },
  "av.hulp-ontbreekt": {
    u: (g) => hulp.ontbreekt(tekst(g, "zorgprofiel")),
    ander: (g, p) =>
      `Met zorgprofiel ${tekst(g, "zorgprofiel")} is een gewaarborgde hulp verplicht. ${Naam(p)} heeft niemand die dat doet. Dan kan de aanvraag voor een pgb niet slagen.`,
  },
  "av.hulp-onbekend": {
    u: (g) => hulp.onbekend(tekst(g, "zorgprofiel")),
    ander: (g, p) =>
      `Met zorgprofiel ${tekst(g, "zorgprofiel")} is een gewaarborgde hulp verplicht. Heeft ${p.naam} iemand die dat wil doen? Zonder gewaarborgde hulp kan de aanvraag niet slagen.`,
  },
  "av.hulp-geschikt": {
    u: () => hulp.geschikt,
    ander: (_, p, publiek) =>
      publiek.wie === "gewaarborgde-hulp"
        ? `Het zorgkantoor beoordeelt of u de zorg en de administratie van het pgb van ${p.naam} goed kunt regelen. Het zorgkantoor schrijft u in als gewaarborgde hulp.`
        : `Het zorgkantoor beoordeelt of de gewaarborgde hulp van ${p.naam} de zorg en de administratie van het pgb goed kan regelen. Het zorgkantoor schrijft de gewaarborgde hulp in.`,
  },

  "av.vaardigheden-alles-ja": {
    u: () => av.vaardigheden.allesJa,
    ander: (_, p) => `Volgens de antwoorden kan ${p.naam} dit allemaal. Zelf de zorg regelen met een pgb past bij ${p.naam}.`,
  },
  "av.vaardigheden-niet-alles": {
    u: (g) => av.vaardigheden.nietAlles(getal(g, "aantal")),
    ander: (g, p) =>
      `Volgens de antwoorden kan ${p.naam} ${aantalWoorden(getal(g, "aantal"), "punt", "punten")} (nog) niet. Dat hoeft geen probleem te zijn. Iemand kan ${p.naam} helpen met de zorg en de administratie van het pgb: een gewaarborgde hulp.`,
  },
  "av.vaardigheden-onbeantwoord": {
    u: (g) => av.vaardigheden.onbeantwoord(getal(g, "aantal")),
    ander: (g, p) =>
      `Er ${getal(g, "aantal") === 1 ? "is" : "zijn"} ${aantalWoorden(getal(g, "aantal"), "vraag", "vragen")} nog niet beantwoord. Beantwoord alle vragen, dan is te zien of een pgb bij ${p.naam} past.`,
  },
  "av.per-saldo": {
    u: () => av.vaardigheden.perSaldo,
    ander: () =>
      `Advies nodig? De vereniging van budgethouders ${perSaldo.naam} geeft informatie, advies en cursussen. Bel ${perSaldo.telefoon} of kijk op ${perSaldo.website}.`,
  },
  "av.zorgkantoor-kan-vragen": {
    u: () => av.vaardigheden.zorgkantoorKanVragen,
    ander: (_, p) =>
      `Het zorgkantoor kijkt ook zelf of ${p.naam} een pgb aankan. Het kan besluiten dat ${p.naam} alleen een pgb krijgt als iemand helpt: een gewaarborgde hulp.`,
  },
  "av.geen-bezwaar": {
    u: () => av.beoordeling.geenBezwaar,
    ander: (_, p) => `Er is geen regel die de aanvraag van ${p.naam} in de weg staat. Het zorgkantoor beslist over de aanvraag.`,
  },
  "av.keuzegesprek": {
    u: () => av.beoordeling.gesprek,
    ander: (_, p) =>
      `Het zorgkantoor nodigt ${p.naam} (en de gewaarborgde hulp, als die er is) uit voor een gesprek: het bewuste-keuzegesprek. Doet ${p.naam} niet mee? Dan wijst het zorgkantoor de aanvraag af.`,
  },
  "av.controle": {
    u: () => av.beoordeling.controle,
    ander: (_, p) =>
      `Het zorgkantoor controleert of ${p.naam} failliet is, in de schuldsanering (WSNP) zit of geen vast woonadres heeft. Dan wijst het de aanvraag af.`,
  },
  "av.weigering-bewuste-keuzegesprek": weigering("bewuste-keuzegesprek"),
  "av.weigering-failliet": weigering("failliet"),
  "av.weigering-wsnp": weigering("wsnp"),
  "av.weigering-geen-vast-woonadres": weigering("geen-vast-woonadres"),
  "av.weigering-niet-in-nederland": weigering("niet-in-nederland"),
  "av.hulp-wie": {
    u: () => hulp.wie,
    ander: (_, p) => `De gewaarborgde hulp kan de wettelijk vertegenwoordiger van ${p.naam} zijn. Het kan ook iemand anders zijn.`,
  },
  "av.hulp-wijziging-melden": {
    u: () => hulp.wijzigingMelden,
    ander: (_, p) => `Helpt niemand ${p.naam} meer, of gaat iemand anders helpen? Meld dat aan het zorgkantoor.`,
  },
  "av.ondertekening-budgetplan": { u: () => av.ondertekening.budgetplan },
  "av.ondertekening-wettelijk-vertegenwoordiger": {
    u: () => av.ondertekening.wettelijkVertegenwoordiger,
    ander: (_, p) =>
      `${Naam(p)} heeft een wettelijk vertegenwoordiger (bijvoorbeeld ouders, bewindvoerder, mentor of curator). Die ondertekent het budgetplan.`,
  },
  "av.ondertekening-gewaarborgde-hulp": {
    u: () => av.ondertekening.gewaarborgdeHulp,
    ander: (_, p, publiek) =>
      publiek.wie === "gewaarborgde-hulp"
        ? `U bent de gewaarborgde hulp van ${p.naam}. U ondertekent het budgetplan.`
        : `${Naam(p)} heeft een gewaarborgde hulp. Die ondertekent het budgetplan.`,
  },
  "av.ondertekening-budgethouder": {
    u: () => av.ondertekening.budgethouder,
    ander: (_, p) => `${Naam(p)} heeft geen wettelijk vertegenwoordiger en geen gewaarborgde hulp. Dan ondertekent ${p.naam} het budgetplan zelf.`,
  },
  "av.ondertekening-misschien-ook": {
    u: () => av.ondertekening.misschienOok,
    ander: (_, p) => `Heeft ${p.naam} daarnaast nog een wettelijk vertegenwoordiger of een gewaarborgde hulp? Dan ondertekent die ook.`,
  },
  "av.ondertekening-onbekend": {
    u: () => av.ondertekening.onbekend,
    ander: (_, p) =>
      `Heeft ${p.naam} een wettelijk vertegenwoordiger (bijvoorbeeld ouders, bewindvoerder, mentor of curator) of een gewaarborgde hulp? Dan ondertekent die het budgetplan. Heeft ${p.naam} die niet? Dan ondertekent ${p.naam} zelf.`,
  },
} satisfies Familie<"av">;
