/**
 * Stap 5's checklist per zorgverlener in English: the words the checklist (on screen and as a
 * PDF) and its PDF frame take from content/wizard/zorgovereenkomsten.ts, the groups `zorgkantoor`,
 * `checklist` and `pdf` (docs/decisions/032-talen.md, addendum on the PDFs). A file of its own, so
 * the step page's English (`overzicht`) can be written beside it: content/en/wizard/
 * zorgovereenkomsten.ts takes these three groups from here. As in Dutch, "you" and "your" in a
 * heading, answer, paragraph or point only ever mean the applicant.
 */
import type { zorgovereenkomstenTeksten as nl } from "@/content/wizard/zorgovereenkomsten";
import { algemeen } from "../algemeen";
import { bronnen } from "../bronnen";
import type { Vertaling } from "../vertaling";

type Nl = typeof nl;

export const zorgkantoor: Vertaling<Nl["zorgkantoor"]> = {
  vraagHet: "We do not know which way your zorgkantoor uses. Ask your zorgkantoor.",
  naam: "Your zorgkantoor",
  telefoon: "Phone",
  website: "Website",
  onbekend: "We do not know which zorgkantoor (care office of your region) is yours. Look it up:",
  zoekLink: "Find your zorgkantoor",
  regel: (naam: string, telefoon: string, website: string): string => `Your zorgkantoor: ${naam}. Phone: ${telefoon}. Website: ${website}.`,
};

