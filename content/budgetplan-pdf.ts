/**
 * Words on the budgetplan PDF (lib/budgetplan/pdf.ts). The headings, column names and footnotes
 * follow Bijlage 3 of the brochure word for word (BP-01, AV-08), so the zorgkantoor recognises
 * its own form; the rest is B1 Dutch. Values arrive already formatted.
 */
import { algemeen } from "./algemeen";
import { bronnen } from "./bronnen";

export const budgetplanPdf = {
  metadata: {
    titel: "Budgetplan persoonsgebonden budget Wlz",
    onderwerp: "Budgetplan (Bijlage 3) bij de aanvraag van een persoonsgebonden budget uit de Wet langdurige zorg",
    auteur: algemeen.dienstnaam,
    producent: `${algemeen.dienstnaam} (pdf-lib)`,
    trefwoorden: ["budgetplan", "pgb", "Wlz", "zorgkantoor"],
  },
  kop: "Budgetplan – Persoonsgebonden budget Wlz",
  aangemaakt: (datum: string) => `Ingevuld met ${algemeen.dienstnaam} op ${datum}.`,
  /** Running head on every page after the first, so a loose page can be put back. */
  lopendeKop: (achternaam: string, geboortedatum: string) =>
    ["Budgetplan pgb-Wlz", achternaam, geboortedatum === "" ? "" : `geboren ${geboortedatum}`].filter((s) => s !== "").join(" – "),
  bron: `Bijlage 3 van de brochure Zelf uw zorg inkopen in 6 stappen (${bronnen.brochure.uitgever})`,
  pagina: (n: number, van: number) => `Pagina ${n} van ${van}`,
  secties: {
    persoonsgegevens: "1. Mijn persoonsgegevens",
    indicatie: "2. Mijn indicatie",
    redenKeuzePgb: "3. Reden keuze pgb",
    zorgInkopen: "4. De zorg die ik wil gaan inkopen",
    inkoopZorg: "5. Inkoop zorg",
    bedragPerZorgverlener: "6. Bedrag per zorgverlener",
    ondertekening: "7. Ondertekening",
  },
  /** A section continued on a vervolgblad (BP-06). */
  vervolg: (sectie: string) => `${sectie} (vervolg)`,
  persoonsgegevens: {
    achternaam: "Achternaam aanvrager",
    geboortedatum: "Geboortedatum",
    bsn: "BSN",
  },
  indicatie: { zorgprofiel: "Zorgprofiel" },
  redenKeuzePgb: { vraag: "Waarom kiest u voor pgb en niet voor Zorg in Natura?" },
  zorgInkopen: { vraag: "Welke zorg wilt u inkopen?" },
  inkoopZorg: {
    vraag: "Bij welke zorgverleners wilt u zorg gaan inkopen?",
    kolomNaam: "Naam",
    kolomPlaats: "Plaats",
    kolomKvkOfBsn: "KVK-nummer/ BSN*",
    voetnoot:
      "* Wanneer u zorg inkoopt bij een professionele organisatie/instelling dan heeft deze een KVK-nummer. U kunt het KVK-nummer opvragen bij de organisatie/instelling. Koopt u zorg in bij een informele zorgverlener, vult u dan zijn/ haar Burgerservicenummer (BSN) in.",
  },
  bedragPerZorgverlener: {
    vraag: "Welk bedrag wilt u per zorgverlener gaan besteden?",
    kolomNaam: "Naam",
    kolomUren: "Aantal uur per week",
    kolomUurtarief: "Uurtarief",
    kolomWeken: "Gemiddeld aantal weken per maand",
    kolomPerMaand: "Kosten per maand",
    kolomMaanden: "Maanden in het jaar",
    kolomPerJaar: "Kosten per jaar",
    totaal: "Totaal",
    subtotaalBlad: (blad: number) => (blad === 1 ? "Subtotaal blad 1" : `Subtotaal vervolgblad ${blad}`),
    totaalAlleBladen: (aantal: number, bladen: number) =>
      `Totaal van alle ${aantal} zorgverleners (blad 1 tot en met ${bladen})`,
    /** BP-03: the form rounds per month to whole euros; show the unrounded figure where it differs. */
    afronding: (zonderAfronden: string) =>
      `Kosten per maand zijn afgerond op hele euro's, zoals in het voorbeeld van het budgetplan. Zonder afronden: ${zonderAfronden}.`,
    afrondingRij: (rij: string, bedrag: string) => `${rij} ${bedrag}`,
  },
  geenZorgverleners: "Nog geen zorgverleners ingevuld.",
  /** BP-06: sheet 1 holds rows A–F; every further six get their own sheet. */
  vervolgblad: (blad: number) => `Vervolgblad ${blad}`,
  vervolgbladUitleg: (blad: number, van: number, tot: number, achternaam: string) =>
    `Hoort bij het budgetplan${achternaam === "" ? "" : ` van ${achternaam}`}. Op het formulier is plaats voor 6 zorgverleners (A tot en met F). Dit blad heeft zorgverlener ${van}${tot === van ? "" : ` tot en met ${tot}`}, in de rijen ${blad}A en verder.`,
  /** BP-06: the row's letter, with the sheet number on a vervolgblad so "A" is never ambiguous. */
  rijCode: (blad: number, letter: string) => (blad === 1 ? letter : `${blad}${letter}`),
  ondertekening: {
    opsturen: "Stuur dit budgetplan als bijlage bij het aanvraagformulier op naar het zorgkantoor.",
    zorgkantoor: (naam: string, telefoon: string, website: string) =>
      [`Uw zorgkantoor: ${naam}`, telefoon === "" ? "" : `telefoon ${telefoon}`, website].filter((s) => s !== "").join(", ") + ".",
    vervolgbladen: (bladen: number) =>
      bladen === 2
        ? "Bij dit budgetplan hoort 1 vervolgblad (blad 2) met meer zorgverleners."
        : `Bij dit budgetplan horen ${bladen - 1} vervolgbladen (blad 2 tot en met ${bladen}) met meer zorgverleners.`,
    naam: "Naam",
    relatie: "Relatie tot budgethouder*",
    datum: "Datum ondertekening",
    handtekening: "Handtekening:",
    voetnootVertegenwoordiger:
      "* Is er sprake van een wettelijk vertegenwoordiger (ouders, bewindvoerder, mentor of curator) en/of gewaarborgde hulp? Deze persoon moet dan het formulier ondertekenen.",
    voetnootBudgethouder: "Geen wettelijke vertegenwoordiger/ gewaarborgde hulp? Dan tekent de budgethouder zelf.",
    /** Signatures made in the service (lib/delen/handtekeningen.ts), under the blocks to sign by hand. */
    digitaal: {
      kop: "Digitaal ondertekend",
      uitleg: `Deze handtekeningen zijn gezet in ${algemeen.dienstnaam}. Een handtekening geldt voor de aanvraag zoals die was op het moment van ondertekenen. Het is geen gekwalificeerde elektronische handtekening.`,
      geldig: (rol: string, naam: string, tijdstip: string, viaDeellink = false) =>
        `${rol}: ${naam}, ${tijdstip}${viaDeellink ? ", ondertekend via een gedeelde link" : ""}.`,
      /** AV-04: the gewaarborgde hulp confirmed both statements. */
      verklaringen: "Verklaringen AV-04 bevestigd.",
      vernieuwen: (rol: string, naam: string, tijdstip: string, viaDeellink = false) =>
        `${rol}: ${naam} ondertekende op ${tijdstip}${viaDeellink ? " via een gedeelde link" : ""}, maar de aanvraag is daarna gewijzigd: deze handtekening geldt niet meer.`,
    },
  },
} as const;

