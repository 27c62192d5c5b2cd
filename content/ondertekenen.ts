/**
 * Who signs what (components/ondertekenen-paneel.tsx, lib/delen/wie-ondertekent.ts): the
 * budgetplan on paper (AV-08) and the digital statement on this site, which is not a qualified
 * electronic signature. Dutch, B1. The person at the screen is "u".
 */
import type { Aanspreking } from "@/lib/wizard/types";
import { budgetplanVragen } from "./wizard/budgetplan";

export const ondertekenen = {
  kop: "Wie ondertekent wat?",
  papierKop: "Het budgetplan: met de hand ondertekenen",
  papierUitleg: (a: Aanspreking): string =>
    `Het budgetplan gaat mee met ${a.zelf ? "uw aanvraag" : `de aanvraag van ${a.naam}`}. Deze mensen zetten er hun handtekening op:`,
  /** Who signs on paper (AV-08): the words of the ondertekening page, here so the panel has them in each language. */
  papierRollen: budgetplanVragen.ondertekening.rollen,
  /** "De gewaarborgde hulp: Jan Jansen"; the role's words are those of the ondertekening page. */
  regel: (rol: string, wie: string): string => `${rol}: ${wie}`,
  u: "u",
  metDeHand: "Download de pdf en print die. Zet uw handtekening met de hand op het budgetplan. Dat kan altijd.",
  digitaalKop: "Op deze website: digitaal verklaren",
  digitaalUitleg:
    "Op deze website kunt u ook verklaren dat alles klopt. Dat doet u, omdat u de aanvraag invult. Is er een gewaarborgde hulp? Die verklaart het ook, met een eigen link.",
  geenOfficieel:
    "Let op: zo'n digitale verklaring is geen gekwalificeerde elektronische handtekening. Het is dus geen officiële handtekening. Het zorgkantoor ziet op de pdf wie iets verklaarde en wanneer. Wilt u alleen digitaal tekenen? Vraag dan eerst uw zorgkantoor of dat kan.",
  /** The lines of the digital statement: the person at the screen, then the gewaarborgde hulp. */
  uZelf: "U",
  gewaarborgdeHulp: "De gewaarborgde hulp",
  status: {
    nogNiet: "Nog niet digitaal verklaard",
    geldig: (tijdstip: string): string => `Digitaal verklaard op ${tijdstip}`,
  },
  naarDelen: "Digitaal verklaren of de gewaarborgde hulp een link sturen",
  /**
   * On the gewaarborgde hulp's share link (app/gedeeld/aanvraag/page.tsx) "u" is the gewaarborgde
   * hulp; whoever fills in the aanvraag is named by role.
   */
  gh: {
    digitaalUitleg:
      "Op deze website verklaart u ook dat alles klopt. Dat doet u met het formulier op deze pagina. Wie de aanvraag invult, verklaart het ook.",
    invuller: "Wie de aanvraag invult",
    geenOfficieel:
      "Let op: zo'n digitale verklaring is geen gekwalificeerde elektronische handtekening. Het is dus geen officiële handtekening. Het zorgkantoor ziet op de pdf wie iets verklaarde en wanneer.",
  },
} as const;
