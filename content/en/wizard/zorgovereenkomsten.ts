/**
 * The English of content/wizard/zorgovereenkomsten.ts: stap 5, agreements with care providers.
 * Dutch names (zorgovereenkomst, zorgbeschrijving, zorgkantoor, SVB, PGB Portaal, logeeropvang)
 * stay and are explained once where they first show (docs/decisions/032-talen.md). The
 * checklist's words are "you" for the applicant, as the Dutch "u"; the PDF's words are here
 * because the shape check asks for every key; lib/zorgovereenkomst/checklist.ts and pdf.ts pick
 * them once they take a language.
 */
import type { zorgovereenkomstenTeksten as nl } from "@/content/wizard/zorgovereenkomsten";
import type { Vertaling } from "@/content/vertaling";
import type { Aanspreking } from "@/lib/wizard/types";
import { algemeen } from "../algemeen";
import { bronnen } from "../bronnen";

export const zorgovereenkomstenTeksten: Vertaling<typeof nl> = {
  overzicht: {
    titel: "Making agreements with care providers",
    inleiding: (a: Aanspreking): string[] =>
      a.zelf
        ? [
            "Has the zorgkantoor (the care office of your region) granted your pgb? Then you make agreements with each care provider. You write these agreements down in a zorgovereenkomst (care agreement) and a zorgbeschrijving (care description).",
            "For each care provider in your budgetplan there is a checklist. It says what to look out for. You can print the checklist or download it as a pdf.",
          ]
        : [
            `Has the zorgkantoor (the care office of the region) granted the pgb of ${a.naam}? Then agreements are made with each care provider. These agreements are written down in a zorgovereenkomst (care agreement) and a zorgbeschrijving (care description).`,
            `For each care provider in the budgetplan of ${a.naam} there is a checklist. It says what to look out for. You can print the checklist or download it as a pdf.`,
          ],
    zorgverlenersKop: "The care providers",
    linkTekst: (naam: string): string => `Checklist for ${naam}`,
    geenZorgverleners: "The budgetplan has no care providers yet. First add the care providers to the budgetplan.",
    naarBudgetplan: "Go to the care providers in the budgetplan",
    afsprakenKop: "Zorgovereenkomst and zorgbeschrijving",
    aanleverenKop: "How do you hand them in to the zorgkantoor?",
    afgerond: "You have finished this step. You can still look at the checklists.",
    klaarKop: "Done with this step?",
    klaarUitleg: (a: Aanspreking): string =>
      a.zelf
        ? "Have you made a zorgovereenkomst and a zorgbeschrijving with all your care providers? Then finish this step."
        : `Has a zorgovereenkomst and a zorgbeschrijving been made with all care providers of ${a.naam}? Then finish this step.`,
  },

  zorgkantoor: {
    vraagHet: "We do not know which way the zorgkantoor uses. Ask the zorgkantoor.",
    naam: "The zorgkantoor",
    telefoon: "Phone",
    website: "Website",
    onbekend: "We do not know which zorgkantoor applies. Look it up:",
    zoekLink: "Find the zorgkantoor",
    regel: (naam: string, telefoon: string, website: string): string => `The zorgkantoor: ${naam}. Phone: ${telefoon}. Website: ${website}.`,
  },

  checklist: {
    titel: (naam: string): string => `Checklist for ${naam}`,
    nietGevondenTitel: "We cannot find this care provider",
    nietGevonden:
      "This care provider is not (or no longer) in the budgetplan. Maybe it was removed, or the link is not quite right. Choose a care provider from the list.",
    terug: "Back to all care providers",
    inleiding: (naam: string): string =>
      `Use this checklist when you make the zorgovereenkomst and the zorgbeschrijving with ${naam}. Tick off what you have arranged.`,
    pdfLink: "Download the checklist (pdf)",
    printen: "You can also print this page. Then you get only the checklist on paper.",
    gegevensKop: "What the budgetplan says",
    wijzigen: "Is something wrong? Change the care provider in the budgetplan",
    gegevens: {
      naam: "Name",
      plaats: "Town",
      soort: "Kind of care provider",
      relatie: "Family of the budget holder",
      overeenkomst: "Agreement",
      dagen: "Days a week",
      uren: "Hours a week",
      uurtarief: "Hourly rate",
      perMaand: "Costs a month",
      perJaar: "Costs a year",
    },
    dagen: (dagen: number): string => (dagen === 1 ? "1 day" : `${dagen} days`),
    uren: (uren: string): string => `${uren} hours`,
    afvinkenKop: "To tick off",
    waaromKop: "Why?",

    maximumtarief: {
      titel: "Professional or not, and the maximum rate",
      professioneel: (naam: string): string => `${naam} is a professional care provider.`,
      nietProfessioneel: (naam: string): string => `${naam} is not a professional care provider.`,
      onbekend: (naam: string): string => `We do not know if ${naam} is a professional care provider.`,
      maximum: (maximum: string, soort: string, jaar: string): string => `The maximum rate ${soort} is ${maximum} an hour in ${jaar}.`,
      puntOpzoeken: (jaar: string): string => `Look up the maximum rate for ${jaar} on the website of the zorgkantoor.`,
      puntOpzoekenWebsite: (jaar: string, website: string): string => `Look up the maximum rate for ${jaar} on the website of the zorgkantoor: ${website}.`,
      puntControleren: (tarief: string): string => `Check that the hourly rate of ${tarief} is not higher than that maximum.`,
      puntBinnen: (tarief: string): string => `Put the hourly rate of ${tarief} in the zorgovereenkomst.`,
      puntLager: (maximum: string): string => `Agree on an hourly rate of at most ${maximum} an hour.`,
      puntToestemming: "Or ask the zorgkantoor for permission for a higher hourly rate.",
      puntNavragen: (tarief: string): string => `Ask the zorgkantoor if the hourly rate of ${tarief} is allowed.`,
    },

    rol: {
      titel: "Employer or client",
      werkgever: (naam: string): string => `You are the employer (werkgever) of ${naam}.`,
      opdrachtgever: (naam: string): string => `You are the client (opdrachtgever) of ${naam}.`,
      opdrachtgeverUitleg:
        "You make a contract for services (overeenkomst van opdracht). Then you are not an employer. The duties of an employer then do not apply to you.",
      puntKiezen: (naam: string): string =>
        `Agree with ${naam} which contract you make: an employment contract (arbeidsovereenkomst) or a contract for services (overeenkomst van opdracht).`,
      puntArbeid: "Choose a model zorgovereenkomst for an employment contract.",
      puntOpdracht: "Choose a model zorgovereenkomst for a contract for services.",
    },

    loonbelasting: {
      titel: "Wage tax and the SVB",
      inhouden: "Wage tax (loonbelasting) is taken off. The SVB (Sociale Verzekeringsbank, which pays the care providers) does the payroll for you.",
      nietInhouden: (naam: string): string => `You do not have to withhold wage tax. ${naam} arranges the wage tax.`,
      puntFormulieren: "Fill in the forms for the wage tax. They are on www.svb.nl/nl/pgb/formulieren.",
      puntBruto: "Agree on a gross hourly rate. The care provider is paid the net amount.",
      puntZelf: (naam: string): string => `Agree that ${naam} arranges the wage tax.`,
      puntOptingIn: "Do you want wage tax taken off anyway (opting in)? Agree on it together and put it in the zorgovereenkomst.",
    },

    afspraken: {
      titel: "What goes in the zorgovereenkomst and the zorgbeschrijving?",
      antwoord: (naam: string): string => `With ${naam} you make a zorgovereenkomst and a zorgbeschrijving.`,
      overeenkomstKop: "In the zorgovereenkomst",
      zorgSoort: "Which kind of care you agree on. For example personal care, nursing, support or help in the household.",
      prijs: (tarief: string, uren: string): string => `The price: ${tarief} an hour, ${uren} hours a week. As it says in the budgetplan.`,
      tekenenOvereenkomst: (naam: string): string => `You and ${naam} both sign the zorgovereenkomst.`,
      beschrijvingKop: "In the zorgbeschrijving",
      zorgbehoefte: "Which care you need.",
      welkeZorg: (naam: string): string => `Which care ${naam} gives.`,
      waarom: "Why that care is needed.",
      tekenenBeschrijving: (naam: string): string => `You and ${naam} both sign the zorgbeschrijving.`,
      ookKop: "Also look out for",
      kwaliteit: "The care is good and safe. This is called: kwalitatief verantwoord (of sound quality).",
      verandering: "Does the care or the care provider change later? Then you make a new zorgovereenkomst and zorgbeschrijving.",
    },

    aanleveren: {
      titel: "How do you hand them in to the zorgkantoor?",
      antwoord: "That differs per zorgkantoor. There are 2 ways: the PGB Portaal (the online pgb portal) or a model zorgovereenkomst from the SVB.",
      puntVragen: "Ask the zorgkantoor if it works with the PGB Portaal.",
      puntVragenZorgkantoor: (naam: string, telefoon: string): string => `Call ${naam}, phone ${telefoon}. Ask if the zorgkantoor works with the PGB Portaal.`,
      puntPortaal: "Yes? Log in on www.mijnpgb.nl with DigiD. Make the zorgovereenkomst and the zorgbeschrijving there.",
      puntSvb:
        "No? Get a model zorgovereenkomst from the SVB: www.svb.nl/pgb or 030-264 82 00. Send the zorgovereenkomst and the zorgbeschrijving to the zorgkantoor.",
      puntAkkoord: "Wait for the approval of the zorgkantoor. After that you can claim the costs.",
    },

    logeeropvang: {
      titel: "Logeeropvang",
      antwoord: (maximum: number): string => `Logeeropvang (short stay) is possible: at most ${maximum} etmalen (days and nights) per calendar year. There is no maximum rate for it.`,
      deeltijd: "You chose deeltijdverblijf (part-time stay in an institution). Then you cannot buy logeeropvang.",
      uitleg: "An etmaal is a day and a night. Add up the etmalen with all your care providers.",
      regel: (maximum: number): string => `With a pgb you can buy at most ${maximum} etmalen of logeeropvang per calendar year.`,
      punt: (naam: string): string => `Do you buy logeeropvang from ${naam}? Put the number of etmalen in the zorgovereenkomst.`,
      uitkomstKop: (etmalen: number): string => (etmalen === 1 ? "The number: 1 etmaal of logeeropvang" : `The number: ${etmalen} etmalen of logeeropvang`),
      formKop: "Check it",
      label: "How many etmalen of logeeropvang do you want to buy this year?",
      hint: "Add up all care providers. For example 14.",
      knop: "Check the number",
      fout: {
        leeg: "Enter the number of etmalen.",
        geenGetal: "Enter the number of etmalen as a whole number, for example 14.",
        negatief: "The number of etmalen cannot be less than 0.",
        teVeel: (maximum: number): string => `A year has at most ${maximum} etmalen. Enter a smaller number.`,
      },
    },
  },

  pdf: {
    metadata: {
      titel: "Checklist zorgovereenkomst pgb-Wlz",
      onderwerp: "Checklist for the zorgovereenkomst and the zorgbeschrijving with a care provider (pgb Wlz, step 5)",
      auteur: algemeen.dienstnaam,
      producent: `${algemeen.dienstnaam} (pdf-lib)`,
      trefwoorden: ["zorgovereenkomst", "zorgbeschrijving", "pgb", "Wlz", "checklist"],
    },
    kop: "Checklist zorgovereenkomst",
    gemaakt: (datum: string): string => `Made with ${algemeen.dienstnaam} on ${datum}.`,
    helpt: "This checklist helps you. The zorgkantoor and the SVB decide.",
    voet: (naam: string): string => `Checklist zorgovereenkomst – ${naam}`,
    bron: `Source: brochure ${bronnen.brochure.titel} (${bronnen.brochure.uitgever}, in Dutch)`,
    pagina: (n: number, van: number): string => `Page ${n} of ${van}`,
  },
};
