/**
 * The page after stap 3: nothing has been sent; what to send, to which zorgkantoor, who still
 * signs, what happens next, and "Ik heb het verstuurd" (docs/decisions/031-burgerpaginas.md).
 * Dutch, B1. The person at the screen is "u"; the applicant is named when someone fills in for them.
 */
import type { Aanspreking } from "@/lib/wizard/types";

const vanAanvrager = (a: Aanspreking): string => (a.zelf ? "uw aanvraag" : `de aanvraag van ${a.naam}`);

export const versturen = {
  titel: "De aanvraag versturen",
  terug: "Terug naar het overzicht",
  nietVerstuurd: {
    titel: (a: Aanspreking): string => `${a.zelf ? "Uw aanvraag" : `De aanvraag van ${a.naam}`} is nog niet verstuurd`,
    tekst: (a: Aanspreking): string =>
      `Stap 3 is klaar, maar deze website verstuurt niets. U stuurt ${vanAanvrager(a)} zelf naar het zorgkantoor. Hieronder staat hoe.`,
  },
  antwoordenLink: "Bekijk of wijzig de antwoorden van stap 3",
  watKop: "Wat stuurt u op?",
  watUitleg: "Stuur deze papieren samen naar het zorgkantoor:",
  naarWieKop: "Naar welk zorgkantoor?",
  zorgkantoor: {
    naam: "Zorgkantoor",
    regio: (regio: string, zorgverzekeraar: string): string => `Zorgkantoor ${regio} (${zorgverzekeraar})`,
    telefoon: "Telefoon",
    website: "Website",
    adres: "Adres",
    adresOnbekend: "Het adres staat niet in de brochure. U vindt het op de website van het zorgkantoor. U kunt het ook vragen aan de telefoon.",
  },
  daarnaKop: "Wat gebeurt er daarna?",
  /** The brochure gives no time for the gesprek or the toekenning; this says so instead of guessing. */
  geenTermijn: "De brochure noemt geen termijn voor het gesprek en voor het besluit. Wilt u weten hoe lang het duurt? Vraag het uw zorgkantoor.",
  verstuurdKop: "Heeft u de aanvraag verstuurd?",
  verstuurdUitleg: "Zet een vinkje als u de aanvraag naar het zorgkantoor heeft gestuurd. Dan ziet u in het overzicht dat het verstuurd is, en wanneer. Wij sturen niets door.",
  verstuurdLabel: "Ik heb de aanvraag naar het zorgkantoor gestuurd",
  verstuurdKnop: "Opslaan",
  /** The checkbox's hint once ticked: the day, and how to undo it. */
  verstuurdOp: (datum: string): string => `U heeft dit aangevinkt op ${datum}. Klopt dat niet? Haal het vinkje weg en klik op Opslaan.`,
  verstuurdMelding: {
    titel: "U heeft de aanvraag verstuurd",
    tekst: (datum: string): string => `U gaf op ${datum} aan dat u de aanvraag naar het zorgkantoor heeft gestuurd. Het zorgkantoor nodigt u daarna uit voor een gesprek.`,
  },
} as const;
