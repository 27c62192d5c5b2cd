/**
 * Who runs the service and how to reach them, and the feedback link.
 *
 * PLAATSHOUDER: the address below is a placeholder on a reserved `.example` domain (RFC 2606),
 * which receives no mail. Whoever runs this service puts its own address here before going live
 * (docs/decisions/031-burgerpaginas.md).
 */
export const CONTACT_ADRES = "reactie@pgb-wlz-aanvragen.example";

export const contact = {
  titel: "Contact",
  wieKop: "Wie maakt deze website?",
  wie: [
    "Deze website is een hulpmiddel om een pgb uit de Wet langdurige zorg aan te vragen. De website is niet van een zorgkantoor, van het CIZ of van de Sociale Verzekeringsbank (SVB).",
    "De website beslist niets. Het zorgkantoor beslist over uw aanvraag.",
  ],
  plaatshouder: "Let op: dit is nog een voorbeeldadres. De beheerder van de website vult hier het echte adres in.",
  mailKop: "Een vraag over deze website",
  mail: "Mail ons op",
  nietSturenKop: "Stuur ons nooit uw link of uw BSN",
  nietSturen:
    "Wij kunnen uw aanvraag niet zien. Dat is zo gemaakt om uw gegevens te beschermen. Stuur ons daarom geen persoonlijke link, geen BSN en geen gegevens over uw gezondheid.",
  zorgkantoorKop: "Een vraag over uw pgb of uw aanvraag",
  zorgkantoor: "Vragen over uw pgb, uw indicatie of uw aanvraag stelt u aan uw zorgkantoor.",
  zorgkantoorLink: "Zoek uw zorgkantoor",
  reactieKop: "Geef uw mening",
  reactie:
    "Wat vond u van deze website? Was iets onduidelijk, of werkte iets niet? Uw reactie helpt ons de website beter te maken. Zeg op welke pagina het was.",
  reactieLink: "Stuur uw reactie per e-mail",
  reactieOnderwerp: "Reactie op Pgb Wlz aanvragen",
} as const;
