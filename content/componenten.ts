/**
 * Words the shared components show on every page: error summary, buttons, task list, check page,
 * outcomes. Dutch, B1. Kept here (not in components/) so wording changes never touch markup.
 */
import type { Antwoord } from "@/rules/types";

/**
 * The last two are stap 3's once it is klaar: klaar does not mean sent; the person sends the
 * aanvraag themselves (docs/decisions/031-burgerpaginas.md).
 */
export type TaakStatus = "niet-begonnen" | "bezig" | "klaar" | "kan-nog-niet" | "klaar-om-te-versturen" | "verstuurd";

export const componenten = {
  /** A glossary term linked at its first use on a page (lib/begrippen.ts). */
  begrip: {
    /** Read after the term: the entry opens beside the form, so nothing typed is lost. */
    nieuwTabblad: "Uitleg van dit woord. Opent in een nieuw tabblad.",
  },
  fout: {
    samenvattingKop: "Er is een probleem",
    /** Read before every error message, so it is not shown by colour alone (WCAG 1.4.1). */
    voorvoegsel: "Fout:",
  },
  stap: {
    /** "Stap 2 van 6"; the numbers come from lib/wizard/stappen.ts. */
    van: (nummer: number, aantal: number) => `Stap ${nummer} van ${aantal}`,
    kort: (nummer: number) => `Stap ${nummer}`,
    /**
     * "Pagina 4 van 12": a question page within its step, under the h1 (lib/wizard/stappen.ts
     * deelVanStap). Not "Deel": the budgetplan's own parts already say "Budgetplan, deel 1 van 7".
     */
    deel: (nummer: number, aantal: number) => `Pagina ${nummer} van ${aantal}`,
  },
  knoppen: {
    doorgaan: "Doorgaan",
    terug: "Terug",
    startNu: "Start nu",
  },
  samenvatting: {
    wijzig: "Wijzig",
  },
  /** "Bewaren en later verder" under every step page (app/aanvraag/bewaar-link.tsx). */
  bewaarLink: {
    knop: "Bewaren en later verder",
    /** Under a form, above the link: the link saves nothing itself (docs/decisions/017). */
    eerstKnop: "Heeft u op deze pagina iets ingevuld? Druk dan eerst op de knop hierboven. Anders is het niet bewaard.",
  },
  onthul: {
    /**
     * "Alleen invullen als u ja kiest.": at the top of a revealed block, only where the browser
     * shows the block whatever is chosen (components/onthul.tsx).
     */
    alleenBij: (optie: string) => `Alleen invullen als u ${optie.toLowerCase()} kiest.`,
  },
  status: {
    "niet-begonnen": "Nog niet begonnen",
    bezig: "Bezig",
    klaar: "Klaar",
    "kan-nog-niet": "Kan nog niet",
    "klaar-om-te-versturen": "Klaar om te versturen",
    verstuurd: "Verstuurd",
  } satisfies Record<TaakStatus, string>,
  /** "Verstuurd op 04-12-2026". */
  statusOp: (status: string, datum: string) => `${status} op ${datum}`,
  uitkomst: {
    ja: "Mogelijk",
    nee: "Niet mogelijk",
    navragen: "Het zorgkantoor beslist",
  } satisfies Record<Antwoord, string>,
  /**
   * One way to cite a rule everywhere: "Regel AV-02 · Bron: Stap 3, Gewaarborgde hulp" (the
   * component Bronvermelding), or in running text "(Regel AV-02, Bron: …)": the same words in
   * the same order, a comma where the eye gets a dot.
   */
  reden: {
    regel: (id: string) => `Regel ${id}`,
    bron: (bron: string) => `Bron: ${bron}`,
    /** The citation inside a sentence of plain text. */
    inTekst: (id: string, bron: string) => `(Regel ${id}, Bron: ${bron})`,
    /** The disclosure with the citations of one outcome. */
    waarom: (regels: readonly string[]) =>
      regels.length === 1 ? `Waarom? (regel ${regels.join("")})` : `Waarom? (regels ${regels.slice(0, -1).join(", ")} en ${regels.at(-1) ?? ""})`,
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
