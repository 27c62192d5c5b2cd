/** The English of content/handtekeningen.ts: the sign forms, the AV-04 statements, the share-link form. */
import type { handtekeningTekst as nl } from "@/content/handtekeningen";
import type { Vertaling } from "@/content/vertaling";

export const handtekeningTekst: Vertaling<typeof nl> = {
  rollen: {
    aanvrager: {
      zelf: "Budgethouder (budget holder)",
      "wettelijk-vertegenwoordiger": "Wettelijk vertegenwoordiger (legal representative)",
      familie: "Family member, on behalf of the budgethouder",
      onbekend: "Applicant",
    },
    gewaarborgdeHulp: "Gewaarborgde hulp",
  },
  tijdstip: (datum: string, tijd: string) => `${datum} at ${tijd}`,
  getekend: (naam: string, tijdstip: string) => `Signed by ${naam} on ${tijdstip}.`,
  verklaringenBevestigd: "The statements about the gewaarborgde hulp have been confirmed (AV-04).",
  viaDeellink: "Signed through a shared link.",
  naamVerborgen: "(name not shown)",
  status: {
    geldig: "Valid",
    vernieuwen: "Sign again: the application was changed after it was signed",
  },
  verklaringen: {
    geschikt:
      "I am the gewaarborgde hulp. I help the budgethouder with the care and with the administration of the pgb. I know that the zorgkantoor judges whether I can do that well.",
    "wijzigingen-melden":
      "If I stop as gewaarborgde hulp, or someone else starts helping the budgethouder, I will tell the zorgkantoor.",
  },
  formulier: {
    naamLabel: "Your full name",
    naamHint: "This is how your name will appear under the budgetplan.",
    naamHintNamens: "Fill in your own name, not the budgethouder's. This is how your name will appear under the budgetplan.",
    naamHintGh: (naam: string) => `The application names this gewaarborgde hulp: ${naam}. Fill in your name the same way.`,
    naamHintDeellink: "Fill in your first name and surname, as the applicant put them in the application.",
    akkoordLabel: "Is everything correct?",
    akkoordOptie: "I have read the application and the budgetplan. Everything is correct and complete.",
    geschiktLabel: "Statement 1: being the gewaarborgde hulp",
    wijzigingenLabel: "Statement 2: reporting changes",
    bron: (regel: string, bron: string) => `This is in the brochure: ${bron} (rule ${regel}).`,
  },
  deellink: {
    rolLabel: "Who is the link for?",
    rollen: {
      meekijken: { label: "Someone who reads along", hint: "Can read the application. Cannot change or sign anything." },
      "gewaarborgde-hulp": {
        label: (naam: string) => (naam === "" ? "The gewaarborgde hulp" : `The gewaarborgde hulp: ${naam}`),
        hint: "Can read the application and sign the budgetplan.",
      },
    },
    geldigLabel: "How long does the link work?",
    geldigHint: "A link never works longer than the application is kept.",
    geldig: {
      "7": "7 days",
      "14": "14 days",
      aanvraag: "As long as the application is kept",
    },
  },
  fouten: {
    naamLeeg: "Fill in the name of the person who signs.",
    akkoordLeeg: "Tick the box if everything is correct. Is something not right? Then change the application first.",
    geschiktLeeg: "Tick statement 1 to sign as gewaarborgde hulp.",
    wijzigingenLeeg: "Tick statement 2 to sign as gewaarborgde hulp.",
    rolLeeg: "Choose who the link is for.",
    geldigLeeg: "Choose how long the link works.",
  },
};
