/** The English of content/delen.ts: sharing and co-signing, and the page a share link opens. */
import type { delen as nl } from "@/content/delen";
import type { Vertaling } from "@/content/vertaling";

export const delen: Vertaling<typeof nl> = {
  overzicht: {
    kop: "Share and sign",
    uitleg: "Let someone read along, or let the gewaarborgde hulp (the person who guarantees the care) sign the budgetplan (budget plan).",
    link: "Go to share and sign",
    status: (aantal: number) => (aantal === 1 ? "1 signature is on the budgetplan." : `${aantal} signatures are on the budgetplan.`),
    vernieuwen: "A signature must be made again: the application was changed after it was signed.",
  },
  pagina: {
    titel: "Share and sign",
    terug: "Back to your application",
    handtekeningenKop: "Signatures",
    geenHandtekeningen: "Nobody has signed the budgetplan digitally yet.",
    nogNietKlaar: "You can sign when the budgetplan (budget plan) is finished.",
    naarBudgetplan: "Continue with the budgetplan",
    zelfKop: "Sign yourself",
    zelfKopGh: "Sign yourself as gewaarborgde hulp",
    opnieuwKop: "Sign again",
    linksKop: "Let someone read along or sign",
    linksUitleg: [
      "Make a link for someone else. With a link to read along, someone can read your application but not change anything. For example a family member or someone who works at the zorgkantoor (the care office of your region).",
      "With a link for the gewaarborgde hulp (the person who guarantees the care), that person can read your application and sign the budgetplan.",
      "Anyone with the link can read your answers. So only send the link to that one person. You can always withdraw a link straight away.",
    ],
    maakKnop: "Make the link",
    ghZelf: "You are the gewaarborgde hulp yourself. You sign above. A link for the gewaarborgde hulp is then not needed.",
    geenGh: "Your application does not name a gewaarborgde hulp. So you can only make a link to read along.",
    uwLinksKop: "Your links",
    geenLinks: "You have not made any links yet.",
    linkLabel: (rol: string) => `Link for ${rol}`,
    gemaakt: (datum: string) => `Made on ${datum}`,
    geldigTot: (datum: string) => `Works until ${datum}`,
    kopieer: "Copy the link",
    gekopieerd: "The link has been copied.",
    intrekken: "Withdraw the link",
    intrekkenVoor: (rol: string, datum: string) => `: link for ${rol}, made on ${datum}`,
    meldingen: {
      nieuw: { titel: "The link has been made", tekst: "Copy the link below and send it to the person it is for." },
      ingetrokken: { titel: "The link has been withdrawn", tekst: "The link no longer works. Anyone who opens it can no longer read your application." },
      ondertekend: { titel: "You have signed", tekst: "Your signature is now on the budgetplan." },
      nietGevonden: { titel: "This link no longer exists", tekst: "Maybe it was already withdrawn or had expired." },
    },
  },
  rollen: {
    meekijken: "reading along",
    "gewaarborgde-hulp": "the gewaarborgde hulp",
  },
  gedeeld: {
    titel: "A shared application for a pgb",
    meekijken: {
      titel: "You are reading along",
      tekst: "You can read this application. You cannot change or sign anything.",
    },
    gewaarborgdeHulp: {
      titel: "You are the gewaarborgde hulp",
      tekst: "Read the application and the budgetplan. They are below the form to sign. Is everything correct? Then sign with that form.",
    },
    naarAntwoorden: "First read the application and the budgetplan",
    geldigTot: (datum: string) => `This link works until ${datum}.`,
    antwoordenVan: (naam: string | null): string =>
      naam === null
        ? "Below are the answers as the applicant filled them in. 'You' means the applicant."
        : `Below are the answers as they were filled in for ${naam}.`,
    stapKop: (nummer: number, titel: string) => `Step ${nummer}: ${titel}`,
    leeg: "Nothing has been filled in here yet.",
    budgetplanKop: "The budgetplan",
    pdf: "Download the budgetplan (pdf)",
    handtekeningenKop: "Signatures",
    ondertekenKop: "Sign as gewaarborgde hulp",
    nogNietKlaar: (naam: string | null): string =>
      naam === null
        ? "The budgetplan is not finished yet. You can sign when the applicant has filled in the budgetplan."
        : `${naam}'s budgetplan is not finished yet. You can sign when the budgetplan has been filled in.`,
    eigenLink:
      "You made this link yourself. Only the gewaarborgde hulp can sign with this link. Send the link to the gewaarborgde hulp.",
    geenGh: (naam: string | null): string =>
      naam === null
        ? "The application does not name a gewaarborgde hulp. Ask the applicant to fill in the gewaarborgde hulp first."
        : `${naam}'s application does not name a gewaarborgde hulp. Ask ${naam} to fill in the gewaarborgde hulp first.`,
    alleenMeekijken: "With this link you can only read along. You cannot change or sign anything.",
    datum: (datum: string) => `Date of signing: ${datum} (today).`,
    ondertekenKnop: "Sign the budgetplan",
    alGetekend: "You have signed the budgetplan. Does the applicant change something after that? Then you will see here that you must sign again.",
    ondertekend: { titel: "You have signed", tekst: "Your signature is now on the budgetplan. The applicant can see that you have signed." },
    naamAnders:
      "This name is different from the name of the gewaarborgde hulp in the application. Check how you wrote your name. Is it still not right? Ask the applicant which name is in the application.",
    naamNietGetoond:
      "Your name, phone number and email address are not on this page. This way only you can sign: you fill in your name yourself.",
  },
  mislukt: {
    titel: "This link does not work (any more)",
    redenen: {
      verlopen: "This link has expired. Links only work for a limited time, and never longer than the application is kept. Ask the applicant for a new link.",
      "niet-gevonden": "This link does not work. Maybe the applicant withdrew it, or the application was deleted. Ask the applicant for a new link.",
      "sleutel-onjuist": "The link is not quite right. Copy the whole link and try again.",
      geen: "You have not opened a link. Open the link you were given.",
    },
    home: "Go to the start page",
  },
};
