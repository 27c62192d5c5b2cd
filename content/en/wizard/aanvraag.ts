/**
 * The English of content/wizard/aanvraag.ts: stap 3, the aanvraag at the zorgkantoor (AV-01 …
 * AV-08). Dutch names (zorgkantoor, pgb, gewaarborgde hulp, WSNP) stay and are explained once.
 */
import { perSaldo, type vaardigheidLabels as vaardigheidLabelsNl } from "@/content/redenen/aanvraag";
import type { aanvraagVragen as nl } from "@/content/wizard/aanvraag";
import type { Vertaling } from "@/content/vertaling";
import type { Aanspreking } from "@/lib/wizard/types";

export const aanvraagVragen: Vertaling<typeof nl> = {
  vaardigheden: {
    titel: (a: Aanspreking): string => (a.zelf ? "Is a pgb right for you?" : `Is a pgb right for ${a.naam}?`),
    uitleg: (a: Aanspreking): string[] => [
      a.zelf
        ? "With a pgb (persoonsgebonden budget, a personal budget) you arrange your own care. That takes a lot. Below are 10 things you need to know and be able to do."
        : `With a pgb (persoonsgebonden budget, a personal budget) ${a.naam} arranges the care, or someone helps with it. That takes a lot. Below are 10 things that are needed.`,
      "This is a test for yourself. The zorgkantoor (the care office of your region) does not see your answers. Is there something you cannot do (yet)? That is fine. You then get advice about help.",
      `Want to know more? ${perSaldo.naam} helps people with a pgb: ${perSaldo.website}.`,
    ],
    label: (a: Aanspreking): string => (a.zelf ? "Tick what fits you" : `Tick what fits ${a.naam}`),
    hint: (a: Aanspreking): string =>
      a.zelf
        ? "Tick everything that is true. Is nothing true? Just go on."
        : `The sentences say ‘you’. That means ${a.naam}, or whoever helps ${a.naam} with the pgb. Tick everything that is true. Is nothing true? Just go on.`,
    antwoord: (aantal: number, totaal: number): string =>
      aantal === 0 ? "Nothing ticked" : aantal === totaal ? `All ${totaal} points ticked` : `${aantal} of the ${totaal} points ticked`,
  },
  gewaarborgdeHulp: {
    titel: (a: Aanspreking): string =>
      a.zelf ? "Someone who helps you: the gewaarborgde hulp" : `Someone who helps ${a.naam}: the gewaarborgde hulp`,
    watKop: "What is a gewaarborgde hulp?",
    wat: (a: Aanspreking): string =>
      a.zelf
        ? "A gewaarborgde hulp (guaranteed helper) is someone who helps you with the care and the paperwork of the pgb. For example a family member, a friend or a financial administrator (bewindvoerder)."
        : `A gewaarborgde hulp (guaranteed helper) is someone who helps ${a.naam} with the care and the paperwork of the pgb. For example a family member, a friend or a financial administrator (bewindvoerder).`,
    verplichtKop: "Is a gewaarborgde hulp required?",
    zonderHulp: "Is there nobody who wants to do this? You can still finish the questions. But the zorgkantoor will then refuse the aanvraag (application).",
    zelfGewaarborgdeHulp: "You fill this in as the gewaarborgde hulp. Then choose yes and enter your own details.",
    vraag: (a: Aanspreking): string => (a.zelf ? "Do you have a gewaarborgde hulp?" : `Does ${a.naam} have a gewaarborgde hulp?`),
    vraagHint: "Do you choose yes? Then enter the details below.",
    leeg: "Choose yes or no for the question about the gewaarborgde hulp.",
    naamLabel: "Name of the gewaarborgde hulp",
    naamLeeg: "Enter the name of the gewaarborgde hulp.",
    relatieLabel: (a: Aanspreking): string => (a.zelf ? "How is this person related to you?" : `How is this person related to ${a.naam}?`),
    relatieHint: "For example: daughter, neighbour or financial administrator.",
    relatieLeeg: "Enter how the gewaarborgde hulp is related to the applicant. For example: daughter.",
    wvLabel: (a: Aanspreking): string =>
      a.zelf ? "Is this person also your legal representative?" : `Is this person also the legal representative of ${a.naam}?`,
    wvHint: "A legal representative (wettelijk vertegenwoordiger) is for example a parent, a curator, a mentor or a bewindvoerder.",
    wvLeeg: "Choose yes or no for the question about the legal representative.",
    telefoonLabel: "Phone number of the gewaarborgde hulp (optional)",
    telefoonFout: "This phone number is not right. Enter it like 06 12345678 or +31 6 12345678.",
    emailLabel: "Email address of the gewaarborgde hulp (optional)",
    emailFout: "This email address is not right. Enter it like name@example.nl.",
    rijen: {
      naam: "Name",
      relatie: "Relationship",
      wettelijkVertegenwoordiger: "Also legal representative",
      telefoon: "Phone number",
      email: "Email address",
    },
  },
  weigeringsgronden: {
    titel: "Questions about debts and housing",
    uitleg: [
      "The zorgkantoor checks a few things about money and housing. Sometimes a pgb is then not possible. That is why we ask now. Then you know where you stand.",
      "Your answers stay with you. We do not send anything on.",
    ],
    waaromKop: "Why does the zorgkantoor ask this?",
    failliet: {
      vraag: (a: Aanspreking): string => (a.zelf ? "Have you been declared bankrupt?" : `Has ${a.naam} been declared bankrupt?`),
      hint: "Declared bankrupt means: a court has decided that the debts can no longer be paid.",
      leeg: "Choose yes or no for the question about being declared bankrupt.",
    },
    wsnp: {
      vraag: (a: Aanspreking): string =>
        a.zelf ? "Are you in statutory debt restructuring (WSNP)?" : `Is ${a.naam} in statutory debt restructuring (WSNP)?`,
      hint: "The WSNP is the Dutch law on debt restructuring for individuals (Wet schuldsanering natuurlijke personen). A court then decides on a plan to get rid of the debts. A payment plan or debt help from the municipality is something else.",
      leeg: "Choose yes or no for the question about debt restructuring (WSNP).",
    },
    vastWoonadres: {
      vraag: (a: Aanspreking): string => (a.zelf ? "Do you have a fixed home address?" : `Does ${a.naam} have a fixed home address?`),
      hint: "A fixed home address is a fixed place where someone lives. For example an owned home, a rented home or a group home.",
      leeg: "Choose yes or no for the question about a fixed home address.",
    },
    woontInNederland: {
      vraag: (a: Aanspreking): string => (a.zelf ? "Do you live in the Netherlands?" : `Does ${a.naam} live in the Netherlands?`),
      hint: "Going on holiday does not count. Then someone still lives in the Netherlands.",
      leeg: "Choose yes or no for the question about living in the Netherlands.",
    },
  },
  gesprek: {
    titel: "The talk with the zorgkantoor",
    watKop: "What is the bewuste-keuzegesprek?",
    wat: "In the bewuste-keuzegesprek (the talk about your choice) the zorgkantoor discusses whether a pgb is a good solution.",
    wieKop: "Who takes part in the talk?",
    wie: (a: Aanspreking, gewaarborgdeHulp: string | null): string[] => [
      a.zelf
        ? "Someone from the zorgkantoor talks with you. Do you have a gewaarborgde hulp? Then they take part too."
        : `Someone from the zorgkantoor talks with ${a.naam}. Is there a gewaarborgde hulp? Then they take part too.`,
      ...(gewaarborgdeHulp === null ? [] : [`The gewaarborgde hulp is ${gewaarborgdeHulp}.`]),
    ],
    voorbereidenKop: "How to prepare",
    voorbereiden: [
      "Read the 10 points about arranging a pgb again. Think about what you need help with.",
      "Write down which care is needed. For example: washing and dressing, or doing the shopping together.",
      "Write down who will give the care.",
      "Think about why you want a pgb and not zorg in natura (care arranged by the zorgkantoor).",
      "Write down your questions and take them with you.",
    ],
    documentenKop: "Send these papers to the zorgkantoor",
    zorgkantoorKop: "Send the aanvraag here",
  },
  zorgkantoor: {
    titel: (a: Aanspreking): string => (a.zelf ? "Where do you live?" : `Where does ${a.naam} live?`),
    uitleg:
      "Where the applicant lives decides which zorgkantoor (care office) handles the aanvraag. Each region has 1 zorgkantoor.",
    label: "Postcode, town or municipality",
    hint: "For example 5038 AB, Weesp or Tilburg.",
    leeg: "Enter the postcode, the town or the municipality.",
    niets: "We do not know this place. Check the spelling, or enter the municipality.",
    postcodeOnbekend: "We do not know this postcode. Enter the town or the municipality.",
    keuzes: (lijst: string): string => `There are more places with this name: ${lijst}. Enter the municipality.`,
    keuze: (naam: string, gemeente: string): string => `${naam} (municipality of ${gemeente})`,
    keuzeGemeente: (naam: string): string => `the municipality of ${naam}`,
    gevondenKop: "Your zorgkantoor",
    naam: (regio: string, zorgverzekeraar: string): string => `Zorgkantoor ${regio} (${zorgverzekeraar})`,
    gevonden: (regio: string, zorgverzekeraar: string): string => `Zorgkantoor ${regio}, run by ${zorgverzekeraar}.`,
    contact: (website: string, telefoon: string): string => `Website: ${website}. Phone: ${telefoon}.`,
    postcodeControleren:
      "We found the municipality from the postcode. That data is from 2014. Is the municipality wrong? Then enter the municipality below.",
    postcodeControlerenElders:
      "We found the municipality from the postcode. That data is from 2014. Is the municipality wrong? Then go to the question about where you live in step 3. Enter the municipality there.",
    rij: "Zorgkantoor",
    rijWoonplaats: "Town or postcode",
    antwoord: (regio: string, gemeente: string | null): string =>
      gemeente === null ? `Zorgkantoor ${regio}` : `Zorgkantoor ${regio} (municipality of ${gemeente})`,
  },
};

