/**
 * ZK-01: which zorgkantoor, from where someone lives. The person types a gemeente, a woonplaats
 * or a postcode; the answer names the 2025 gemeente and its zorgkantoorregio, with reasons.
 *
 * - A gemeente of 2025 (`data/gemeenten.ts`) decides: that table is the answer.
 * - A woonplaats or postcode goes through the 4pp table of 2014 (`data/postcodes.ts`) to a
 *   gemeente. That table is old, so a postcode only *suggests* a gemeente that the person confirms.
 * - A name that fits more than one place gives `keuzes`: the person picks. A guess could send
 *   them to the wrong zorgkantoor.
 *
 * SERVER ONLY: this module imports the postcode table. Only server code and the API import it;
 * no other rules module re-exports it.
 *
 * Every index is built once, at module load; a search is a few Map look-ups and one binary search.
 */
import { GEMEENTEN, PEILDATUM_GEMEENTEN } from "./data/gemeenten";
import { PEILJAAR_POSTCODES, PLAATSEN } from "./data/postcodes";
import { normaliseerPostcode } from "./identificatie";
import { reden } from "./redenen";
import type { Reden } from "./types";
import { zorgkantoorRedenen, zorgkantoorVoorRegio, type Zorgkantoor } from "./zorgkantoor";

/** A gemeente of 1 January 2025. */
export interface Gemeente {
  /** CBS gemeentecode, "GM0855" */
  code: string;
  /** As CBS writes it: "'s-Hertogenbosch", "Súdwest Fryslân" */
  naam: string;
}

export interface Keuze {
  /** The gemeente's name, or the woonplaats as the postcode table writes it */
  naam: string;
  soort: "gemeente" | "woonplaats";
  /** `null` for a woonplaats of a gemeente that was split up (see `data/postcodes.ts`) */
  gemeente: Gemeente | null;
  zorgkantoor: Zorgkantoor;
}

export type Suggestie = Keuze | { naam: string; soort: "postcode"; postcode: string; gemeente: Gemeente | null; zorgkantoor: Zorgkantoor };

export type ZoekUitkomst =
  | { soort: "leeg" }
  | { soort: "gemeente"; gemeente: Gemeente; zorgkantoor: Zorgkantoor; redenen: Reden[] }
  | {
      soort: "woonplaats";
      woonplaats: string;
      gemeente: Gemeente | null;
      /** The 2014 gemeente when it is not (the name of) the 2025 one: "Weesp" for Weesp → Amsterdam */
      vroegereGemeente: string | null;
      zorgkantoor: Zorgkantoor;
      redenen: Reden[];
    }
  | {
      soort: "postcode";
      /** "1381" or "1381 AB" */
      postcode: string;
      woonplaats: string;
      /** Suggested; the person confirms it. `null` when the 2014 gemeente was split up. */
      gemeente: Gemeente | null;
      vroegereGemeente: string | null;
      zorgkantoor: Zorgkantoor;
      redenen: Reden[];
    }
  | { soort: "postcode-onbekend"; postcode: string; redenen: Reden[] }
  | { soort: "keuzes"; keuzes: Keuze[]; /** more places fit than are listed: type more letters */ meer: boolean }
  | { soort: "niets"; invoer: string; redenen: Reden[] };

/** Longer input names no place (the longest gemeente name has 30 characters). The API refuses it. */
export const MAX_ZOEKLENGTE = 100;
/** At most this many `keuzes`. */
export const MAX_KEUZES = 10;

/**
 * Lower case, accents off (NFKD: "Súdwest-Fryslân" → "sudwest fryslan"), every character
 * other than a letter or digit a space (hyphen, apostrophe, dot, comma, brackets), spaces
 * collapsed, and the old articles 's and 't dropped in front: "'s-Hertogenbosch",
 * "s-Hertogenbosch" and "Hertogenbosch" all become "hertogenbosch". "Den" is not dropped:
 * Den Helder, Den Burg and Den Ham are names of their own; see ALIASSEN.
 */
export function normaliseerPlaatsnaam(s: string): string {
  return s
    .toLowerCase()
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .replace(/^[st] (?=\S)/, "");
}

/**
 * Everyday names of gemeenten that CBS writes otherwise (normalised → CBS name). Small on
 * purpose. Den Helder needs none: it is called Den Helder. The postcode table says "Den Haag",
 * the gemeente table "'s-Gravenhage".
 */
