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
  // rules/zorgovereenkomst.ts: the zorgovereenkomst and zorgverlener (ZO-01, ZO-03 … ZO-08, LV-05);
  // tarieven in cents, { vanaf } as jjjj-mm-dd, { soort } a TariefSoort, days, etmalen and years as numbers.
  "zo.overeenkomst",
  "zo.zorgbeschrijving",
  "zo.akkoord",
  "zo.aangenomen-kvk",
  "zo.professioneel-instelling",
  "zo.professioneel-big",
  "zo.professioneel-zzp",
  "zo.familie-niet-professioneel",
  "zo.relatie-onbekend",
  "zo.geen-registratie",
  "zo.geen-uurtarief",
  "zo.tarief-onbekend",
  "zo.binnen-maximum",
  "zo.boven-maximum-professioneel",
  "zo.boven-maximum",
  "zo.tussen-maxima",
  "zo.tarief-jaarlijks",
  "zo.logeer-binnen",
  "zo.logeer-boven",
  "zo.logeer-deeltijd",
  "zo.logeer-geen-deeltijd",
  "zo.logeer-geen-maximumtarief",
  "zo.geen-loonbelasting-instelling",
  "zo.geen-loonbelasting-familie",
  "zo.geen-loonbelasting-zzp",
  "zo.geen-loonbelasting-opdracht",
  "zo.loonbelasting-meer-dagen",
  "zo.loonbelasting-opting-in",
  "zo.geen-loonbelasting-weinig-dagen",
  "zo.loonbelasting-dagen-onbekend",
  "zo.svb-beoordeelt",
  "zo.portaal",
  "zo.svb",
  "zo.welke-route",
  "zo.kwaliteit",
  // rules/budgetplan.ts: the total against the pgb (BP-02); amounts in cents.
  "bp.geen-zorgverleners",
  "bp.totaal",
  "bp.binnen-budget",
  "bp.buiten-budget",
  // rules/identificatie.ts: which number identifies a zorgverlener (BP-04) and whether it is right (BP-04, BP-05).
  "id.kvk",
  "id.bsn",
  "id.kvk-of-bsn",
  "id.bsn-ongeldig",
  "id.kvk-ongeldig",
  // rules/indicatie.ts: does the Wlz fit, where else to go, the CIZ decides (IND-01, IND-02, IND-04); gegevens { weken }.
  "ind.geen-wlz",
  "ind.verwijzing-volwassene",
  "ind.verwijzing-jeugd",
  "ind.verwijzing-leeftijd-onbekend",
  "ind.wlz-past-misschien",
  "ind.wlz-onbekend",
  "ind.ciz-beslist",
  "ind.geen-einddatum",
  "ind.wijziging-melden",
  "ind.intrekken",
  // rules/zorgprofiel.ts: reading and naming the zorgprofiel (IND-03, IND-05); gegevens { zorgprofiel, omschrijving }.
  "zp.leeg",
  "zp.onbekend",
  "zp.in-bijlage-4",
  "zp.niet-in-bijlage-4",
  // rules/aanvraag.ts: the self-check (AV-01), the zorgkantoor's part (AV-03 … AV-07), the
  // gewaarborgde hulp's facts (AV-04, with av.hulp-geschikt above) and who signs (AV-08); gegevens { aantal }.
  "av.vaardigheden-alles-ja",
  "av.vaardigheden-niet-alles",
  "av.vaardigheden-onbeantwoord",
  "av.per-saldo",
  "av.zorgkantoor-kan-vragen",
  "av.geen-bezwaar",
  "av.keuzegesprek",
  "av.controle",
  "av.weigering-bewuste-keuzegesprek",
  "av.weigering-failliet",
  "av.weigering-wsnp",
  "av.weigering-geen-vast-woonadres",
  "av.weigering-niet-in-nederland",
  "av.hulp-wie",
  "av.hulp-wijziging-melden",
  "av.ondertekening-budgetplan",
  "av.ondertekening-wettelijk-vertegenwoordiger",
  "av.ondertekening-gewaarborgde-hulp",
  "av.ondertekening-budgethouder",
  "av.ondertekening-misschien-ook",
  "av.ondertekening-onbekend",
  // rules/leveringsvorm.ts: the other leveringsvormen and why (LV-01, LV-03 … LV-13, AV-06, AV-07);
  // gegevens { zorgprofiel } as written, { dagen } per 14 in the instelling.
  "lv.failliet",
  "lv.wsnp",
  "lv.geen-vast-woonadres",
  "lv.buitenland",
  "lv.instelling-met-dagbesteding",
  "lv.instelling-zonder-dagbesteding",
  "lv.instelling-dagbesteding-onbekend",
  "lv.instelling-navragen",
  "lv.woonsituatie-onbekend",
  "lv.niet-in-bijlage-4",
  "lv.zorgkantoor-beoordeelt",
  "lv.vpt",
  "lv.mpt",
  "lv.pgb-met-mpt",
  "lv.pgb-met-mpt-geen-pgb",
  "lv.verblijf",
  "lv.verblijf-wachtlijst",
  "lv.geen-deeltijd-zorgprofiel",
  "lv.deeltijd-buiten-bereik",
  "lv.deeltijd-binnen-bereik",
  "lv.deeltijd-uitleg",
  "lv.deeltijd-voorwaarden",
  "lv.deeltijd-voorwaarden-zonder-pgb",
  "lv.deeltijd-zorgkantoor-beoordeelt",
  "lv.wens-thuis-zelf",
  "lv.wens-thuis-zorgkantoor",
  "lv.wens-thuis-allebei",
  "lv.wens-instelling-zorgkantoor",
  "lv.wens-instelling-zelf",
  "lv.wens-instelling-allebei",
  "lv.wens-deeltijd",
  "lv.deeltijd-zorg-thuis-zorgkantoor",
  "lv.deeltijd-zorg-thuis-zelf",
  "lv.deeltijd-zorg-thuis-allebei",
  "lv.deeltijd-zorg-thuis-zonder-pgb",
  // rules/declaratie.ts: declaraties and the verantwoordingsvrij bedrag (DE-01 … DE-07); amounts in
  // cents, dates as jjjj-mm-dd, { weken } and { basispunten } as numbers.
  "de.start-portaal",
  "de.start-svb",
  "de.welke-route",
  "de.nog-niet-goedgekeurd",
  "de.goedkeuring-onbekend",
  "de.nog-niet-verwerkt",
  "de.verwerking-onbekend",
  "de.portaal",
  "de.svb",
  "de.termijn",
  "de.te-laat",
  "de.vast-maandloon",
  "de.geen-vast-maandloon",
  "de.vvb-geen-zorg",
  "de.vvb-berekening",
  "de.vvb-minimum",
  "de.vvb-maximum",
  "de.vvb-pgb-onder-minimum",
  "de.vvb-niets-over",
  "de.vvb-over-onder-minimum",
  "de.vvb-niet-meer-dan-over",
  "de.vvb-voorwaarde",
  "de.vvb-uitkomst",
  "de.vvb-opvragen",
  "de.vvb-geen",
  "de.budgetoverzicht",
  "de.vaststelling",
  "de.salarisadministratie",
  "de.ziekte",
  "de.verzekering",
  // rules/toekenning.ts: the toekenning, toeslagen, eigen bijdrage and the end of the pgb (TK-01 … TK-05);
  // amounts in cents, years and ages as numbers, { toeslag: "wooninitiatief" | "kwaliteit-vv" },
  // { grond } one of EINDGRONDEN or EINDGRONDEN_GEWAARBORGDE_HULP.
  "tk.beschikking",
  "tk.svb",
  "tk.looptijd",
  "tk.nieuwe-beschikking",
  "tk.hoogte",
  "tk.wooninitiatief",
  "tk.wooninitiatief-mogelijk",
  "tk.geen-wooninitiatief",
  "tk.kwaliteit-vv",
  "tk.kwaliteit-vv-mogelijk",
  "tk.geen-kwaliteit-vv",
  "tk.toeslag-bedrag",
  "tk.toeslag-onbekend",
  "tk.eigen-bijdrage-verschuldigd",
  "tk.eigen-bijdrage-niet-verschuldigd",
  "tk.cak-rekening",
  "tk.inkomensafhankelijk",
  "tk.met-mpt",
  "tk.ingangsdatum",
  "tk.cak",
  "tk.schatting-inleiding",
  "tk.schatting-berekening",
  "tk.schatting-minimum",
  "tk.schatting-maximum",
  "tk.schatting-korting",
  "tk.schatting-aanname",
  "tk.eindgrond",
  "tk.wijzigingen-melden",
  "tk.opzegtermijnen",
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
  // lib/: what the zorg-inkopen page (LV-10), the zorgovereenkomst checklist (ZO-05, gegevens
  // { maximum } in etmalen) and the eigen-bijdrage page (TK-03) say beside the rules' own reasons.
  "lv.geen-pgb-voor-behandeling",
  "zo.logeer-maximum",
  "tk.eigen-bijdrage-mpt",
] as const;

export type RedenCode = (typeof REDEN_CODES)[number];
