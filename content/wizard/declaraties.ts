/**
 * Stap 6 of the wizard, declaraties (brochure "Stap 6: U declareert uw kosten", DE-01..DE-07):
 * the step's page and its three tools (the four weeks of DE-03, the verantwoordingsvrij bedrag of
 * DE-05, the budget over the year). Dutch, B1, the reader is "u": whoever does the pgb's
 * administration. The rules' own reasons are in content/redenen/declaratie.ts.
 */
import { bezittelijk, type Persoon } from "@/content/redenen/derde-persoon";
import type { Aanspreking } from "@/lib/wizard/types";

const hoofdletter = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** The months as the budget tool names them, January first. */
const MAANDEN = [
  "januari",
  "februari",
  "maart",
  "april",
  "mei",
  "juni",
  "juli",
  "augustus",
  "september",
  "oktober",
  "november",
  "december",
] as const;

export const declaratiesTeksten = {
  /** Names of the days, Monday first (as `weekdagIndex` counts). */
  weekdagen: ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
  maanden: MAANDEN,
  terugNaarStap: "Terug naar stap 6",

  /** Errors of the amount fields, in the summary and at the field. */
  fout: {
    budgetLeeg: "Vul het budget voor dit jaar in.",
    budgetVorm: "Vul het budget in als euro’s, bijvoorbeeld 45.000 of 45.000,00.",
    budgetNegatief: "Het budget kan niet negatief zijn. Vul het bedrag in zonder min-teken.",
    budgetNul: "Vul een budget in dat hoger is dan € 0.",
    budgetTeHoog: (max: string) => `Vul een budget in van hoogstens ${max} per jaar.`,
    maandVorm: (maand: string) => `Vul bij ${maand} een bedrag in euro’s in, bijvoorbeeld 1.624,00. Of laat het vak leeg.`,
    maandNegatief: (maand: string) => `Het bedrag bij ${maand} kan niet negatief zijn. Vul het in zonder min-teken.`,
    maandTeHoog: (maand: string, max: string) => `Het bedrag bij ${maand} is te hoog. Vul hoogstens ${max} in.`,
  },

  // ------------------------------------------------------------------ the step's page
  stap: {
    inleiding: (a: Aanspreking): string =>
      a.zelf
        ? "Heeft het zorgkantoor uw pgb toegekend? Dan betaalt de SVB uw zorgverleners uit uw budget. Daarvoor stuurt u declaraties in. Een declaratie is een rekening van uw zorgverlener voor de zorg die hij of zij gaf. Hier leest u hoe dat werkt."
        : `Heeft het zorgkantoor het pgb van ${a.naam} toegekend? Dan betaalt de SVB de zorgverleners uit het budget. Daarvoor gaan er declaraties naar de SVB. Een declaratie is een rekening van een zorgverlener voor de zorg die hij of zij gaf. Hier leest u hoe dat werkt.`,
    kunnenKop: (a: Aanspreking): string => (a.zelf ? "Kunt u al declareren?" : "Kan er al gedeclareerd worden?"),
    portaalKop: "Declareren via het PGB Portaal",
    portaalMeer:
      "Meer uitleg en filmpjes over declareren vindt u op mijnpgb.nl, onder 'budgethouders en vertegenwoordigers' en 'declaraties en maandloon'.",
    svbKop: "Declareren via Mijn PGB van de SVB",
    svbTermijnLink: "Reken uit tot wanneer u een declaratie kunt doorsturen",
    /**
     * Where the budget shows, for who reads (docs/decisions/028): the applicant's own ("uw budget"),
     * or the budget of `persoon` for someone who fills in for them.
     */
    bekijken: (persoon: Persoon | null): string => {
      if (persoon === null) {
        return "In Mijn PGB ziet u altijd uw budget en de betalingen. U ziet wat er al betaald is, en hoeveel budget u nog heeft voor de rest van het jaar.";
      }
      const budget = persoon.neutraal ? `het budget van ${persoon.naam}` : `${bezittelijk(persoon)} budget`;
      return `In Mijn PGB staan altijd ${budget} en de betalingen. Daar staat wat er al betaald is, en hoeveel budget ${persoon.naam} nog heeft voor de rest van het jaar.`;
    },
    maandloonKop: "Een vast maandloon",
    maandloonVraag: (persoon: Persoon | null): string =>
      persoon === null
        ? "Heeft u met uw zorgverlener een vast maandloon afgesproken? Dat is elke maand hetzelfde bedrag."
        : `Is er met een zorgverlener van ${persoon.naam} een vast maandloon afgesproken? Dat is elke maand hetzelfde bedrag.`,
    metMaandloon: "Met een vast maandloon",
    zonderMaandloon: "Zonder vast maandloon",
    hulpmiddelenKop: "Reken het zelf uit",
    hulpmiddelenUitleg: "Met deze hulpmiddelen rekent u zelf iets uit. Wat u invult, bewaren wij niet.",
    hulpmiddelen: {
      termijn: {
        link: "Tot wanneer kunt u een declaratie doorsturen?",
        uitleg: "Voor wie declareert via Mijn PGB van de SVB, of op papier.",
      },
      verantwoordingsvrij: {
        link: "Hoeveel kunt u vrij besteden?",
        uitleg: "Het verantwoordingsvrije bedrag: geld voor kleine uitgaven, zoals postzegels.",
      },
      budget: {
        link: "Hoeveel budget heeft u nog?",
        uitleg: "Vul in wat u per maand uitgeeft. Dan ziet u of uw budget genoeg is tot 31 december.",
      },
    },
    /** The budget tool's link and line for someone who fills in for `persoon` (docs/decisions/028). */
    budgetHulpmiddelOver: (persoon: Persoon) => {
      const budget = persoon.neutraal ? `het budget van ${persoon.naam}` : `${bezittelijk(persoon)} budget`;
      return {
        link: `Hoeveel budget heeft ${persoon.naam} nog?`,
        uitleg: `Vul in wat er per maand is uitgegeven. Dan is te zien of ${budget} genoeg is tot 31 december.`,
      };
    },
    naHetJaarKop: "Na afloop van het jaar",
    svbTakenKop: "Wat doet de SVB voor u?",
    svbMeer: "Meer informatie vindt u op www.svb.nl. Daar staat ook hoe u een declaratie invult.",
    klaarKop: "Klaar met deze stap?",
    klaarUitleg: "Weet u hoe u declareert? Zet deze stap dan op klaar. U kunt deze pagina later altijd weer openen.",
  },

  // ------------------------------------------------------------------ DE-03: the four weeks
  termijn: {
    titel: "Tot wanneer kunt u een declaratie doorsturen?",
    /**
     * The reader declares ("u"), also for someone filling in; the zorgverlener is the applicant's
     * (`persoon`, docs/decisions/028): that sentence names them and has no "u".
     */
    uitleg: (weken: number, persoon: Persoon | null) =>
      persoon === null
        ? `Declareert u via Mijn PGB van de SVB, of op papier? Dan stuurt u de declaratie van uw zorgverlener binnen ${weken} weken door naar de SVB. Vul in op welke dag u de declaratie kreeg. Dan rekenen wij uit wat de laatste dag is.`
        : `Declareert u via Mijn PGB van de SVB, of op papier? Dan gaat de declaratie van een zorgverlener van ${persoon.naam} binnen ${weken} weken naar de SVB. Vul in op welke dag u de declaratie kreeg. Dan rekenen wij uit wat de laatste dag is.`,
    portaal: "Declareert u via het PGB Portaal? Dan geldt deze termijn niet. U beoordeelt de declaratie in het portaal.",
    label: "Op welke dag kreeg u de declaratie?",
    hint: "Bijvoorbeeld 2-3-2026. Eerst de dag, dan de maand, dan het jaar.",
    knop: "Reken uit",
    fout: {
      leeg: "Vul de dag in waarop u de declaratie kreeg.",
      vorm: "Vul de datum in als dag-maand-jaar, bijvoorbeeld 2-3-2026.",
      bestaatNiet: "Deze datum bestaat niet. Kijk of de dag en de maand goed zijn.",
      toekomst: "Deze datum ligt in de toekomst. Vul de dag in waarop u de declaratie kreeg.",
    },
    uitkomstKop: (dag: string) => `Stuur de declaratie uiterlijk op ${dag} door`,
    teLaatKop: (dag: string) => `De laatste dag was ${dag}`,
    vandaag: "Dat is vandaag.",
    morgen: "Dat is morgen.",
    nogDagen: (dagen: number) => `U heeft daarvoor nog ${dagen} dagen.`,
    teLaat: (dagen: number) => (dagen === 1 ? "Dat was gisteren." : `Dat was ${dagen} dagen geleden.`),
    waaromKop: "Waarom deze datum?",
    opnieuwKop: "Reken een andere datum uit",
  },

  // ------------------------------------------------------------------ DE-05: the verantwoordingsvrij bedrag
  verantwoordingsvrij: {
    titel: "Hoeveel kunt u vrij besteden?",
    /** The pgb is the applicant's (`persoon`, docs/decisions/028); the title and the outcome ("U kunt … opvragen") speak to whoever does the administration. */
    uitleg: (persoon: Persoon | null): string[] =>
      persoon === null
        ? [
            "Een klein deel van uw pgb mag u vrij besteden, aan kleine uitgaven zoals telefoonkosten en postzegels. Dat heet het verantwoordingsvrije bedrag. U hoeft niet te laten zien waaraan u het uitgeeft.",
            "Vul in hoe hoog uw pgb dit jaar is. Dan rekenen wij uit hoeveel u kunt opvragen.",
          ]
        : [
            `Een klein deel van het pgb van ${persoon.naam} mag vrij besteed worden, aan kleine uitgaven zoals telefoonkosten en postzegels. Dat heet het verantwoordingsvrije bedrag. Het is niet nodig te laten zien waaraan het wordt uitgegeven.`,
            `Vul in hoe hoog het pgb van ${persoon.naam} dit jaar is. Dan rekenen wij uit hoeveel er opgevraagd kan worden.`,
          ],
    budgetLabel: (persoon: Persoon | null): string =>
      persoon === null ? "Hoe hoog is uw pgb dit jaar?" : `Hoe hoog is het pgb van ${persoon.naam} dit jaar?`,
    budgetHint: "Het bedrag per jaar, bijvoorbeeld 45.000 of 45.000,00. Het staat in de toekenningsbeschikking van het zorgkantoor.",
    zorgLabel: (persoon: Persoon | null): string =>
      persoon === null ? "Heeft u dit jaar zorg betaald uit uw pgb?" : `Is er dit jaar zorg betaald uit het pgb van ${persoon.naam}?`,
    zorgHint: "Bijvoorbeeld het loon van een zorgverlener.",
    zorgOpties: { ja: "Ja", nee: "Nee" },
    zorgLeeg: "Kies of er dit jaar zorg is betaald uit het pgb.",
    knop: "Reken uit",
    uitkomstKop: (bedrag: string) => `U kunt ${bedrag} opvragen`,
    geenKop: "U kunt geen verantwoordingsvrij bedrag opvragen",
    waaromKop: "Hoe komen wij hierop?",
    opnieuwKop: "Reken opnieuw",
  },

  // ------------------------------------------------------------------ the budget over the year
  budget: {
    titel: "Hoeveel budget heeft u nog?",
    uitleg: (jaar: string) =>
      `Vul uw budget voor ${jaar} in, en wat u per maand heeft uitgegeven. Laat een maand leeg als u het bedrag nog niet weet. Wij rekenen uit hoeveel er over is, en wat u tot en met 31 december verwacht uit te geven.`,
    bekijken: "De echte betalingen ziet u in Mijn PGB van de SVB of in het PGB Portaal.",
    budgetLabel: (jaar: string) => `Uw budget voor ${jaar}`,
    budgetHint: "Het bedrag per jaar, bijvoorbeeld 45.000 of 45.000,00.",
    maandenKop: "Wat heeft u per maand uitgegeven?",
    maandenHint: "Bijvoorbeeld 1.624,00. Laat een maand leeg als u het bedrag nog niet weet.",
    knop: "Reken uit",
    planUitleg: (perMaand: string) =>
      `Nog geen bedragen? Gebruik dan de kosten uit uw budgetplan: ${perMaand} per maand. U kunt de bedragen daarna aanpassen.`,
    planKnop: "Gebruik de bedragen uit het budgetplan",
    planGebruikt: (perMaand: string) =>
      `Wij hebben bij elke maand de kosten uit uw budgetplan ingevuld: ${perMaand}. Pas de bedragen aan als u meer weet, en kies 'Reken uit'.`,

    uitkomstKop: (jaar: string) => `Uw budget in ${jaar}`,
    rijen: {
      budget: "Budget voor dit jaar",
      ingevuld: (maanden: number) => (maanden === 1 ? "Uitgegeven in 1 maand" : `Uitgegeven in ${maanden} maanden`),
      uitPlan: "Kosten volgens het budgetplan",
      planOver: "Over volgens het budgetplan",
      planTekort: "Tekort volgens het budgetplan",
      over: "Nog over",
      teVeel: "Meer uitgegeven dan het budget",
      gemiddeld: "Gemiddeld per maand",
      verwacht: (einde: string) => `Verwacht uitgegeven tot en met ${einde}`,
      verwachtOver: (einde: string) => `Verwacht over op ${einde}`,
      verwachtTekort: (einde: string) => `Verwacht tekort op ${einde}`,
    },
    geenMaanden:
      "U heeft nog geen maand ingevuld. Vul de bedragen in van de maanden die al voorbij zijn. Dan rekenen wij uit wat u tot en met 31 december verwacht uit te geven.",
    tabel: {
      bijschrift: (jaar: string) => `Uitgaven per maand in ${jaar}`,
      maand: "Maand",
      bedrag: "Bedrag",
      verwacht: (bedrag: string) => `Nog niet ingevuld. Verwacht: ${bedrag}`,
      leeg: "Nog niet ingevuld",
      uitleg:
        "Hoe langer de balk, hoe hoger het bedrag. Een open balk is een verwacht bedrag: het gemiddelde van de maanden die u invulde.",
    },
    rekenwijzeKop: "Hoe rekenen wij?",
    rekenwijze:
      "Wij tellen de bedragen op die u invulde. Voor een lege maand rekenen wij met het gemiddelde van de ingevulde maanden. Zo ziet u wat u uitgeeft als het zo doorgaat.",
    redenen: {
      looptijd: (einde: string) => `Uw pgb loopt tot uiterlijk ${einde}. Daarom rekenen wij tot en met die dag.`,
      plan: (perMaand: string, perJaar: string) =>
        `Volgens uw budgetplan kost de zorg ${perMaand} per maand. Dat is ${perJaar} per jaar.`,
    },
    waarschuwing: {
      alOverTitel: "U heeft meer uitgegeven dan uw budget",
      alOver: (besteed: string, teVeel: string, budget: string) =>
        `De maanden die u invulde, kosten samen ${besteed}. Dat is ${teVeel} meer dan uw budget van ${budget}.`,
      verwachtOverTitel: "Uw budget is waarschijnlijk niet genoeg",
      verwachtOver: (verwacht: string, teVeel: string, budget: string) =>
        `Gaat het zo door, dan geeft u tot en met 31 december ${verwacht} uit. Dat is ${teVeel} meer dan uw budget van ${budget}.`,
      planOverTitel: "Uw budgetplan kost meer dan uw budget",
      planOver: (verwacht: string, teVeel: string, budget: string) =>
        `Volgens uw budgetplan kost de zorg ${verwacht} per jaar. Dat is ${teVeel} meer dan uw budget van ${budget}.`,
      watDoen:
        "Kijk of u de afspraken met uw zorgverleners kunt aanpassen. Of neem contact op met uw zorgkantoor en bespreek wat u kunt doen.",
    },
    /**
     * The same warning for someone who fills in for `persoon` (docs/decisions/028): the budget is
     * the person's, the months were typed by the reader, so no "u" for the applicant.
     */
    waarschuwingOver: (persoon: Persoon) => {
      const wie = persoon.naam;
      const zijn = bezittelijk(persoon);
      return {
        alOverTitel: hoofdletter(`${wie} heeft meer uitgegeven dan ${zijn} budget`),
        alOver: (besteed: string, teVeel: string, budget: string) =>
          `De ingevulde maanden kosten samen ${besteed}. Dat is ${teVeel} meer dan ${zijn} budget van ${budget}.`,
        verwachtOverTitel: hoofdletter(`${zijn} budget is waarschijnlijk niet genoeg`),
        verwachtOver: (verwacht: string, teVeel: string, budget: string) =>
          `Gaat het zo door, dan is er tot en met 31 december ${verwacht} uitgegeven. Dat is ${teVeel} meer dan ${zijn} budget van ${budget}.`,
        planOverTitel: hoofdletter(`${zijn} budgetplan kost meer dan ${zijn} budget`),
        planOver: (verwacht: string, teVeel: string, budget: string) =>
          `Volgens ${zijn} budgetplan kost de zorg ${verwacht} per jaar. Dat is ${teVeel} meer dan ${zijn} budget van ${budget}.`,
        watDoen: `Kijk of de afspraken met de zorgverleners anders kunnen. Of neem contact op met het zorgkantoor van ${wie} en bespreek wat er kan.`,
      };
    },
    opnieuwKop: "Reken opnieuw",
    /**
     * The sentences above that speak of the budget as the reader's, for someone who fills in for
     * `persoon` (docs/decisions/028): the budget is the person's; typing and choosing stay "u".
     */
    over: (persoon: Persoon) => {
      const wie = persoon.naam;
      const zijn = bezittelijk(persoon);
      // "Riets budget"; without a name "het budget van de aanvrager", not "zijn of haar budget".
      const budget = persoon.neutraal ? `het budget van ${wie}` : `${zijn} budget`;
      return {
        titel: `Hoeveel budget heeft ${wie} nog?`,
        uitleg: (jaar: string) =>
          `Vul ${zijn} budget voor ${jaar} in, en wat er per maand is uitgegeven. Laat een maand leeg als u het bedrag nog niet weet. Wij rekenen uit hoeveel er over is, en wat ${wie} tot en met 31 december verwacht uit te geven.`,
        budgetLabel: (jaar: string) => hoofdletter(`${budget} voor ${jaar}`),
        maandenKop: "Wat is er per maand uitgegeven?",
        planUitleg: (perMaand: string) =>
          `Nog geen bedragen? Gebruik dan de kosten uit ${zijn} budgetplan: ${perMaand} per maand. Daarna kunt u de bedragen aanpassen.`,
        planGebruikt: (perMaand: string) =>
          `Wij hebben bij elke maand de kosten uit ${zijn} budgetplan ingevuld: ${perMaand}. Pas de bedragen aan als u meer weet, en kies 'Reken uit'.`,
        uitkomstKop: (jaar: string) => hoofdletter(`${budget} in ${jaar}`),
        bekijken: `De echte betalingen van ${wie} staan in Mijn PGB van de SVB of in het PGB Portaal.`,
        geenMaanden: `Er is nog geen maand ingevuld. Vul de bedragen in van de maanden die al voorbij zijn. Dan rekenen wij uit wat ${wie} tot en met 31 december verwacht uit te geven.`,
        rekenwijze: `Wij tellen de ingevulde bedragen op. Voor een lege maand rekenen wij met het gemiddelde van de ingevulde maanden. Zo is te zien wat ${wie} uitgeeft als het zo doorgaat.`,
      };
    },
  },
} as const;
