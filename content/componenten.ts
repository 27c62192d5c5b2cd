/**
 * Words the shared components show on every page: error summary, buttons, task list, check page,
 * outcomes. Dutch, B1. Kept here (not in components/) so wording changes never touch markup.
 */
import type { Antwoord } from "@/rules/types";

/** The brochure has 6 steps; the wizard follows them one to one. */
export const AANTAL_STAPPEN = 6;

export type TaakStatus = "niet-begonnen" | "bezig" | "klaar" | "kan-nog-niet";

export const componenten = {
  fout: {
    samenvattingKop: "Er is een probleem",
    /** Read before every error message, so it is not shown by colour alone (WCAG 1.4.1). */
    voorvoegsel: "Fout:",
  },
  stap: {
    van: (nummer: number) => `Stap ${nummer} van ${AANTAL_STAPPEN}`,
    kort: (nummer: number) => `Stap ${nummer}`,
  },
  knoppen: {
    doorgaan: "Doorgaan",
    terug: "Terug",
    startNu: "Start nu",
  },
  samenvatting: {
    wijzig: "Wijzig",
  },
  status: {
    "niet-begonnen": "Nog niet begonnen",
    bezig: "Bezig",
    klaar: "Klaar",
    "kan-nog-niet": "Kan nog niet",
  } satisfies Record<TaakStatus, string>,
  uitkomst: {
    ja: "Mogelijk",
    nee: "Niet mogelijk",
    navragen: "Het zorgkantoor beslist",
  } satisfies Record<Antwoord, string>,
  reden: {
    regel: (id: string) => `Regel ${id}`,
    bron: (bron: string) => `Bron: ${bron}`,
  },
  /** The banner's heading when the page gives none. */
  melding: {
    info: "Belangrijk",
    succes: "Gelukt",
    waarschuwing: "Let op",
  },
  /** Without JavaScript there is no live character count, so say the limit up front (GOV.UK). */
  maximaalTekens: (aantal: number) => `U kunt maximaal ${aantal} tekens invullen.`,
} as const;
