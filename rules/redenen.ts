/**
 * A reason is data, not a sentence (docs/decisions/028-redenen-als-gegevens.md): which rule of
 * docs/regels.md decided (`regel`), where in the brochure to read it (`bron`), what it found
 * (`code`) and the facts it used (`gegevens`: cents, weeks, a country, a date as jjjj-mm-dd).
 * The words, for each reader, live in the content layer (`redenTekst`, decision 028); rules/ holds none.
 */
import { REGELS, type RegelId } from "./regels";

/** One fact a rule used. Money in cents, dates as jjjj-mm-dd, counts as numbers. */
export type Feit = string | number | boolean | null;
export type Gegevens = Readonly<Record<string, Feit>>;

export interface Reden {
  regel: RegelId;
  bron: string;
  code: RedenCode;
  gegevens: Gegevens;
}

/**
 * Builds a reason; the `bron` always comes from the catalogue, so it cannot drift per call site.
 * `code` names what the rule found; the content layer has words for every code (its table
 * `satisfies Record<RedenCode, …>`).
 */
export function reden(regel: RegelId, code: RedenCode, gegevens: Gegevens = {}): Reden {
  return { regel, bron: REGELS[regel], code, gegevens };
}

/**
 * The reason codes. The prefix names the family (the module of rules/ that decides), the rest
 * what it found. Stable: the API returns them (docs/api.md).
 */
export const REDEN_CODES = [
  /** Not yet data: a family whose words are still fixed in the rule, for the applicant only. */
  "vaste-tekst",
  // rules/aanvraag.ts: the gewaarborgde hulp (AV-02 … AV-04); gegevens { zorgprofiel } as written ("ZP 5 VV").
  "av.hulp-verplicht",
  "av.hulp-niet-verplicht",
  "av.hulp-ontbreekt",
  "av.hulp-onbekend",
  "av.hulp-geschikt",
  // rules/leveringsvorm.ts: a pgb possible or not (LV-02, LV-12).
  "lv.geen-pgb-zorgprofiel",
  "lv.pgb-thuis",
  "lv.pgb-wooninitiatief",
  // rules/zorgovereenkomst.ts: werkgever or opdrachtgever (ZO-02); gegevens { wie: "instelling" | "zzp" | "familie" }.
  "zo.werkgever",
  "zo.opdrachtgever",
  "zo.aangenomen-opdracht",
  "zo.aangenomen-arbeid",
  // rules/budgetplan.ts: the total against the pgb (BP-02); amounts in cents.
  "bp.geen-zorgverleners",
  "bp.totaal",
  "bp.binnen-budget",
  "bp.buiten-budget",
  // rules/buitenland.ts: a stay abroad (TK-06, TK-07); gegevens { land } as an ISO code ("ES", or as typed when unknown), weeks and percentages as numbers.
  "bl.eer",
  "bl.zwitserland",
  "bl.elders",
  "bl.palliatief-terminaal",
  "bl.palliatief-terminaal-vraag",
  "bl.binnen-maximum",
  "bl.boven-maximum",
  "bl.onbekend-land",
  "bl.nederland",
  "bl.duur-onbekend",
  "bl.meldplicht",
  "bl.geen-meldplicht",
  "bl.verlaging",
  "bl.verlaging-percentage-onbekend",
  "bl.verlaging-mogelijk",
  "bl.verlaging-mogelijk-percentage-onbekend",
  "bl.geen-verlaging-kort",
  "bl.geen-verlaging-nederlandse-zorgverleners",
  "bl.logeeropvang-binnen-eu",
  "bl.logeeropvang-buiten-eu",
  "bl.logeeropvang-onbekend-land",
  // rules/zorgkantoor.ts, rules/zorgkantoor-zoeken.ts: which zorgkantoor (ZK-01, ZK-02); gegevens hold names as the tables write them, a postcode's 4 digits, the table's date or year.
  "zk.regio-bepaalt",
  "zk.regio",
  "zk.bron",
  "zk.aantal",
  "zk.gemeente",
  "zk.woonplaats",
  "zk.woonplaats-vroeger",
  "zk.woonplaats-was-gemeente",
  "zk.woonplaats-gesplitst",
  "zk.ook-elders",
  "zk.postcode",
  "zk.postcode-vroeger",
  "zk.postcode-gesplitst",
  "zk.postcode-lijst",
  "zk.postcode-onbekend",
  "zk.niets-gevonden",
  "zk.indeling",
  // rules/budgetplan.ts: the sums per zorgverlener and the form (BP-01, BP-02, BP-03, BP-06); amounts in cents, hours in hundredths, weeks per month as a fraction.
  "bp.som-per-maand",
  "bp.afgerond",
  "bp.som-per-jaar",
  "bp.extra-blad",
  "bp.onderdelen",
  // lib/declaraties/budget.ts: the budget over the year (TK-01, BP-02); gegevens { einde } as jjjj-mm-dd, amounts in cents.
  "tk.budget-tot-einde-jaar",
  "bp.plan-kosten",
  // lib/wizard/vragen/uitkomst.ts: what the pgb package holds (LV-10).
  "lv.pgb-geen-behandeling",
] as const;

export type RedenCode = (typeof REDEN_CODES)[number];

/**
 * Transitional, for families not yet converted (docs/decisions/028): the applicant's ("u") sentence
 * as the only fact. `redenTekst` shows it unchanged to every reader.
 */
export function vasteTekst(regel: RegelId, tekst: string): Reden {
  return reden(regel, "vaste-tekst", { tekst });
}
