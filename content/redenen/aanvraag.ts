/** Texts for rules/aanvraag.ts (AV-01 … AV-08). B1 Dutch; the reader is "u". */
import type { PgbVaardigheid, Weigeringsgrond } from "../../rules/aanvraag";

/** AV-01: the ten points of Stap 3 "Taken, kennis en vaardigheden", in plain words. */
export const vaardigheidLabels: Record<PgbVaardigheid, string> = {
  "overzicht-zorgvraag": "U weet goed welke zorg u nodig heeft, of welke zorg de persoon nodig heeft voor wie u het pgb regelt.",
  "regels-kennen": "U kent de regels en plichten van het pgb. Of u weet waar u ze kunt vinden, bijvoorbeeld online.",
  administratie: "U kunt een overzichtelijke administratie bijhouden. Zo weet u waar het geld van het pgb aan opgaat.",
  communiceren: "U kunt goed contact hebben met de gemeente, de zorgverzekeraar of het zorgkantoor, de SVB en de zorgverleners.",
  "zelfstandig-kiezen": "U kunt zelf beslissingen nemen en zelf een zorgverlener kiezen.",
  "afspraken-vastleggen": "U kunt afspraken maken en opschrijven. En u kunt uitleggen waar het geld aan is besteed.",
  "kwaliteit-beoordelen": "U kunt beoordelen of de zorg goed is en bij u past. En u kunt uitleggen waarom.",
  "zorg-regelen-bij-afwezigheid": "U kunt de zorgverleners zo inplannen dat de zorg doorgaat, ook bij vakantie en ziekte.",
  "zorgverleners-aansturen": "U kunt zorgverleners vertellen wat ze moeten doen. En u kunt ze aanspreken als het werk niet goed gaat.",
  "kennis-werkgeverschap": "U weet genoeg over de regels voor werkgevers en opdrachtgevers. Of u weet waar u die informatie vindt.",
};

export const perSaldo = {
  naam: "Per Saldo",
  telefoon: "(0900) 742 48 57",
  website: "www.pgb.nl",
};

/** AV-05 … AV-07: why each ground leads to refusal (the wizard's own questions are in content/wizard). */
export const weigeringUitleg: Record<Weigeringsgrond, string> = {
  "bewuste-keuzegesprek":
    "Het zorgkantoor nodigt u uit voor een gesprek: het bewuste-keuzegesprek. Doet u niet mee? Dan wijst het zorgkantoor uw aanvraag af.",
  failliet: "Bent u failliet verklaard? Dan wijst het zorgkantoor uw aanvraag af.",
  wsnp: "Zit u in de schuldsanering volgens de Wet schuldsanering natuurlijke personen (WSNP)? Dan wijst het zorgkantoor uw aanvraag af.",
  "geen-vast-woonadres": "Heeft u geen vast woonadres? Dan wijst het zorgkantoor uw aanvraag af.",
  "niet-in-nederland": "Woont u niet in Nederland? Dan kunt u geen pgb krijgen.",
};

export const aanvraagTeksten = {
  vaardigheden: {
    allesJa: "U gaf aan dat u dit allemaal kunt. Zelf uw zorg regelen met een pgb past bij u.",
    nietAlles: (aantal: number): string =>
      `U gaf aan dat u ${aantal === 1 ? "één punt" : `${aantal} punten`} (nog) niet kunt. Dat hoeft geen probleem te zijn. Iemand kan u helpen met de zorg en de administratie van het pgb: een gewaarborgde hulp.`,
    perSaldo: `Wilt u advies? De vereniging van budgethouders ${perSaldo.naam} geeft informatie, advies en cursussen. Bel ${perSaldo.telefoon} of kijk op ${perSaldo.website}.`,
    onbeantwoord: (aantal: number): string =>
      `U heeft ${aantal === 1 ? "één vraag" : `${aantal} vragen`} nog niet beantwoord. Beantwoord alle vragen, dan ziet u of een pgb bij u past.`,
    zorgkantoorKanVragen:
      "Het zorgkantoor kijkt ook zelf of u een pgb aankunt. Het kan besluiten dat u alleen een pgb krijgt als iemand u helpt: een gewaarborgde hulp.",
  },
  gewaarborgdeHulp: {
    verplicht: (zorgprofiel: string): string =>
      `Met zorgprofiel ${zorgprofiel} is een gewaarborgde hulp verplicht. Dat is iemand die u helpt met de zorg en de administratie van het pgb.`,
    nietVerplicht: (zorgprofiel: string): string =>
      `Met zorgprofiel ${zorgprofiel} is een gewaarborgde hulp niet verplicht. Het zorgkantoor kan wel besluiten dat u alleen een pgb krijgt als iemand u helpt: een gewaarborgde hulp.`,
    ontbreekt: (zorgprofiel: string): string =>
      `Met zorgprofiel ${zorgprofiel} is een gewaarborgde hulp verplicht. U heeft niemand die dat doet. Dan kan de aanvraag voor een pgb niet slagen.`,
    onbekend: (zorgprofiel: string): string =>
      `Met zorgprofiel ${zorgprofiel} is een gewaarborgde hulp verplicht. Heeft u iemand die dat wil doen? Zonder gewaarborgde hulp kan de aanvraag niet slagen.`,
    wie: "De gewaarborgde hulp kan uw wettelijk vertegenwoordiger zijn. Het kan ook iemand anders zijn.",
    geschikt:
      "Het zorgkantoor beoordeelt of uw gewaarborgde hulp de zorg en de administratie van uw pgb goed kan regelen. Het zorgkantoor schrijft de gewaarborgde hulp in.",
    wijzigingMelden: "Helpt niemand u meer, of gaat iemand anders u helpen? Meld dat aan het zorgkantoor.",
  },
  beoordeling: {
    geenBezwaar: "Er is geen regel die uw aanvraag in de weg staat. Het zorgkantoor beslist over uw aanvraag.",
    gesprek:
      "Het zorgkantoor nodigt u (en uw gewaarborgde hulp, als u die heeft) uit voor een gesprek: het bewuste-keuzegesprek. Doet u niet mee? Dan wijst het zorgkantoor uw aanvraag af.",
    controle:
      "Het zorgkantoor controleert of u failliet bent, in de schuldsanering (WSNP) zit of geen vast woonadres heeft. Dan wijst het de aanvraag af.",
  },
  ondertekening: {
    budgetplan: "Stuur het budgetplan mee met het aanvraagformulier naar het zorgkantoor.",
    wettelijkVertegenwoordiger:
      "U heeft een wettelijk vertegenwoordiger (bijvoorbeeld ouders, bewindvoerder, mentor of curator). Die ondertekent het budgetplan.",
    gewaarborgdeHulp: "U heeft een gewaarborgde hulp. Die ondertekent het budgetplan.",
    budgethouder: "U heeft geen wettelijk vertegenwoordiger en geen gewaarborgde hulp. Dan ondertekent u het budgetplan zelf.",
    misschienOok:
      "Heeft u daarnaast nog een wettelijk vertegenwoordiger of een gewaarborgde hulp? Dan ondertekent die ook.",
    onbekend:
      "Heeft u een wettelijk vertegenwoordiger (bijvoorbeeld ouders, bewindvoerder, mentor of curator) of een gewaarborgde hulp? Dan ondertekent die het budgetplan. Heeft u die niet? Dan ondertekent u zelf.",
  },
};