const ALIASSEN: Readonly<Record<string, string>> = {
  "den bosch": "'s-Hertogenbosch",
  "den haag": "'s-Gravenhage",
  // Its Dutch name until 2015
  "de friese meren": "De Fryske Marren",
};

// --- indexes, built once ------------------------------------------------------------------------

/** The data tests hold the generated tables together; a gap here is a programming error. */
function verplicht<T>(waarde: T | null | undefined, wat: string): T {
  if (waarde === null || waarde === undefined) throw new Error(`zorgkantoor-zoeken: ${wat} ontbreekt in de data`);
  return waarde;
}

const zorgkantoorVan = (zkCode: string): Zorgkantoor => verplicht(zorgkantoorVoorRegio(zkCode), `zorgkantoor voor regio ${zkCode}`);

interface GemeenteInfo {
  gemeente: Gemeente;
  zorgkantoor: Zorgkantoor;
  sleutel: string;
}

const GEMEENTE_PER_CODE = new Map<string, GemeenteInfo>(
  GEMEENTEN.map((g) => [
    g.gemeentecode,
    {
      gemeente: { code: g.gemeentecode, naam: g.gemeentenaam },
      zorgkantoor: zorgkantoorVan(g.zkCode),
      sleutel: normaliseerPlaatsnaam(g.gemeentenaam),
    },
  ]),
);

/** Normalised name and alias → gemeente. */
const GEMEENTE_PER_NAAM = new Map<string, GemeenteInfo>();
for (const info of GEMEENTE_PER_CODE.values()) GEMEENTE_PER_NAAM.set(info.sleutel, info);
for (const [alias, naam] of Object.entries(ALIASSEN)) {
  GEMEENTE_PER_NAAM.set(alias, verplicht(GEMEENTE_PER_NAAM.get(normaliseerPlaatsnaam(naam)), `gemeente ${naam} (alias ${alias})`));
}

/** "Bergen (NH)" and 4pp's "Bergen" are one gemeente; so are "'s-Gravenhage" and "Den Haag". */
function zelfdeGemeente(naam4pp: string, info: GemeenteInfo): boolean {
  const sleutel = normaliseerPlaatsnaam(naam4pp);
  return sleutel === info.sleutel || sleutel === normaliseerPlaatsnaam(info.gemeente.naam.replace(/\s*\(.*\)$/, "")) || GEMEENTE_PER_NAAM.get(sleutel) === info;
}

interface PlaatsInfo {
  woonplaats: string;
  /** As 4pp writes it; "" when 4pp has none */
  gemeente4pp: string;
  gemeente: Gemeente | null;
  vroegereGemeente: string | null;
  zorgkantoor: Zorgkantoor;
}

interface WoonplaatsDoel extends PlaatsInfo {
  aantalPostcodes: number;
}

const PLAATS_PER_POSTCODE = new Map<number, PlaatsInfo>();
/**
 * Normalised woonplaats → its places, one per gemeente (the generator guarantees it), the one
 * with most postcodes first.
 */
const WOONPLAATS_PER_NAAM = new Map<string, WoonplaatsDoel[]>();

for (const [woonplaats, gemeente4pp, gemeentecode, zk, reeksen] of PLAATSEN) {
  const code = `GM${String(gemeentecode).padStart(4, "0")}`;
  const info = gemeentecode === 0 ? undefined : verplicht(GEMEENTE_PER_CODE.get(code), `gemeente ${code}`);
  const plaats: PlaatsInfo = {
    woonplaats,
    gemeente4pp,
    gemeente: info?.gemeente ?? null,
    vroegereGemeente: gemeente4pp === "" || (info !== undefined && zelfdeGemeente(gemeente4pp, info)) ? null : gemeente4pp,
    zorgkantoor: zorgkantoorVan(`ZK${String(zk).padStart(2, "0")}`),
  };
  let aantal = 0;
  for (const reeks of reeksen.split(" ")) {
    // "5011-5018" or "5021"
    const grenzen = reeks.split("-").map(Number);
    for (let pc4 = Math.min(...grenzen); pc4 <= Math.max(...grenzen); pc4++, aantal++) PLAATS_PER_POSTCODE.set(pc4, plaats);
  }
  const sleutel = normaliseerPlaatsnaam(woonplaats);
  WOONPLAATS_PER_NAAM.set(sleutel, [...(WOONPLAATS_PER_NAAM.get(sleutel) ?? []), { ...plaats, aantalPostcodes: aantal }]);
}
for (const doelen of WOONPLAATS_PER_NAAM.values()) doelen.sort((a, b) => b.aantalPostcodes - a.aantalPostcodes);