export const checklist: Vertaling<Nl["checklist"]> = {
  titel: (naam: string): string => `Checklist for ${naam}`,
  nietGevondenTitel: "We cannot find this zorgverlener",
  nietGevonden:
    "This zorgverlener is not (or no longer) in your budgetplan. Maybe it was removed, or the link is not quite right. Choose a zorgverlener from the list.",
  terug: "Back to all zorgverleners",
  inleiding: (naam: string): string =>
    `Use this checklist when you make the zorgovereenkomst (care agreement) and the zorgbeschrijving (care description) with ${naam}. Tick off what you have arranged.`,
  pdfLink: "Download the checklist (pdf)",
  printen: "You can also print this page. Then you get only the checklist on paper.",
  gegevensKop: "What your budgetplan says",
  wijzigen: "Is something not right? Change the zorgverlener in your budgetplan",
  gegevens: {
    naam: "Name",
    plaats: "Town",
    soort: "Kind of zorgverlener",
    relatie: "Family of the budgethouder",
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
    professioneel: (naam: string): string => `${naam} is a professional zorgverlener.`,
    nietProfessioneel: (naam: string): string => `${naam} is not a professional zorgverlener.`,
    onbekend: (naam: string): string => `We do not know if ${naam} is a professional zorgverlener.`,
    maximum: (maximum: string, soort: string, jaar: string): string => `The maximum rate ${soort} is ${maximum} an hour in ${jaar}.`,
    puntOpzoeken: (jaar: string): string => `Look up the maximum rate for ${jaar} on the website of your zorgkantoor.`,
    puntOpzoekenWebsite: (jaar: string, website: string): string => `Look up the maximum rate for ${jaar} on the website of your zorgkantoor: ${website}.`,
    puntControleren: (tarief: string): string => `Check that the hourly rate of ${tarief} is not higher than that maximum.`,
    puntBinnen: (tarief: string): string => `Put the hourly rate of ${tarief} in the zorgovereenkomst.`,
    puntLager: (maximum: string): string => `Agree on an hourly rate of at most ${maximum} an hour.`,
    puntToestemming: "Or ask the zorgkantoor for permission for a higher hourly rate.",
    puntNavragen: (tarief: string): string => `Ask your zorgkantoor if the hourly rate of ${tarief} is allowed.`,
  },

  rol: {
    titel: "Employer or client",
    werkgever: (naam: string): string => `You are the employer (werkgever) of ${naam}.`,
    opdrachtgever: (naam: string): string => `You are the client (opdrachtgever) of ${naam}.`,
    opdrachtgeverUitleg:
      "You make an overeenkomst van opdracht (an agreement for services). Then you are not an employer. The duties of an employer do not apply to you.",
    puntKiezen: (naam: string): string =>
      `Agree with ${naam} which agreement you make: an arbeidsovereenkomst (employment contract) or an overeenkomst van opdracht (agreement for services).`,
    puntArbeid: "Choose a model zorgovereenkomst for an arbeidsovereenkomst (employment contract).",
    puntOpdracht: "Choose a model zorgovereenkomst for an overeenkomst van opdracht (agreement for services).",
  },

  loonbelasting: {
    titel: "Payroll tax and the SVB",
    inhouden: "Payroll tax (loonbelasting) is taken off. The SVB runs the payroll for you.",
    nietInhouden: (naam: string): string => `You do not need to take off payroll tax. ${naam} arranges the payroll tax themselves.`,
    puntFormulieren: "Fill in the forms for the payroll tax. They are on www.svb.nl/nl/pgb/formulieren.",
    puntBruto: "Agree on a gross hourly rate. The zorgverlener is paid the net amount.",
    puntZelf: (naam: string): string => `Agree that ${naam} arranges the payroll tax themselves.`,
    puntOptingIn: "Do you still want payroll tax to be taken off (opting in)? Agree on it together and put it in the zorgovereenkomst.",
  },

  afspraken: {
    titel: "What goes in the zorgovereenkomst and the zorgbeschrijving?",
    antwoord: (naam: string): string => `With ${naam} you make a zorgovereenkomst (care agreement) and a zorgbeschrijving (care description).`,
    overeenkomstKop: "In the zorgovereenkomst",
    zorgSoort: "Which kind of care you agree on. For example personal care, nursing, support or help in the home.",
    prijs: (tarief: string, uren: string): string => `The price: ${tarief} an hour, ${uren} hours a week. This is what your budgetplan says.`,
    tekenenOvereenkomst: (naam: string): string => `You and ${naam} both sign the zorgovereenkomst.`,
    beschrijvingKop: "In the zorgbeschrijving",
    zorgbehoefte: "Which care you need.",
    welkeZorg: (naam: string): string => `Which care ${naam} gives.`,
    waarom: "Why that care is needed.",
    tekenenBeschrijving: (naam: string): string => `You and ${naam} both sign the zorgbeschrijving.`,
    ookKop: "Also look out for",
    kwaliteit: "The care is good and safe. This is called: kwalitatief verantwoord (of responsible quality).",
    verandering: "Does the care or the zorgverlener change later? Then you make a new zorgovereenkomst and zorgbeschrijving.",
  },

  aanleveren: {
    titel: "How do you send them to the zorgkantoor?",
    antwoord: "That is different for each zorgkantoor. There are 2 ways: the PGB Portaal (the online pgb portal) or a model zorgovereenkomst of the SVB.",
    puntVragen: "Ask your zorgkantoor if it works with the PGB Portaal.",
    puntVragenZorgkantoor: (naam: string, telefoon: string): string => `Call ${naam}, phone ${telefoon}. Ask if the zorgkantoor works with the PGB Portaal.`,
    puntPortaal: "Yes? Log in at www.mijnpgb.nl with DigiD. Make the zorgovereenkomst and the zorgbeschrijving there.",
    puntSvb:
      "No? Get a model zorgovereenkomst from the SVB: www.svb.nl/pgb or 030-264 82 00. Send the zorgovereenkomst and the zorgbeschrijving to the zorgkantoor.",
    puntAkkoord: "Wait for the zorgkantoor to approve. After that you can claim the costs (declareren).",
  },

  logeeropvang: {
    titel: "Logeeropvang (short stays)",
    antwoord: (maximum: number): string =>
      `Logeeropvang (short stays away from home) is possible: at most ${maximum} etmalen (a day and a night) a calendar year. There is no maximum rate for it.`,
    deeltijd: "You choose deeltijdverblijf (living part of the time in a care home). Then you cannot buy logeeropvang.",
    uitleg: "An etmaal is a day and a night. Add up the etmalen with all your zorgverleners.",
    regel: (maximum: number): string => `With a pgb you can buy at most ${maximum} etmalen of logeeropvang a calendar year.`,
    punt: (naam: string): string => `Do you buy logeeropvang from ${naam}? Put the number of etmalen in the zorgovereenkomst.`,
    uitkomstKop: (etmalen: number): string => (etmalen === 1 ? "Your number: 1 etmaal of logeeropvang" : `Your number: ${etmalen} etmalen of logeeropvang`),
    formKop: "Check it",
    label: "How many etmalen of logeeropvang do you want to buy this year?",
    hint: "Add up all zorgverleners. For example 14.",
    knop: "Check the number",
    fout: {
      leeg: "Fill in the number of etmalen.",
      geenGetal: "Fill in the number of etmalen as a whole number, for example 14.",
      negatief: "The number of etmalen cannot be less than 0.",
      teVeel: (maximum: number): string => `A year has at most ${maximum} etmalen. Fill in a smaller number.`,
    },
  },
};

export const pdf: Vertaling<Nl["pdf"]> = {
  metadata: {
    titel: "Checklist zorgovereenkomst pgb-Wlz (in English)",
    onderwerp: "Checklist for the zorgovereenkomst (care agreement) and the zorgbeschrijving (care description) with a zorgverlener (pgb Wlz, step 5)",
    auteur: algemeen.dienstnaam,
    producent: `${algemeen.dienstnaam} (pdf-lib)`,
    trefwoorden: ["zorgovereenkomst", "zorgbeschrijving", "pgb", "Wlz", "checklist"],
  },
  kop: "Checklist zorgovereenkomst",
  gemaakt: (datum: string): string => `Made with ${algemeen.dienstnaam} on ${datum}.`,
  helpt: "This checklist helps you. The zorgkantoor and the SVB decide.",
  voet: (naam: string): string => `Checklist zorgovereenkomst – ${naam}`,
  bron: `Source: brochure ${bronnen.brochure.titel} (in Dutch, ${bronnen.brochure.uitgever})`,
  pagina: (n: number, van: number): string => `Page ${n} of ${van}`,
};
