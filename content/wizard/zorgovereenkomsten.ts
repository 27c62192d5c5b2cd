/**
 * Stap 5, afspraken maken met zorgverleners (ZO-01..ZO-08): the step page, the checklist per
 * zorgverlener (on screen, printed and as a PDF) and the logeeropvang tool (ZO-05). B1 Dutch, the
 * reader is "u". Names, amounts, years and dates arrive already formatted. In a checklist's
 * headings, answers, paragraphs and points "u" and "uw" only ever mean the applicant (never the
 * reader, never the zorgkantoor), so the screen and the PDF word them for someone who fills in for
 * a named person with `tekstVoor` (content/redenen, docs/decisions/028): "Vraag Riets zorgkantoor".
 */
import type { Aanspreking } from "@/lib/wizard/types";
import { algemeen } from "../algemeen";
import { bronnen } from "../bronnen";

export const zorgovereenkomstenTeksten = {
  overzicht: {
    titel: "Afspraken maken met zorgverleners",
    inleiding: (a: Aanspreking): string[] =>
      a.zelf
        ? [
            "Heeft het zorgkantoor uw pgb toegekend? Dan maakt u afspraken met elke zorgverlener. Die afspraken schrijft u op in een zorgovereenkomst en een zorgbeschrijving.",
            "Voor elke zorgverlener uit uw budgetplan is er een checklist. Daarop staat waar u op let. U kunt de checklist printen of als pdf downloaden.",
          ]
        : [
            `Heeft het zorgkantoor het pgb van ${a.naam} toegekend? Dan komen er afspraken met elke zorgverlener. Die afspraken staan in een zorgovereenkomst en een zorgbeschrijving.`,
            `Voor elke zorgverlener uit het budgetplan van ${a.naam} is er een checklist. Daarop staat waar u op let. U kunt de checklist printen of als pdf downloaden.`,
          ],
    zorgverlenersKop: "Uw zorgverleners",
    linkTekst: (naam: string): string => `Checklist voor ${naam}`,
    geenZorgverleners: "In uw budgetplan staan nog geen zorgverleners. Voeg eerst uw zorgverleners toe aan het budgetplan.",
    naarBudgetplan: "Naar de zorgverleners in uw budgetplan",
    afsprakenKop: "Zorgovereenkomst en zorgbeschrijving",
    aanleverenKop: "Hoe levert u ze aan bij het zorgkantoor?",
    afgerond: "U heeft deze stap afgerond. U kunt de checklists nog steeds bekijken.",
    klaarKop: "Klaar met deze stap?",
    /** Someone filling in rounds the step off themselves: the question names the applicant, the request names nobody (docs/decisions/028). */
    klaarUitleg: (a: Aanspreking): string =>
      a.zelf
        ? "Heeft u met al uw zorgverleners een zorgovereenkomst en een zorgbeschrijving gemaakt? Dan rondt u deze stap af."
        : `Is er met alle zorgverleners van ${a.naam} een zorgovereenkomst en een zorgbeschrijving gemaakt? Rond deze stap dan af.`,
  },

  /** ZO-07: the zorgkantoor to ask which route it uses. */
  zorgkantoor: {
    vraagHet: "Welke manier uw zorgkantoor gebruikt, weten wij niet. Vraag het uw zorgkantoor.",
    naam: "Uw zorgkantoor",
    telefoon: "Telefoon",
    website: "Website",
    onbekend: "Wij weten niet welk zorgkantoor bij u hoort. Zoek het op:",
    zoekLink: "Vind uw zorgkantoor",
    /** On the PDF, one line. */
    regel: (naam: string, telefoon: string, website: string): string => `Uw zorgkantoor: ${naam}. Telefoon: ${telefoon}. Website: ${website}.`,
  },

  checklist: {
    titel: (naam: string): string => `Checklist voor ${naam}`,
    nietGevondenTitel: "Deze zorgverlener vinden wij niet",
    nietGevonden:
      "Deze zorgverlener staat niet (meer) in uw budgetplan. Misschien is hij verwijderd, of is de link niet helemaal goed. Kies een zorgverlener uit de lijst.",
    terug: "Terug naar alle zorgverleners",
    inleiding: (naam: string): string =>
      `Gebruik deze checklist als u de zorgovereenkomst en de zorgbeschrijving met ${naam} maakt. Vink af wat u heeft geregeld.`,
    pdfLink: "Download de checklist (pdf)",
    printen: "U kunt deze pagina ook printen. Dan krijgt u alleen de checklist op papier.",
    gegevensKop: "Wat in uw budgetplan staat",
    wijzigen: "Klopt er iets niet? Pas de zorgverlener aan in uw budgetplan",
    gegevens: {
      naam: "Naam",
      plaats: "Plaats",
      soort: "Soort zorgverlener",
      relatie: "Familie van de budgethouder",
      overeenkomst: "Overeenkomst",
      dagen: "Dagen per week",
      uren: "Uren per week",
      uurtarief: "Uurtarief",
      perMaand: "Kosten per maand",
      perJaar: "Kosten per jaar",
    },
    dagen: (dagen: number): string => (dagen === 1 ? "1 dag" : `${dagen} dagen`),
    uren: (uren: string): string => `${uren} uur`,
    afvinkenKop: "Om af te vinken",
    waaromKop: "Waarom?",

    /** ZO-03 and ZO-04. */
    maximumtarief: {
      titel: "Professioneel of niet, en het maximumtarief",
      professioneel: (naam: string): string => `${naam} is een professionele zorgverlener.`,
      nietProfessioneel: (naam: string): string => `${naam} is geen professionele zorgverlener.`,
      onbekend: (naam: string): string => `Wij weten niet of ${naam} een professionele zorgverlener is.`,
      maximum: (maximum: string, soort: string, jaar: string): string => `Het maximumtarief ${soort} is ${maximum} per uur in ${jaar}.`,
      puntOpzoeken: (jaar: string): string => `Zoek het maximumtarief voor ${jaar} op de website van uw zorgkantoor.`,
      puntOpzoekenWebsite: (jaar: string, website: string): string => `Zoek het maximumtarief voor ${jaar} op de website van uw zorgkantoor: ${website}.`,
      puntControleren: (tarief: string): string => `Controleer of het uurtarief van ${tarief} niet hoger is dan dat maximum.`,
      puntBinnen: (tarief: string): string => `Zet het uurtarief van ${tarief} in de zorgovereenkomst.`,
      puntLager: (maximum: string): string => `Spreek een uurtarief af van hoogstens ${maximum} per uur.`,
      puntToestemming: "Of vraag het zorgkantoor om toestemming voor een hoger uurtarief.",
      puntNavragen: (tarief: string): string => `Vraag uw zorgkantoor of het uurtarief van ${tarief} mag.`,
    },

    /** ZO-02 */
    rol: {
      titel: "Werkgever of opdrachtgever",
      werkgever: (naam: string): string => `U bent werkgever van ${naam}.`,
      opdrachtgever: (naam: string): string => `U bent opdrachtgever van ${naam}.`,
      opdrachtgeverUitleg:
        "U sluit een overeenkomst van opdracht. Dan bent u geen werkgever. De plichten van een werkgever gelden dan niet voor u.",
      puntKiezen: (naam: string): string =>
        `Spreek met ${naam} af welke overeenkomst u sluit: een arbeidsovereenkomst of een overeenkomst van opdracht.`,
      puntArbeid: "Kies een model-zorgovereenkomst voor een arbeidsovereenkomst.",
      puntOpdracht: "Kies een model-zorgovereenkomst voor een overeenkomst van opdracht.",
    },

    /** ZO-06 and DE-07 */
    loonbelasting: {
      titel: "Loonbelasting en de SVB",
      inhouden: "Er gaat loonbelasting af. De SVB doet de salarisadministratie voor u.",
      nietInhouden: (naam: string): string => `U hoeft geen loonbelasting in te houden. ${naam} regelt de loonbelasting zelf.`,
      puntFormulieren: "Vul de formulieren voor de loonbelasting in. Ze staan op www.svb.nl/nl/pgb/formulieren.",
      puntBruto: "Spreek een bruto uurtarief af. De zorgverlener krijgt het netto bedrag uitbetaald.",
      puntZelf: (naam: string): string => `Spreek af dat ${naam} de loonbelasting zelf regelt.`,
      puntOptingIn: "Wilt u toch dat er loonbelasting af gaat (opting in)? Spreek dat samen af en zet het in de zorgovereenkomst.",
    },

    /** ZO-01 and ZO-08 */
    afspraken: {
      titel: "Wat zet u in de zorgovereenkomst en de zorgbeschrijving?",
      antwoord: (naam: string): string => `Met ${naam} maakt u een zorgovereenkomst en een zorgbeschrijving.`,
      overeenkomstKop: "In de zorgovereenkomst",
      zorgSoort: "Welke soort zorg u afspreekt. Bijvoorbeeld persoonlijke verzorging, verpleging, begeleiding of huishoudelijke hulp.",
      prijs: (tarief: string, uren: string): string => `De prijs: ${tarief} per uur, ${uren} uur per week. Zo staat het in uw budgetplan.`,
      tekenenOvereenkomst: (naam: string): string => `U en ${naam} ondertekenen de zorgovereenkomst allebei.`,
      beschrijvingKop: "In de zorgbeschrijving",
      zorgbehoefte: "Welke zorg u nodig heeft.",
      welkeZorg: (naam: string): string => `Welke zorg ${naam} geeft.`,
      waarom: "Waarom die zorg nodig is.",
      tekenenBeschrijving: (naam: string): string => `U en ${naam} ondertekenen de zorgbeschrijving allebei.`,
      ookKop: "Let ook op",
      kwaliteit: "De zorg is goed en veilig. Dat heet: kwalitatief verantwoord.",
      verandering: "Verandert de zorg of de zorgverlener later? Dan maakt u een nieuwe zorgovereenkomst en zorgbeschrijving.",
    },

    /** ZO-07 */
    aanleveren: {
      titel: "Hoe levert u ze aan bij het zorgkantoor?",
      antwoord: "Dat verschilt per zorgkantoor. Er zijn 2 manieren: het PGB Portaal of een model-zorgovereenkomst van de SVB.",
      puntVragen: "Vraag uw zorgkantoor of het met het PGB Portaal werkt.",
      puntVragenZorgkantoor: (naam: string, telefoon: string): string => `Bel ${naam}, telefoon ${telefoon}. Vraag of het zorgkantoor met het PGB Portaal werkt.`,
      puntPortaal: "Ja? Log in op www.mijnpgb.nl met DigiD. Maak de zorgovereenkomst en de zorgbeschrijving daar.",
      puntSvb:
        "Nee? Haal een model-zorgovereenkomst bij de SVB: www.svb.nl/pgb of 030-264 82 00. Stuur de zorgovereenkomst en de zorgbeschrijving naar het zorgkantoor.",
      puntAkkoord: "Wacht op het akkoord van het zorgkantoor. Daarna kunt u de kosten declareren.",
    },

    /** ZO-05, ZO-04 and LV-05 */
    logeeropvang: {
      titel: "Logeeropvang",
      antwoord: (maximum: number): string => `Logeeropvang kan: hoogstens ${maximum} etmalen per kalenderjaar. Er is geen maximumtarief voor.`,
      deeltijd: "U kiest voor deeltijdverblijf. Dan kunt u geen logeeropvang inkopen.",
      uitleg: "Een etmaal is een dag en een nacht. Tel de etmalen bij al uw zorgverleners bij elkaar op.",
      regel: (maximum: number): string => `Met een pgb kunt u hoogstens ${maximum} etmalen logeeropvang per kalenderjaar inkopen.`,
      punt: (naam: string): string => `Koopt u logeeropvang bij ${naam}? Zet het aantal etmalen in de zorgovereenkomst.`,
      uitkomstKop: (etmalen: number): string => (etmalen === 1 ? "Uw aantal: 1 etmaal logeeropvang" : `Uw aantal: ${etmalen} etmalen logeeropvang`),
      formKop: "Reken het na",
      label: "Hoeveel etmalen logeeropvang wilt u dit jaar inkopen?",
      hint: "Tel alle zorgverleners bij elkaar op. Bijvoorbeeld 14.",
      knop: "Controleer het aantal",
      fout: {
        leeg: "Vul het aantal etmalen in.",
        geenGetal: "Vul het aantal etmalen in als een heel getal, bijvoorbeeld 14.",
        negatief: "Het aantal etmalen kan niet minder dan 0 zijn.",
        teVeel: (maximum: number): string => `Een jaar heeft hoogstens ${maximum} etmalen. Vul een kleiner aantal in.`,
      },
    },
  },

  pdf: {
    metadata: {
      titel: "Checklist zorgovereenkomst pgb-Wlz",
      onderwerp: "Checklist voor de zorgovereenkomst en de zorgbeschrijving met een zorgverlener (pgb Wlz, stap 5)",
      auteur: algemeen.dienstnaam,
      producent: `${algemeen.dienstnaam} (pdf-lib)`,
      trefwoorden: ["zorgovereenkomst", "zorgbeschrijving", "pgb", "Wlz", "checklist"],
    },
    kop: "Checklist zorgovereenkomst",
    gemaakt: (datum: string): string => `Gemaakt met ${algemeen.dienstnaam} op ${datum}.`,
    helpt: "Deze checklist helpt u. Het zorgkantoor en de SVB beslissen.",
    voet: (naam: string): string => `Checklist zorgovereenkomst – ${naam}`,
    bron: `Bron: brochure ${bronnen.brochure.titel} (${bronnen.brochure.uitgever})`,
    pagina: (n: number, van: number): string => `Pagina ${n} van ${van}`,
  },
} as const;