/** Sorted by key, for prefix search with a binary search. */
interface Ingang {
  sleutel: string;
  keuze: Keuze;
}

const opSleutel = (a: Ingang, b: Ingang) => (a.sleutel < b.sleutel ? -1 : a.sleutel > b.sleutel ? 1 : a.keuze.naam.localeCompare(b.keuze.naam, "nl"));

const GEMEENTE_INGANGEN: readonly Ingang[] = [...GEMEENTE_PER_NAAM.entries()]
  .map(([sleutel, info]) => ({ sleutel, keuze: gemeenteKeuze(info) }))
  .sort(opSleutel);

/** Woonplaatsen, except one named like its own gemeente (Tilburg in Tilburg): the gemeente covers it. */
const WOONPLAATS_INGANGEN: readonly Ingang[] = [...WOONPLAATS_PER_NAAM.entries()]
  .flatMap(([sleutel, doelen]) =>
    doelen
      .filter((d) => d.gemeente === null || GEMEENTE_PER_NAAM.get(sleutel)?.gemeente.code !== d.gemeente.code)
      .map((d) => ({ sleutel, keuze: woonplaatsKeuze(d) })),
  )
  .sort(opSleutel);

function gemeenteKeuze(info: GemeenteInfo): Keuze {
  return { naam: info.gemeente.naam, soort: "gemeente", gemeente: info.gemeente, zorgkantoor: info.zorgkantoor };
}

function woonplaatsKeuze(plaats: PlaatsInfo): Keuze {
  return { naam: plaats.woonplaats, soort: "woonplaats", gemeente: plaats.gemeente, zorgkantoor: plaats.zorgkantoor };
}

/** All entries whose key starts with `prefix`, in key order, at most `max` (+1 to tell "more"). */
function metPrefix(ingangen: readonly Ingang[], prefix: string, max: number): Keuze[] {
  let laag = 0;
  let hoog = ingangen.length;
  while (laag < hoog) {
    const midden = (laag + hoog) >>> 1;
    if ((ingangen[midden]?.sleutel ?? "") < prefix) laag = midden + 1;
    else hoog = midden;
  }
  const gevonden: Keuze[] = [];
  const gezien = new Set<string>();
  for (let i = laag; i < ingangen.length && gevonden.length < max; i++) {
    const ingang = ingangen[i];
    if (ingang === undefined || !ingang.sleutel.startsWith(prefix)) break;
    // An alias and the official name lead to the same gemeente: list it once
    const id = `${ingang.keuze.soort}:${ingang.keuze.naam}:${ingang.keuze.gemeente?.code ?? ingang.keuze.zorgkantoor.zkCode}`;
    if (gezien.has(id)) continue;
    gezien.add(id);
    gevonden.push(ingang.keuze);
  }
  return gevonden;
}

// --- reasons ------------------------------------------------------------------------------------

function metAchtergrond(eerste: Reden, zorgkantoor: Zorgkantoor, extra: Reden[] = []): Reden[] {
  return [eerste, ...extra, ...zorgkantoorRedenen(zorgkantoor), reden("ZK-01", "zk.indeling", { datum: PEILDATUM_GEMEENTEN })];
}

function woonplaatsRedenen(plaats: PlaatsInfo): Reden[] {
  const { woonplaats } = plaats;
  const regio = plaats.zorgkantoor.regio;
  const eerste =
    plaats.gemeente === null
      ? reden("ZK-01", "zk.woonplaats-gesplitst", { woonplaats, vroegereGemeente: plaats.gemeente4pp, regio })
      : plaats.vroegereGemeente === null
        ? reden("ZK-01", "zk.woonplaats", { woonplaats, gemeente: plaats.gemeente.naam, regio })
        : normaliseerPlaatsnaam(plaats.vroegereGemeente) === normaliseerPlaatsnaam(woonplaats)
          ? reden("ZK-01", "zk.woonplaats-was-gemeente", { woonplaats, gemeente: plaats.gemeente.naam, regio })
          : reden("ZK-01", "zk.woonplaats-vroeger", { woonplaats, vroegereGemeente: plaats.vroegereGemeente, gemeente: plaats.gemeente.naam, regio });
  return metAchtergrond(eerste, plaats.zorgkantoor);
}

