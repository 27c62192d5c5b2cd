/** Words of the wizard's engine pages: overview, check, result, save and resume, delete. Dutch, B1. */
import type { Antwoord } from "@/rules/types";
import { componenten } from "@/content/componenten";

/** "Persoonsgebonden budget (pgb)" inside a sentence: "persoonsgebonden budget (pgb)". */
const kleineLetter = (naam: string): string => naam.charAt(0).toLowerCase() + naam.slice(1);

export const aanvraag = {
  overzicht: {
    titel: "Uw aanvraag in 6 stappen",
    inleiding: "Doe de stappen op volgorde. Bij elke stap ziet u hoe ver u bent.",
    stappen: {
      indicatie: "Indicatie van het CIZ",
      keuze: "Kiezen: zorg in natura of pgb",
      aanvraag: "Het pgb aanvragen bij het zorgkantoor",
      toekenning: "Het zorgkantoor kent het pgb toe",
      zorgovereenkomsten: "Afspraken maken met zorgverleners",
      declaraties: "Kosten declareren",
    },
    naDeAanvraag: "Voor als het zorgkantoor het pgb heeft toegekend.",
    /**
     * After "Kan nog niet." in a step's compact row: why, short enough for one line at 360 px.
     * Steps 4–6 wait for stap 3, the aanvraag.
     */
    eerstStap: (nummer: number) => `Eerst stap ${nummer} afmaken.`,
    geenPgb: "Deze stap is alleen nodig als u een pgb kiest en een pgb mogelijk is.",
    resultaatKop: "Uw resultaat",
    resultaatLink: "Bekijk wat er mogelijk is en wat er nog nodig is",
    /** After the introduction, until there is a result. */
    resultaatNogNiet: "Na stap 1 ziet u uw resultaat.",
    bewaarKop: "Stoppen en later verder",
    verlooptOp: (datum: string) => `Uw antwoorden worden bewaard tot en met ${datum}. Daarna worden ze gewist.`,
  },
  /** Steps 4–6: confirms the step. */
  stapAfronden: "Klaar met deze stap",
  bewaren: {
    /** The link's own words are content/componenten.ts's (`bewaarLink`), shown on every step page. */
    knop: componenten.bewaarLink.knop,
    titel: "Bewaren en later verdergaan",
    uitleg: [
      "Wij bewaren uw antwoorden elke keer als u onder een vraag op de knop drukt, zoals ‘Doorgaan’. Met de link hieronder gaat u later verder, ook op een andere computer of telefoon.",
      "Heeft u op een pagina iets ingevuld, maar nog niet op de knop gedrukt? Dan is dat niet bewaard. Ga dan eerst terug en druk op de knop.",
      "Bewaar de link goed, bijvoorbeeld in een e-mail aan uzelf. Wie de link heeft, kan uw antwoorden lezen. Deel de link dus niet.",
    ],
    linkLabel: "Uw persoonlijke link",
    kopieer: "Kopieer de link",
    gekopieerd: "De link is gekopieerd.",
    verloopt: (datum: string) => `De link werkt tot en met ${datum}.`,
    terug: "Terug naar uw aanvraag",
  },
  verwijderen: {
    kop: "Uw gegevens wissen",
    uitleg: "Wilt u stoppen? Dan kunt u uw antwoorden wissen. Wij vragen eerst of u het zeker weet.",
    knop: "Verwijder mijn gegevens",
  },
  hervat: {
    titel: "Deze link werkt niet (meer)",
    redenen: {
      verlopen: "Uw antwoorden zijn na de bewaartermijn gewist. Dat doen we om uw gegevens te beschermen.",
      "niet-gevonden": "We vinden geen antwoorden bij deze link. Misschien zijn ze gewist, of is de link niet helemaal goed gekopieerd.",
      "sleutel-onjuist": "De link is niet helemaal goed. Kopieer de hele link en probeer het opnieuw.",
      geen: "U heeft nog geen aanvraag. Begin op de startpagina.",
    },
    opnieuw: "U kunt opnieuw beginnen.",
    startKnop: "Opnieuw beginnen",
  },
  controleren: {
    titel: "Controleer uw antwoorden",
    uitleg: "Klopt alles? Met 'Wijzig' past u een antwoord aan.",
    knop: "Dit klopt, stap afronden",
  },
  keuzeOverzicht: {
    /** `wie`: `null` for the applicant ("u"), or the applicant's name for whoever fills in for them. */
    keuzeKop: (wie: string | null): string => (wie === null ? "Uw keuze" : `De keuze voor ${wie}`),
    nietMogelijkTitel: (wie: string | null): string =>
      wie === null ? "Wat u koos, kan niet met dit zorgprofiel" : `Wat voor ${wie} is gekozen, kan niet met dit zorgprofiel`,
    vormenKop: (zorgprofiel: string) => `Wat kan er met zorgprofiel ${zorgprofiel}?`,
    uwKeuze: (wie: string | null): string => (wie === null ? "(uw keuze)" : "(gekozen)"),
    pakkettenKop: "Wat zit er in vpt, mpt en pgb?",
    /** The disclosure with every other form and what vpt, mpt and pgb contain. */
    andereMogelijkheden: "Andere mogelijkheden bekijken",
    /**
     * The answer to the person's own choice, in one sentence, before anything else. `wie` is
     * `null` for the applicant ("u"), or the applicant's name for whoever fills in for them.
     */
    antwoord: (wie: string | null, vorm: string, uitkomst: Antwoord): string => {
      const keuze = wie === null ? `U kiest voor ${kleineLetter(vorm)}` : `Voor ${wie} is gekozen voor ${kleineLetter(vorm)}`;
      return uitkomst === "ja" ? `${keuze}: dat is mogelijk.` : uitkomst === "nee" ? `${keuze}: dat is niet mogelijk.` : `${keuze}: het zorgkantoor beslist of dat kan.`;
    },
  },
  resultaat: {
    titel: "Uw resultaat voor stap 1 tot en met 3",
    inleiding: "Eerst ziet u het antwoord. Daarna wat nodig is en wat nog ontbreekt. Onder „Waarom?” staat de regel. Het zorgkantoor beslist.",
    mogelijkKop: "Wat is mogelijk",
    nodigKop: "Wat is nodig",
    ontbreektKop: "Wat ontbreekt nog",
    nietMogelijkKop: "Wat is niet mogelijk",
    verwijzingKop: "Waar kunt u terecht?",
    geregeld: "Geregeld",
    nogNietGeregeld: "Nog niet geregeld",
    naarDeVraag: "Naar de vraag",
    wlzKop: "Past de Wlz bij u?",
    niets: "Niets.",
    printen: "U kunt deze pagina printen of bewaren als pdf.",
    /** The disclosure with the papers that go with the aanvraag, under "Wat is nodig". */
    papieren: (aantal: number) => `De ${aantal} papieren voor het zorgkantoor bekijken`,
    /** The disclosure with what is and is not possible besides the answer at the top. */
    andereMogelijkheden: "Andere mogelijkheden bekijken",
  },
  terugNaarOverzicht: "Terug naar het overzicht",
} as const;
