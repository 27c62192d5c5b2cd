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

/** What a person needs at hand for a step; `content/voorbereiden.ts` words each. */
export type Klaarleggen = "indicatiebesluit" | "woonwens-en-regie" | "persoonsgegevens" | "gewaarborgde-hulp" | "zorgverleners";

/**
 * How long a question step takes, honestly rounded up (docs/decisions/029-een-stappenregister.md,
 * addendum on time). `geteldePaginas` is the most question pages the estimate was made for:
 * stappen.test.ts fails when a step gets more, so a new page makes someone look at the minutes.
 */
export interface StapDuur {
  minuten: number;
  /** Stap 3: the form per zorgverlener (10 questions) comes on top, once for each. */
  perZorgverlener?: number;
  geteldePaginas: number;
}

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
  /** How long it takes (question steps only: the tools are read when the time comes). */
  duur?: StapDuur;
  /** What to have at hand before beginning, in order. */
  klaarleggen: readonly Klaarleggen[];
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
    // One question a page, up to 3 pages; finding the letter of the CIZ takes most of the time.
    duur: { minuten: 5, geteldePaginas: 3 },
    klaarleggen: ["indicatiebesluit"],
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
    // Two questions and a page to read about what is possible.
    duur: { minuten: 5, geteldePaginas: 3 },
    klaarleggen: ["woonwens-en-regie"],
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
    // 12 pages, about 20 questions of which two ask for a text in the person's own words; each
    // zorgverlener is a form of 10 questions on top.
    duur: { minuten: 20, perZorgverlener: 5, geteldePaginas: 12 },
    klaarleggen: ["indicatiebesluit", "persoonsgegevens", "gewaarborgde-hulp", "zorgverleners"],
  },
  // Steps 4–6 come after the aanvraag: tools for then, open once stap 3 is klaar. They have no
  // questions of their own; "Klaar met deze stap" on the step's page confirms it.
  { nummer: 4, slug: "toekenning", soort: "hulpmiddel", paginas: geenPaginas, na: "aanvraag", pad: "/aanvraag/toekenning", klaarleggen: [] },
  { nummer: 5, slug: "zorgovereenkomsten", soort: "hulpmiddel", paginas: geenPaginas, na: "aanvraag", pad: "/aanvraag/zorgovereenkomsten", klaarleggen: [] },
  { nummer: 6, slug: "declaraties", soort: "hulpmiddel", paginas: geenPaginas, na: "aanvraag", pad: "/aanvraag/declaraties", klaarleggen: [] },
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

/** "Pagina 4 van 12": where a page is among the question pages that apply to this draft. */
export interface StapDeel {
  nummer: number;
  aantal: number;
}

/**
 * The place of a question page within its step, counting only the pages that apply to these
 * answers. `null` for a page that is not one of them, or a step of one page (nothing to count).
 */
export function deelVanStap(slug: StapSlug, pagina: string, a: Antwoorden): StapDeel | null {
  const paginas = stap(slug).paginas(a);
  const index = paginas.indexOf(pagina);
  return index < 0 || paginas.length < 2 ? null : { nummer: index + 1, aantal: paginas.length };
}

/** Steps 1–3 together: the sum of their minutes and of their minutes per zorgverlener. */
export function duurVanDeAanvraag(): { minuten: number; perZorgverlener: number } {
  return stappenVanSoort("vragen").reduce(
    (som, s) => ({ minuten: som.minuten + (s.duur?.minuten ?? 0), perZorgverlener: som.perZorgverlener + (s.duur?.perZorgverlener ?? 0) }),
    { minuten: 0, perZorgverlener: 0 },
  );
}

/** What to have at hand for steps 1–3 together, each once, in the order the steps ask for it. */
export function klaarleggenVoorDeAanvraag(): Klaarleggen[] {
  return [...new Set(stappenVanSoort("vragen").flatMap((s) => s.klaarleggen))];
}