function postcodeRedenen(pc4: string, plaats: PlaatsInfo): Reden[] {
  const regio = plaats.zorgkantoor.regio;
  const eerste =
    plaats.gemeente === null
      ? reden("ZK-01", "zk.postcode-gesplitst", { postcode: pc4, woonplaats: plaats.woonplaats, vroegereGemeente: plaats.gemeente4pp, regio })
      : plaats.vroegereGemeente !== null
        ? reden("ZK-01", "zk.postcode-vroeger", { postcode: pc4, vroegereGemeente: plaats.vroegereGemeente, gemeente: plaats.gemeente.naam, regio })
        : reden("ZK-01", "zk.postcode", { postcode: pc4, gemeente: plaats.gemeente.naam, regio });
  return metAchtergrond(eerste, plaats.zorgkantoor, [reden("ZK-01", "zk.postcode-lijst", { jaar: PEILJAAR_POSTCODES })]);
}

// --- search -------------------------------------------------------------------------------------

/** "1234", "1234AB", "1234 ab" (letters optional); also "1234 A" while typing. */
const POSTCODE_VORM = /^\d{4}\s*[a-zA-Z]{0,2}$/;

function zoekPostcode(cijfers: string, letters: string): ZoekUitkomst {
  const volledig = letters.length === 2 ? normaliseerPostcode(`${cijfers} ${letters}`) : normaliseerPostcode(cijfers);
  const postcode = volledig ?? (letters.length === 2 ? `${cijfers} ${letters.toUpperCase()}` : cijfers);
  const plaats = volledig === null ? undefined : PLAATS_PER_POSTCODE.get(Number(cijfers));
  if (plaats === undefined) return { soort: "postcode-onbekend", postcode, redenen: [reden("ZK-01", "zk.postcode-onbekend", { postcode })] };
  return {
    soort: "postcode",
    postcode,
    woonplaats: plaats.woonplaats,
    gemeente: plaats.gemeente,
    vroegereGemeente: plaats.vroegereGemeente,
    zorgkantoor: plaats.zorgkantoor,
    redenen: postcodeRedenen(cijfers, plaats),
  };
}

/**
 * ZK-01: the zorgkantoor for what a person typed: a gemeente, a woonplaats or a postcode.
 * Never throws; any string is a valid question.
 */
/** What tells places of one name apart: the gemeente's code, or the region's for a split gemeente. */
export function keuzeCode(keuze: Keuze): string {
  return keuze.gemeente?.code ?? keuze.zorgkantoor.zkCode;
}

/**
 * `keuze`: the `keuzeCode` of one of the places of this name, chosen from an earlier list of
 * choices; the answer is then that place.
 */