/**
 * The English of vaardigheidLabels (content/redenen/aanvraag.ts): the ten points of AV-01 as the
 * stap 3 self-check shows them. They are options of this question, so they live with its words.
 */
export const vaardigheidLabels: Vertaling<typeof vaardigheidLabelsNl> = {
  "overzicht-zorgvraag": "You know well which care you need, or which care the person you arrange the pgb for needs.",
  "regels-kennen": "You know the rules and duties of the pgb. Or you know where to find them, for example online.",
  administratie: "You can keep clear records. So you know what the money of the pgb is spent on.",
  communiceren: "You can keep good contact with the municipality, the health insurer or the zorgkantoor, the SVB and the care providers.",
  "zelfstandig-kiezen": "You can make your own decisions and choose a care provider yourself.",
  "afspraken-vastleggen": "You can make agreements and write them down. And you can explain what the money was spent on.",
  "kwaliteit-beoordelen": "You can judge whether the care is good and suits you. And you can explain why.",
  "zorg-regelen-bij-afwezigheid": "You can plan the care providers so that the care goes on, also during holidays and illness.",
  "zorgverleners-aansturen": "You can tell care providers what to do. And you can speak to them when the work does not go well.",
  "kennis-werkgeverschap": "You know enough about the rules for employers and clients. Or you know where to find that information.",
};
