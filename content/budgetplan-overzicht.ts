/**
 * Words of the budgetplan overview: the table of sums (BP-02, BP-03) and the warnings beside it
 * (ZO-02, ZO-04, ZO-06, BP-02). B1 Dutch, the reader is "u". Amounts, hours and years arrive
 * already formatted ("€ 1.624,00", "7,5", "2026"). Warnings help; they never stop anyone.
 */
import { componenten } from "./componenten";

export const budgetplanOverzicht = {
  tabel: {
    bijschrift: "Bedrag per zorgverlener",
    /** Name of the scroll area around the table: on a small screen it scrolls sideways. */
    scrollgebied: "Tabel met het bedrag per zorgverlener. Is het scherm te smal? Schuif de tabel dan opzij.",
    kolomNaam: "Naam",
    kolomUren: "Uren per week",
    kolomUurtarief: "Uurtarief",
    kolomWeken: (weken: string) => `× weken per maand (${weken})`,
    kolomPerMaand: "Kosten per maand",
    kolomMaanden: (maanden: number) => `× maanden (${maanden})`,
    kolomPerJaar: "Kosten per jaar",
    totaal: "Totaal",
    /** A phone shows each row as the paper form's sum. */
    somPerMaand: (uren: string, tarief: string, weken: string, perMaand: string) => `${uren} uur × ${tarief} × ${weken} = ${perMaand} per maand`,
    somPerJaar: (perMaand: string, maanden: string, perJaar: string) => `${perMaand} × ${maanden} = ${perJaar} per jaar`,
    /** BP-03: the sum and the rounded figure the plan uses, when they differ. */
    afgerond: (onafgerond: string, afgerond: string) => `${onafgerond}, afgerond ${afgerond}`,
    geenZorgverleners: "U heeft nog geen zorgverleners ingevuld. Daarom is er nog geen bedrag.",
  },

  waarschuwingen: {
    /** Heading above one zorgverlener's warnings. */
    perZorgverlener: (naam: string) => `Let op bij ${naam}`,
    /** The disclosure with the rules a warning rests on. */
    waarom: componenten.reden.waarom,

    /** ZO-04: above the maximum. */
    tariefBovenMaximum: {
      titel: "Het uurtarief is hoger dan het maximum",
      tarief: (tarief: string, maximum: string, soort: string, jaar: string) =>
        `U wilt ${tarief} per uur betalen. Het maximumtarief ${soort} is ${maximum} per uur in ${jaar}.`,
      soortProfessioneel: "voor een professionele zorgverlener",
      soortNietProfessioneel: "voor een niet-professionele zorgverlener",
      watDoenProfessioneel:
        "Meer betalen mag alleen met toestemming van het zorgkantoor. Dat kan alleen voor zorg waarvoor de Nederlandse Zorgautoriteit (NZa) een hoger tarief heeft vastgesteld. Vraag het zorgkantoor om toestemming, of spreek een lager uurtarief af.",
      watDoenNietProfessioneel: "U mag niet meer betalen dan het maximumtarief. Spreek een lager uurtarief af.",
    },
    /** ZO-04: the maximum for the year is not in our data. */
    tariefMaximumOnbekend: {
      titel: (jaar: string) => `Wij weten het maximumtarief voor ${jaar} nog niet`,
      tekst: (jaar: string) =>
        `Voor het uurtarief geldt een maximum. Dat maximum verandert elk jaar. Wij weten het maximumtarief voor ${jaar} nog niet. Daarom controleren wij uw uurtarief niet.`,
      watDoen:
        "Kijk op de website van uw zorgkantoor. Zoek daar naar de vergoedingslijst of de maximumtarieven. Is uw uurtarief hoger? Overleg dan met uw zorgkantoor.",
    },
    /** ZO-04: between the two maxima, or otherwise for the zorgkantoor to say. */
    tariefNavragen: {
      titel: "Vraag na of dit uurtarief mag",
      tekst: (tarief: string) =>
        `U wilt ${tarief} per uur betalen. Of dat mag, hangt ervan af of de zorgverlener professioneel is. Vraag het na bij uw zorgkantoor.`,
    },
    /** ZO-02 */
    werkgever: {
      titel: "U wordt werkgever",
      aangenomen:
        "U weet nog niet welke overeenkomst u sluit. Wij gaan uit van een arbeidsovereenkomst. Dat is gebruikelijk als de zorgverlener geen instelling, geen zzp'er en geen familie is. Weet u het later wel? Pas het dan aan.",
      watBetekentHet:
        "Met een arbeidsovereenkomst bent u werkgever. Dan geldt het arbeidsrecht. U betaalt bijvoorbeeld het loon door als uw zorgverlener ziek is. Uw zorgverlener bouwt vakantiedagen op. En wilt u stoppen? Dan geldt een opzegtermijn.",
      hulp: "U staat er niet alleen voor. De SVB doet de salarisadministratie voor u.",
    },
    /** ZO-06 */
    loonbelasting: {
      titel: "Er gaat loonbelasting af",
      tekst:
        "De SVB houdt loonbelasting en premies in. De SVB betaalt dat geld uit uw pgb aan de Belastingdienst. Uw zorgverlener krijgt dus minder uitbetaald: een netto bedrag.",
      watDoen: "Het uurtarief in uw budgetplan is een bruto tarief. Houd daar rekening mee als u het uurtarief afspreekt.",
    },
    /** BP-02 */
    bovenBudget: {
      titel: "Uw plan kost meer dan uw pgb",
      tekst: (totaal: string, pgb: string, verschil: string) =>
        `Uw zorgverleners kosten samen ${totaal} per jaar. U verwacht een pgb van ${pgb} per jaar. Dat is ${verschil} te weinig.`,
      watDoen: "Spreek minder uren of een lager uurtarief af. Of overleg met uw zorgkantoor.",
    },
  },
} as const;