/**
 * The page at the end of the budgetplan PDF for a reader of the English site
 * (lib/budgetplan/pdf.ts, docs/decisions/032-talen.md): what the Dutch form is, what each
 * section means, the totals and what to do next. The PDF adds it only in English; these Dutch
 * words are the model its English (content/en/budgetplan-pdf.ts) is checked against. Section
 * names are the form's own (`budgetplanPdf.secties`), kept as they are.
 */
export const budgetplanUitleg = {
  kop: "Over dit budgetplan",
  inleiding:
    "Deze pagina legt het formulier op de pagina's hiervoor uit. Ze hoort niet bij het formulier: u hoeft haar niet naar het zorgkantoor te sturen.",
  watKop: "Wat dit formulier is",
  wat: "Het budgetplan laat zien hoe u uw pgb wilt besteden: welke zorg u inkoopt, bij wie, en wat dat kost. Het is Bijlage 3 van de brochure Zelf uw zorg inkopen in 6 stappen.",
  voorWieKop: "Voor wie het is",
  voorWie: "Het zorgkantoor beoordeelt uw aanvraag met dit budgetplan. Daarom is het formulier in het Nederlands: zo kent het zorgkantoor het.",
  zorgkantoor: (naam: string, telefoon: string, website: string) =>
    [`Uw zorgkantoor: ${naam}`, telefoon === "" ? "" : `telefoon ${telefoon}`, website].filter((s) => s !== "").join(", ") + ".",
  sectiesKop: "Wat elk deel betekent",
  secties: {
    persoonsgegevens: "Uw achternaam, geboortedatum en BSN.",
    indicatie: "Uw zorgprofiel, zoals in het indicatiebesluit van het CIZ.",
    redenKeuzePgb: "Waarom u een pgb kiest en geen zorg in natura.",
    zorgInkopen: "De zorg die u wilt inkopen, in uw eigen woorden.",
    inkoopZorg: "Uw zorgverleners: naam, plaats en KVK-nummer (organisatie) of BSN (persoon).",
    bedragPerZorgverlener: (weken: string, maanden: string) =>
      `Per zorgverlener: uren per week × uurtarief × ${weken} weken = kosten per maand; × ${maanden} maanden = kosten per jaar. Totaal is alle zorgverleners samen.`,
    ondertekening:
      "De budgethouder tekent. Is er een wettelijk vertegenwoordiger of gewaarborgde hulp? Dan tekent die persoon.",
  },
  vervolgbladen: (bladen: number) =>
    `Vervolgblad: het formulier heeft plaats voor 6 zorgverleners. De anderen staan op ${bladen === 2 ? "1 vervolgblad" : `${bladen - 1} vervolgbladen`}.`,
  totalenKop: "De bedragen",
  zorgverleners: "Zorgverleners",
  perMaand: "Kosten per maand",
  perJaar: "Kosten per jaar (Totaal)",
  verderKop: "Wat u nu doet",
  verder: [
    "Lees de Nederlandse pagina's na. Klopt alles?",
    "Vul bij 7. Ondertekening de datum in en zet uw handtekening.",
    "Stuur het budgetplan met het aanvraagformulier naar het zorgkantoor.",
    "Bewaar een kopie voor uzelf.",
  ],
  voet: "Uitleg bij het budgetplan. Hoort niet bij het formulier.",
  pagina: "Extra pagina",
} as const;
