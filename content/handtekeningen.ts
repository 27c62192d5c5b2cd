/**
 * Words of the digital signatures of the budgetplan (lib/delen/handtekeningen.ts and
 * lib/delen/formulieren.ts): the sign forms, the AV-04 statements of the gewaarborgde hulp, the
 * share-link form, who signed and whether it still holds. Dutch, B1. The signer is always the
 * person at the screen, so the forms say "u"; the texts of the PDF are in content/budgetplan-pdf.ts.
 */
export const handtekeningTekst = {
  /** Who signed, as the first words of a line ("Gewaarborgde hulp: Jan Jansen, …"). */
  rollen: {
    /** The owner of the application, by who fills it in (voorWie). */
    aanvrager: {
      zelf: "Budgethouder",
      "wettelijk-vertegenwoordiger": "Wettelijk vertegenwoordiger",
      familie: "Familielid, namens de budgethouder",
      /** voorWie unknown, or changed after signing. */
      onbekend: "Aanvrager",
    },
    gewaarborgdeHulp: "Gewaarborgde hulp",
  },
  /** "24-11-2026 om 16:30" (Europe/Amsterdam). */
  tijdstip: (datum: string, tijd: string) => `${datum} om ${tijd}`,
  getekend: (naam: string, tijdstip: string) => `Ondertekend door ${naam} op ${tijdstip}.`,
  verklaringenBevestigd: "De verklaringen over de gewaarborgde hulp zijn bevestigd (AV-04).",
  /** A signature made by whoever held the gewaarborgde hulp's share link. */
  viaDeellink: "Ondertekend via een gedeelde link.",
  /** A name a share link does not show: the gewaarborgde hulp's, to whoever holds their link. */
  naamVerborgen: "(naam niet getoond)",
  status: {
    geldig: "Geldig",
    vernieuwen: "Opnieuw ondertekenen: de aanvraag is gewijzigd na het ondertekenen",
  },
  /**
   * AV-04 (Stap 3, Gewaarborgde hulp), as the gewaarborgde hulp declares it: the zorgkantoor
   * judges whether they are fit to keep charge of the care and the administration; a change
   * must be reported.
   */
  verklaringen: {
    geschikt:
      "Ik ben de gewaarborgde hulp. Ik help de budgethouder met de zorg en met de administratie van het pgb. Ik weet dat het zorgkantoor beoordeelt of ik dat goed kan.",
    "wijzigingen-melden":
      "Stop ik als gewaarborgde hulp, of gaat iemand anders de budgethouder helpen? Dan meld ik dat aan het zorgkantoor.",
  },
  formulier: {
    naamLabel: "Uw volledige naam",
    naamHint: "Zo komt uw naam onder het budgetplan te staan.",
    naamHintNamens: "Vul uw eigen naam in, niet die van de budgethouder. Zo komt uw naam onder het budgetplan te staan.",
    naamHintGh: (naam: string) => `In de aanvraag staat als gewaarborgde hulp: ${naam}. Vul uw naam op dezelfde manier in.`,
    /** On the share link: the name is asked, never shown (docs/decisions/022-links-openen.md). */
    naamHintDeellink: "Vul uw voornaam en achternaam in, zoals de aanvrager die in de aanvraag heeft gezet.",
    akkoordLabel: "Klopt alles?",
    akkoordOptie: "Ik heb de aanvraag en het budgetplan gelezen. Alles klopt en is volledig ingevuld.",
    geschiktLabel: "Verklaring 1: gewaarborgde hulp zijn",
    wijzigingenLabel: "Verklaring 2: veranderingen melden",
    /** Where a statement comes from, e.g. ("AV-04", "Stap 3, Gewaarborgde hulp"). */
    bron: (regel: string, bron: string) => `Dit staat in de brochure: ${bron} (regel ${regel}).`,
  },
  deellink: {
    rolLabel: "Voor wie is de link?",
    rollen: {
      meekijken: { label: "Iemand die meekijkt", hint: "Kan de aanvraag lezen. Kan niets veranderen en niets ondertekenen." },
      "gewaarborgde-hulp": {
        label: (naam: string) => (naam === "" ? "De gewaarborgde hulp" : `De gewaarborgde hulp: ${naam}`),
        hint: "Kan de aanvraag lezen en het budgetplan ondertekenen.",
      },
    },
    geldigLabel: "Hoe lang werkt de link?",
    geldigHint: "Een link werkt nooit langer dan de aanvraag bewaard blijft.",
    geldig: {
      "7": "7 dagen",
      "14": "14 dagen",
      aanvraag: "Zolang de aanvraag bewaard blijft",
    },
  },
  fouten: {
    naamLeeg: "Vul de naam in van wie ondertekent.",
    akkoordLeeg: "Zet een vinkje als alles klopt. Klopt er iets niet? Pas dan eerst de aanvraag aan.",
    geschiktLeeg: "Zet een vinkje bij verklaring 1 om te ondertekenen als gewaarborgde hulp.",
    wijzigingenLeeg: "Zet een vinkje bij verklaring 2 om te ondertekenen als gewaarborgde hulp.",
    rolLeeg: "Kies voor wie de link is.",
    geldigLeeg: "Kies hoe lang de link werkt.",
  },
} as const;