export function zoekZorgkantoor(invoer: string, keuze?: string): ZoekUitkomst {
  const tekst = invoer.trim();
  if (tekst === "") return { soort: "leeg" };
  if (tekst.length > MAX_ZOEKLENGTE) return niets(tekst);

  if (POSTCODE_VORM.test(tekst)) return zoekPostcode(tekst.slice(0, 4), tekst.slice(4).trim());

  const sleutel = normaliseerPlaatsnaam(tekst);
  if (sleutel === "") return niets(tekst);

  const gemeente = GEMEENTE_PER_NAAM.get(sleutel);
  const woonplaatsen = WOONPLAATS_PER_NAAM.get(sleutel) ?? [];
  // A woonplaats of the same name in another gemeente (Hengelo in Bronckhorst) makes it a choice
  const elders = woonplaatsen.filter((w) => gemeente === undefined || w.gemeente?.code !== gemeente.gemeente.code);

  if (gemeente !== undefined && elders.length === 0) return gemeenteUitkomst(gemeente);
  if (keuze !== undefined) {
    if (gemeente !== undefined && keuzeCode(gemeenteKeuze(gemeente)) === keuze) return gemeenteUitkomst(gemeente);
    const gekozen = elders.find((w) => keuzeCode(woonplaatsKeuze(w)) === keuze);
    if (gekozen !== undefined) return woonplaatsUitkomst(gekozen);
  }
  const [enige] = elders;
  if (gemeente === undefined && elders.length === 1 && enige !== undefined) return woonplaatsUitkomst(enige);
  // Vianen: the former gemeente Vianen (now Vijfheerenlanden) and a village near Cuijk. A name that
  // was a gemeente itself means that place, as Weesp does; the reasons name the other one.
  const wasGemeente = elders.filter((w) => w.vroegereGemeente !== null && normaliseerPlaatsnaam(w.vroegereGemeente) === sleutel);
  const [vroeger] = wasGemeente;
  if (gemeente === undefined && wasGemeente.length === 1 && vroeger !== undefined) {
    const uitkomst = woonplaatsUitkomst(vroeger);
    const anderen = elders.filter((w) => w !== vroeger).map((w) => reden("ZK-01", "zk.ook-elders", { woonplaats: w.woonplaats, gemeente: w.gemeente?.naam ?? w.gemeente4pp, regio: w.zorgkantoor.regio }));
    return { ...uitkomst, redenen: [...uitkomst.redenen, ...anderen] };
  }
  if (elders.length > 0) {
    const keuzes = [...(gemeente === undefined ? [] : [gemeenteKeuze(gemeente)]), ...elders.map(woonplaatsKeuze)];
    return { soort: "keuzes", keuzes: keuzes.slice(0, MAX_KEUZES), meer: keuzes.length > MAX_KEUZES };
  }

  const gemeenten = metPrefix(GEMEENTE_INGANGEN, sleutel, MAX_KEUZES + 1);
  const plaatsen = metPrefix(WOONPLAATS_INGANGEN, sleutel, MAX_KEUZES + 1 - gemeenten.length);
  const keuzes = [...gemeenten, ...plaatsen];
  if (keuzes.length === 0) return niets(tekst);
  return { soort: "keuzes", keuzes: keuzes.slice(0, MAX_KEUZES), meer: keuzes.length > MAX_KEUZES };
}

function gemeenteUitkomst(info: GemeenteInfo): Extract<ZoekUitkomst, { soort: "gemeente" }> {
  return {
    soort: "gemeente",
    gemeente: info.gemeente,
    zorgkantoor: info.zorgkantoor,
    redenen: metAchtergrond(reden("ZK-01", "zk.gemeente", { gemeente: info.gemeente.naam, regio: info.zorgkantoor.regio }), info.zorgkantoor),
  };
}

function woonplaatsUitkomst(plaats: PlaatsInfo): Extract<ZoekUitkomst, { soort: "woonplaats" }> {
  return {
    soort: "woonplaats",
    woonplaats: plaats.woonplaats,
    gemeente: plaats.gemeente,
    vroegereGemeente: plaats.vroegereGemeente,
    zorgkantoor: plaats.zorgkantoor,
    redenen: woonplaatsRedenen(plaats),
  };
}

function niets(tekst: string): ZoekUitkomst {
  return { soort: "niets", invoer: tekst.slice(0, MAX_ZOEKLENGTE), redenen: [reden("ZK-01", "zk.niets-gevonden")] };
}

/**
 * For a combobox: places whose name starts with what was typed, gemeenten first, each with its
 * zorgkantoor; four digits (a postcode, letters optional) give the place of that postcode.
 */
export function suggesties(invoer: string, max = 8): Suggestie[] {
  const tekst = invoer.trim();
  if (tekst === "" || tekst.length > MAX_ZOEKLENGTE || max <= 0) return [];
  if (POSTCODE_VORM.test(tekst)) {
    const cijfers = tekst.slice(0, 4);
    const plaats = normaliseerPostcode(cijfers) === null ? undefined : PLAATS_PER_POSTCODE.get(Number(cijfers));
    if (plaats === undefined) return [];
    return [{ naam: plaats.woonplaats, soort: "postcode", postcode: cijfers, gemeente: plaats.gemeente, zorgkantoor: plaats.zorgkantoor }];
  }
  const sleutel = normaliseerPlaatsnaam(tekst);
  if (sleutel === "") return [];
  const gemeenten = metPrefix(GEMEENTE_INGANGEN, sleutel, max);
  return [...gemeenten, ...metPrefix(WOONPLAATS_INGANGEN, sleutel, max - gemeenten.length)];
}
