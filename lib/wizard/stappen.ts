/**
 * The six steps of the brochure, in one place (docs/decisions/029-een-stappenregister.md): each
 * step's number, slug, kind, its question pages, after which step it may start and its own page.
 * The task list, the flow (journey.ts), the URLs (paden.ts) and every page's "Stap n van 6" read
 * them from here; no other module knows a step's number.
 *
 * Plain data and functions of the answers only, with no rules/ or content/ imports: the page
 * heading (a client component inside the question form) reads the numbers, so this module ends
 * up in the browser bundle. The conditions that need the rules (a zorgprofiel is known, a pgb is
 * possible) are named here and decided in journey.ts.
 */
import type { Antwoorden } from "./antwoorden";

export const STAP_SLUGS = ["indicatie", "keuze", "aanvraag", "toekenning", "zorgovereenkomsten", "declaraties"] as const;
export type StapSlug = (typeof STAP_SLUGS)[number];

/** `vragen`: steps 1–3, question pages and a check page. `hulpmiddel`: steps 4–6, tools for after the aanvraag, one page of their own. */
export type StapSoort = "vragen" | "hulpmiddel";

/** A condition on top of "the step before is klaar", decided in journey.ts (it needs the rules). */
export type StartVoorwaarde = "zorgprofiel-bekend" | "pgb-mogelijk";

export interface StapDefinitie {
  nummer: 1 | 2 | 3 | 4 | 5 | 6;
  slug: StapSlug;
  soort: StapSoort;
  /** The question pages that apply, in order, given the answers so far (none for a tool step). */
  paginas(a: Antwoorden): string[];
  /** The step that must be klaar (and could start) before this one may start; `null`: always open. */
  na: StapSlug | null;
  /** What else must hold before the step may start. */
  voorwaarde?: StartVoorwaarde;
  /** The step's own page: the check page of a question step, the tool page of the others. */
  pad: string;
}

/** Stap 3: the aanvraag's own questions, the budgetplan (Bijlage 3, deel 1–7), the zorgkantoor, then the gesprek. */
export const BUDGETPLAN_PAGINAS = [
  "persoonsgegevens",
  "budgetplan-zorgprofiel",
  "reden-pgb",
  "zorg-inkopen",
  "zorgverleners",
  "bedragen",
  "ondertekening",
] as const;

const geenPaginas = (): string[] => [];

export const STAPPEN: readonly StapDefinitie[] = [
  {
    nummer: 1,
    slug: "indicatie",
    soort: "vragen",
    // IND-01: without an indicatiebesluit, ask whether the Wlz fits; the age only matters for
    // where to go when it does not.
    paginas: (a) => {
      if (a.heeftIndicatie === "ja") return ["heeft-indicatie", "zorgprofiel"];
      if (a.heeftIndicatie === "nee") return ["heeft-indicatie", "zorgbehoefte", ...(a.zorgbehoefte === "nee" ? ["leeftijd"] : [])];
      return ["heeft-indicatie"];
    },
    na: null,
    pad: "/aanvraag/indicatie/controleren",
  },
  {
    nummer: 2,
    slug: "keuze",
    soort: "vragen",
    paginas: () => ["woonwens", "regie", "uitkomst"],
    // Stap 2 needs a zorgprofiel: every outcome there depends on it (LV-02, LV-03).
    na: "indicatie",
    voorwaarde: "zorgprofiel-bekend",
    pad: "/aanvraag/keuze/controleren",
  },
  {
    nummer: 3,
    slug: "aanvraag",
    soort: "vragen",
    paginas: () => ["vaardigheden", "gewaarborgde-hulp", "weigeringsgronden", ...BUDGETPLAN_PAGINAS, "zorgkantoor", "gesprek"],
    // Stap 3 is the pgb aanvraag: only when the chosen option has a pgb that is possible.
    na: "keuze",
    voorwaarde: "pgb-mogelijk",
    pad: "/aanvraag/aanvraag/controleren",
  },
  // Steps 4–6 come after the aanvraag: tools for then, open once stap 3 is klaar. They have no
  // questions of their own; "Klaar met deze stap" on the step's page confirms it.
  { nummer: 4, slug: "toekenning", soort: "hulpmiddel", paginas: geenPaginas, na: "aanvraag", pad: "/aanvraag/toekenning" },
  { nummer: 5, slug: "zorgovereenkomsten", soort: "hulpmiddel", paginas: geenPaginas, na: "aanvraag", pad: "/aanvraag/zorgovereenkomsten" },
  { nummer: 6, slug: "declaraties", soort: "hulpmiddel", paginas: geenPaginas, na: "aanvraag", pad: "/aanvraag/declaraties" },
];

/** "Stap n van 6": the 6. */
export const AANTAL_STAPPEN = STAPPEN.length;

const OP_SLUG: ReadonlyMap<string, StapDefinitie> = new Map(STAPPEN.map((s) => [s.slug, s]));

/** The step of a known slug. */
export function stap(slug: StapSlug): StapDefinitie {
  const gevonden = OP_SLUG.get(slug);
  if (gevonden === undefined) throw new Error(`Onbekende stap ${slug}`);
  return gevonden;
}

/** The step of a slug from outside (a URL, a form): `null` when there is none, never a throw. */
export function zoekStap(slug: unknown): StapDefinitie | null {
  return typeof slug === "string" ? (OP_SLUG.get(slug) ?? null) : null;
}

/** The steps of one kind, in order. */
export function stappenVanSoort(soort: StapSoort): readonly StapDefinitie[] {
  return STAPPEN.filter((s) => s.soort === soort);
}
