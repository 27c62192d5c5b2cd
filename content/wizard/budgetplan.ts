/**
 * Stap 3 of the wizard, the budgetplan (Bijlage 3 of the brochure: BP-01 … BP-06, AV-08, LV-10).
 * Dutch, B1. The section titles follow the paper form, so the PDF and the pages read alike.
 */
import type { Aanspreking } from "@/lib/wizard/types";

const van = (a: Aanspreking, u: string): string => (a.zelf ? u : a.naam);

export const budgetplanVragen = {
  /** Shown above every budgetplan page: where in Bijlage 3 the person is. */
  onderdeel: (nummer: number, titel: string): string => `Budgetplan, deel ${nummer} van 7: ${titel}`,
  inleiding:
    "In het budgetplan ziet het zorgkantoor welke zorg nodig is. En bij wie u die zorg koopt en wat dat kost. Het budgetplan is bijlage 3 van de brochure. U stuurt het mee met het aanvraagformulier.",

  persoonsgegevens: {
    onderdeel: "Mijn persoonsgegevens",
    titel: (a: Aanspreking): string => (a.zelf ? "Uw persoonsgegevens" : `De persoonsgegevens van ${a.naam}`),
    uitleg: (a: Aanspreking): string =>
      `Vul de gegevens in van ${a.zelf ? "uzelf, de persoon voor wie het pgb is" : `${a.naam}, de persoon voor wie het pgb is`}. Zo koppelt het zorgkantoor het budgetplan aan het juiste aanvraagformulier.`,
    achternaamLabel: "Achternaam",
    achternaamLeeg: "Vul de achternaam in.",
    geboortedatumLabel: "Geboortedatum",
    geboortedatumHint: "Bijvoorbeeld 15-03-1948. Dag, maand en jaar.",
    geboortedatumLeeg: "Vul de geboortedatum in.",
    geboortedatumFout: "Vul de geboortedatum in als dag-maand-jaar, bijvoorbeeld 15-03-1948.",
    geboortedatumToekomst: "De geboortedatum kan niet in de toekomst liggen.",
    geboortedatumTeOud: "Vul een geboortedatum na 1900 in.",
    bsnLabel: "Burgerservicenummer (BSN)",
    bsnHint: "Het BSN heeft 9 cijfers. U vindt het op het paspoort, de identiteitskaart of het rijbewijs.",
    bsnLeeg: "Vul het BSN in.",
    bsnFout: "Dit BSN klopt niet. Controleer het nummer. Een BSN heeft 9 cijfers.",
  },

  zorgprofiel: {
    onderdeel: "Mijn indicatie",
    titel: "Het zorgprofiel in het budgetplan",
    uitleg:
      "Het zorgprofiel staat in het indicatiebesluit van het CIZ, onder ‘A Soort zorg’. Wij hebben het overgenomen uit stap 1. Klopt het niet? Pas het dan hier aan.",
    anders: (stap1: string): string =>
      `In stap 1 vulde u ${stap1} in. Het budgetplan gebruikt wat hier staat. Pas ook stap 1 aan als dat niet klopt.`,
  },

  reden: {
    onderdeel: "Reden keuze pgb",
    titel: (a: Aanspreking): string => (a.zelf ? "Waarom kiest u voor een pgb?" : `Waarom kiest ${a.naam} voor een pgb?`),
    uitleg: (a: Aanspreking): string =>
      `Schrijf waarom ${a.zelf ? "u kiest" : `${a.naam} kiest`} voor een pgb en niet voor zorg in natura. Een paar zinnen is genoeg.`,
    voorbeeldenKop: "Voorbeelden",
    voorbeelden: [
      "Ik wil zelf kiezen wie mij helpt. Mijn dochter kent mij en mijn gewoontes.",
      "Ik wil zelf bepalen wanneer ik zorg krijg, ook in het weekend en ’s avonds.",
      "Ik wil steeds dezelfde mensen om mij heen. Wisselende zorgverleners maken mij onrustig.",
    ],
    label: "Reden keuze pgb",
    leeg: "Schrijf waarom u kiest voor een pgb.",
  },

  zorg: {
    onderdeel: "De zorg die ik wil gaan inkopen",
    titel: (a: Aanspreking): string => (a.zelf ? "Welke zorg wilt u inkopen?" : `Welke zorg wil ${a.naam} inkopen?`),
    uitleg:
      "Beschrijf kort welke zorg nodig is en ingekocht moet worden. Gebruik voorbeelden. Bijvoorbeeld: wassen en aankleden, insuline prikken of samen boodschappen doen.",
    magKop: "Wat mag u inkopen met een pgb?",
    mag: "Met een pgb mag u deze zorg inkopen:",
    nietMag:
      "Wlz-behandeling kunt u niet inkopen met een pgb. Dat is bijvoorbeeld behandeling door een specialist ouderengeneeskunde, een fysiotherapeut of een psycholoog vanuit de Wlz. Die zorg regelt het zorgkantoor.",
    vergoedingslijst:
      "Welke zorg precies mag, staat in de vergoedingslijst. Die vindt u op de website van uw zorgkantoor.",
    label: "De zorg die ingekocht wordt",
    hint: "Schrijf per soort zorg wat er moet gebeuren en hoe vaak.",
    leeg: "Beschrijf welke zorg u wilt inkopen.",
  },

  zorgverleners: {
    onderdeel: "Inkoop zorg",
    titel: (a: Aanspreking): string => (a.zelf ? "Bij wie wilt u zorg inkopen?" : `Bij wie wil ${a.naam} zorg inkopen?`),
    uitleg:
      "Voeg iedere zorgverlener toe: een instelling, een zzp’er of een persoon, zoals een familielid of buurvrouw. Per zorgverlener vult u ook de uren en het uurtarief in.",
    meerDanZes: (aantal: number): string =>
      `Op het papieren formulier passen 6 zorgverleners. U heeft er ${aantal}. De pdf zet de rest op een extra blad. Er gaat niets verloren.`,
    leegKop: "Nog geen zorgverleners",
    leeg: "U heeft nog geen zorgverlener toegevoegd. Voeg er minstens één toe.",
    lijstKop: (aantal: number): string => (aantal === 1 ? "U heeft 1 zorgverlener toegevoegd" : `U heeft ${aantal} zorgverleners toegevoegd`),
    rijen: {
      plaats: "Plaats",
      soort: "Soort",
      nummerKvk: "KVK-nummer",
      nummerBsn: "BSN",
      urenEnTarief: "Uren en uurtarief",
    },
    urenEnTarief: (uren: string, tarief: string): string => `${uren} uur per week, ${tarief} per uur`,
    wijzig: "Wijzig",
    verwijder: "Verwijder",
    /** Visually hidden after the link or button text: which one. */
    welke: (naam: string): string => ` ${naam}`,
    toevoegen: "Zorgverlener toevoegen",
    nogEen: "Nog een zorgverlener toevoegen",
    leegFout: "Voeg minstens één zorgverlener toe.",
    verwijderd: "De zorgverlener is verwijderd uit het budgetplan.",
    opgeslagen: (naam: string): string => `${naam} staat in het budgetplan.`,
    maximum: (max: number): string => `U kunt niet meer dan ${max} zorgverleners toevoegen.`,
    samenvatting: (letter: string, blad: number): string => (blad === 1 ? `Zorgverlener ${letter}` : `Zorgverlener ${letter} (blad ${blad})`),
  },

  zorgverlener: {
    nieuwTitel: "Zorgverlener toevoegen",
    wijzigTitel: (naam: string): string => `${naam} wijzigen`,
    knop: "Zorgverlener opslaan",
    terug: "Terug naar de zorgverleners",
    nietGevonden: "Deze zorgverlener staat niet (meer) in het budgetplan. Misschien is hij verwijderd in een ander tabblad.",
  },

  bedragen: {
    onderdeel: "Bedrag per zorgverlener",
    titel: "Wat kost de zorg per jaar?",
    uitleg:
      "Een maand heeft gemiddeld 4,33 weken. Per zorgverlener rekenen wij: uren per week × uurtarief × 4,33 = kosten per maand. Kosten per maand × 12 = kosten per jaar. De kosten per jaar van alle zorgverleners samen: dat is het budget dat u per jaar nodig heeft.",
    tabelKop: "De som per zorgverlener",
    geenWaarschuwingen: "Wij zien geen problemen met de uurtarieven en afspraken.",
    /** Said instead when the maximum tarief of the year is unknown: the tarieven were not checked. */
    geenAndereWaarschuwingen: "Verder zien wij geen problemen met de afspraken.",
    budgetLabel: "Verwacht pgb per jaar (niet verplicht)",
    budgetHint:
      "Weet u al hoeveel pgb er per jaar komt? Vul het bedrag in, bijvoorbeeld 45.000 of 45.000,00. Dan ziet u of het budgetplan erin past. Weet u het niet? Laat het dan leeg.",
    budgetFout: "Vul het bedrag in als euro’s, bijvoorbeeld 45.000 of 45.000,00.",
    budgetRij: "Pgb per jaar (verwacht)",
    budgetOnbekend: "Niet ingevuld",
    totaalRij: "Totaal per jaar",
  },

  ondertekening: {
    onderdeel: "Ondertekening",
    titel: "Wie ondertekent het budgetplan?",
    uitleg: (a: Aanspreking): string =>
      `Het budgetplan moet ondertekend worden. Wie dat doet, hangt af van wie ${van(a, "u")} helpt. Hieronder staat wie moet tekenen.`,
    rollen: {
      budgethouder: "De budgethouder",
      "gewaarborgde-hulp": "De gewaarborgde hulp",
      "wettelijk-vertegenwoordiger": "De wettelijk vertegenwoordiger",
      beide: "De gewaarborgde hulp, die ook wettelijk vertegenwoordiger is",
    },
    relatieStandaard: {
      budgethouder: "budgethouder",
      "wettelijk-vertegenwoordiger": "wettelijk vertegenwoordiger",
    },
    naamLabel: (rol: string): string => `Naam (${rol.toLowerCase()})`,
    relatieLabel: "Relatie tot de budgethouder",
    relatieHint: "Bijvoorbeeld: dochter, mentor, curator of budgethouder.",
    datumLabel: "Datum van ondertekening (niet verplicht)",
    datumHint: "Bijvoorbeeld 24-11-2026. Laat leeg als u de datum met de hand invult bij het tekenen.",
    naamLeeg: "Vul de naam in van wie ondertekent.",
    relatieLeeg: "Vul de relatie tot de budgethouder in.",
    datumFout: "Vul de datum in als dag-maand-jaar, bijvoorbeeld 24-11-2026.",
    rij: (rol: string): string => `Ondertekening: ${rol.toLowerCase()}`,
    zonderDatum: "datum met de hand",
  },

  pdf: {
    kop: "Het budgetplan als pdf",
    tekst: "Download het ingevulde budgetplan. Print het, onderteken het en stuur het mee met het aanvraagformulier.",
    link: "Download budgetplan (pdf)",
    printen: "U kunt deze pagina ook printen.",
  },
} as const;
