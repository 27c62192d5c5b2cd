/**
 * The result of steps 1–3: the answers turned into a `Situatie` for `beoordeel`, and its outcome
 * as three lists for the page — what is possible, what is needed, what is missing — each item
 * with the reasons of the rules. Without an indicatiebesluit: whether the Wlz fits (IND-01).
 *
 * Only answers of steps that can start are used: a later answer left behind by a changed earlier
 * one (say step 3 after choosing zorg in natura) never counts.
 */
import { resultaatTeksten as resultaatNl } from "@/content/wizard/resultaat";
import { resultaatTeksten as resultaatEn } from "@/content/en/wizard/resultaat";
import { leveringsvormNamen as leveringsvormNamenNl, vormNamen as vormNamenNl } from "@/content/wizard/keuze";
import { leveringsvormNamen as leveringsvormNamenEn, vormNamen as vormNamenEn } from "@/content/en/wizard/keuze";
import { STANDAARDTAAL, type Taal } from "@/content/taal";
import { inTaal, type Vertaling } from "@/content/vertaling";
import { vaardigheidLabels } from "@/content/redenen/aanvraag";
import { vaardigheidLabels as vaardigheidLabelsEn } from "@/content/en/wizard/aanvraag";
import { adviesVaardigheden, PGB_VAARDIGHEDEN, weigeringsgronden, type PgbVaardigheid } from "@/rules/aanvraag";
import { beoordeel, type Beoordeling, type Situatie } from "@/rules/beoordeel";
import { wlzPastMogelijk, type Verwijzing } from "@/rules/indicatie";
import type { AfgeleideLeveringsvorm, LeveringsvormKeuze } from "@/rules/leveringsvorm";
import { reden } from "@/rules/redenen";
import type { Antwoord, IsoDatum, Reden } from "@/rules/types";
import { formatZorgprofiel, type Zorgprofiel } from "@/rules/zorgprofiel";
import type { Antwoorden } from "./antwoorden";
import { documenten } from "./documenten";
import {
  aanspreking,
  isBeantwoord,
  kanStapBeginnen,
  paginasVanStap,
  resultaatBeschikbaar,
  startVanStap,
  stapStatus,
  type Bestemming,
} from "./journey";
import { stap as stapDefinitie, type StapSlug } from "./stappen";
import { keuzeUit, woonsituatieUit, zorgprofielUit, zorgprofielWeergave } from "./vragen/feiten";
import { vraagVoor } from "./vragen";
import { VORMEN_IN_VOLGORDE } from "./vragen/uitkomst";
import { WEIGERINGSVRAGEN } from "./vragen/weigeringsgronden";
import { jaarparameters } from "@/lib/parameters/jaarparameters";

export interface ResultaatItem {
  sleutel: string;
  titel: string;
  tekst?: string;
  /** For a form or a refusal: the rules' answer. */
  uitkomst?: Antwoord;
  /** For something needed: whether the answers show it is arranged. */
  geregeld?: boolean;
  /** For a form: part of the option the person chose. */
  gekozen?: boolean;
  lijst?: string[];
  /** Where to go to fix it. */
  link?: Bestemming;
  /** A paper that goes with the aanvraag: the page lists these together, folded. */
  document?: true;
  redenen: Reden[];
}

export interface Resultaat {
  peildatum: IsoDatum;
  /** The headline: the answer to "can I get a pgb" (or the Wlz), with its reasons. */
  kop: { uitkomst: Antwoord; tekst: string; redenen: Reden[] };
  zorgprofiel: { code: string; naam: string; weergave: string } | null;
  /** Only without an indicatiebesluit (IND-01, IND-02). */
  wlz: { uitkomst: Antwoord; verwijzing: Verwijzing[]; verwijzingen: string[]; redenen: Reden[] } | null;
  /** The option the two questions of step 2 lead to (LV-01). */
  keuze: { leveringsvorm: AfgeleideLeveringsvorm; naam: string; redenen: Reden[] } | null;
  mogelijk: ResultaatItem[];
  nietMogelijk: ResultaatItem[];
  nodig: ResultaatItem[];
  ontbreekt: ResultaatItem[];
}

/** The words of the result in one language (docs/decisions/032-talen.md). */
interface Woorden {
  taal: Taal;
  t: Vertaling<typeof resultaatNl>;
  vormNamen: Vertaling<typeof vormNamenNl>;
  leveringsvormNamen: Vertaling<typeof leveringsvormNamenNl>;
}

function woorden(taal: Taal): Woorden {
  return {
    taal,
    t: inTaal(taal, resultaatNl, resultaatEn),
    vormNamen: inTaal(taal, vormNamenNl, vormNamenEn),
    leveringsvormNamen: inTaal(taal, leveringsvormNamenNl, leveringsvormNamenEn),
  };
}

const ja = (waarde: "ja" | "nee" | undefined): boolean | undefined => (waarde === undefined ? undefined : waarde === "ja");

/** The `Situatie` of the rules from the answers that count (see the module comment). */
export function situatieUit(a: Antwoorden, zorgprofiel: Zorgprofiel): Situatie {
  const stap3 = kanStapBeginnen("aanvraag", a);
  const { woonwens, dagenPer14 } = a;
  const metStap3 = (waarde: boolean | undefined) => (stap3 ? waarde : undefined);
  const situatie: Situatie = {
    zorgprofiel,
    ...(woonwens !== undefined && { woonsituatie: woonsituatieUit(woonwens) }),
    ...(woonwens === "deeltijd" && dagenPer14 !== undefined && { dagenInInstellingPer14Dagen: dagenPer14 }),
  };
  const gewaarborgdeHulp = metStap3(ja(a.heeftGewaarborgdeHulp));
  const failliet = metStap3(ja(a.failliet));
  const wsnp = metStap3(ja(a.wsnp));
  const vastWoonadres = metStap3(ja(a.vastWoonadres));
  const woontInNederland = metStap3(ja(a.woontInNederland));
  if (gewaarborgdeHulp !== undefined) situatie.gewaarborgdeHulp = gewaarborgdeHulp;
  if (failliet !== undefined) situatie.failliet = failliet;
  if (wsnp !== undefined) situatie.wsnp = wsnp;
  if (vastWoonadres !== undefined) situatie.vastWoonadres = vastWoonadres;
  if (woontInNederland !== undefined) situatie.woontInNederland = woontInNederland;
  return situatie;
}

function geenIndicatie(a: Antwoorden, peildatum: IsoDatum, { t }: Woorden): Resultaat {
  // IND-01: "weet niet" is left open, so the CIZ decides (IND-02).
  const behoefte = a.zorgbehoefte === "ja" ? true : a.zorgbehoefte === "nee" ? false : undefined;
  const wlz = wlzPastMogelijk({
    ...(behoefte !== undefined && { permanentToezichtOf24UurZorgNabij: behoefte }),
    ...(a.jongerDan18 !== undefined && { jongerDan18: a.jongerDan18 === "ja" }),
  });
  const ciz = wlz.redenen.filter((r) => r.regel === "IND-02");
  return {
    peildatum,
    kop: { uitkomst: wlz.uitkomst, tekst: wlz.uitkomst === "nee" ? t.kop.geenWlz : t.kop.vraagIndicatie, redenen: wlz.redenen },
    zorgprofiel: null,
    wlz: { ...wlz, verwijzingen: wlz.verwijzing.map((v) => t.verwijzingen[v]) },
    keuze: null,
    mogelijk: [],
    nietMogelijk: [],
    nodig: ciz.length === 0 ? [] : [{ sleutel: "indicatie", titel: t.nodig.indicatie, redenen: ciz }],
    ontbreekt: [],
  };
}

function vormItems(beoordeling: Beoordeling, keuze: LeveringsvormKeuze | null, { vormNamen }: Woorden): ResultaatItem[] {
  return VORMEN_IN_VOLGORDE.map((vorm) => {
    const { uitkomst, redenen } = beoordeling.leveringsvormen[vorm];
    return { sleutel: vorm, titel: vormNamen[vorm], uitkomst, redenen, gekozen: keuze?.gekozen.includes(vorm) ?? false };
  });
}

function kop(beoordeling: Beoordeling, keuze: LeveringsvormKeuze | null, vormen: ResultaatItem[], { t, leveringsvormNamen }: Woorden): Resultaat["kop"] {
  const gekozen = vormen.filter((v) => v.gekozen);
  const gekozenNee = gekozen.filter((v) => v.uitkomst === "nee");
  if (keuze === null) {
    // Step 2 not done: only the profile decides yet (LV-02).
    const { pgb } = beoordeling.leveringsvormen;
    return pgb.uitkomst === "nee"
      ? { uitkomst: "nee", tekst: t.kop.pgbNee, redenen: pgb.redenen }
      : { uitkomst: "navragen", tekst: t.kop.stap2, redenen: pgb.redenen };
  }
  if (gekozenNee.length > 0) {
    return { uitkomst: "nee", tekst: keuze.metPgb ? t.kop.pgbNee : t.kop.keuzeNee, redenen: gekozenNee.flatMap((v) => v.redenen) };
  }
  if (!keuze.metPgb) {
    const uitkomst: Antwoord = gekozen.every((v) => v.uitkomst === "ja") ? "ja" : "navragen";
    return { uitkomst, tekst: t.kop.zin(leveringsvormNamen[keuze.leveringsvorm]), redenen: [...keuze.redenen, ...gekozen.flatMap((v) => v.redenen)] };
  }
  const { aanvraag } = beoordeling;
  const tekst = aanvraag.uitkomst === "ja" ? t.kop.pgbJa : aanvraag.uitkomst === "nee" ? t.kop.pgbNee : t.kop.pgbNavragen;
  return { uitkomst: aanvraag.uitkomst, tekst, redenen: aanvraag.redenen };
}

function nodig(a: Antwoorden, beoordeling: Beoordeling, { t, taal }: Woorden): ResultaatItem[] {
  const items: ResultaatItem[] = [];
  const gh = a.gewaarborgdeHulp;
  if (beoordeling.gewaarborgdeHulp.verplicht) {
    const geregeld = a.heeftGewaarborgdeHulp === "ja" && gh !== undefined;
    items.push({
      sleutel: "gewaarborgde-hulp",
      titel: t.nodig.gewaarborgdeHulp,
      geregeld,
      ...(geregeld && { lijst: [t.nodig.gewaarborgdeHulpWie(gh.naam, gh.relatie)] }),
      redenen: [...beoordeling.gewaarborgdeHulp.redenen, ...(geregeld ? [reden("AV-04", "av.hulp-geschikt")] : [])],
    });
  }
  items.push({ sleutel: "bewuste-keuzegesprek", titel: t.nodig.gesprek, redenen: [reden("AV-05", "av.keuzegesprek")] });
  for (const d of documenten(a, taal)) items.push({ sleutel: `document-${d.sleutel}`, titel: d.titel, tekst: d.tekst, redenen: d.redenen, document: true });
  return items;
}

function onafgemaakteStappen(a: Antwoorden, { t, taal }: Woorden): ResultaatItem[] {
  const ctx = { antwoorden: a, aanspreking: aanspreking(a, taal), taal };
  return (["keuze", "aanvraag"] as const satisfies readonly StapSlug[])
    .filter((stap) => kanStapBeginnen(stap, a) && stapStatus(stap, a) !== "klaar")
    .map((stap) => {
      const open = paginasVanStap(stap, a).filter((slug) => !isBeantwoord(slug, a));
      const titels = open.flatMap((slug) => vraagVoor(slug)?.titel(ctx) ?? []);
      return {
        sleutel: `stap-${stap}`,
        titel: t.ontbreekt.stapNietKlaar(stapDefinitie(stap).nummer),
        tekst: titels.length > 0 ? t.ontbreekt.stapVragen : t.ontbreekt.stapBevestigen,
        ...(titels.length > 0 && { lijst: titels }),
        link: startVanStap(stap, a),
        redenen: [],
      };
    });
}

/** AV-02, AV-06, AV-07 and AV-01 from the step 3 answers that count. */
function bezwaren(a: Antwoorden, zorgprofiel: Zorgprofiel, beoordeling: Beoordeling, { t, taal }: Woorden): ResultaatItem[] {
  if (!kanStapBeginnen("aanvraag", a)) return [];
  const items: ResultaatItem[] = [];
  const uitleg = new Map(weigeringsgronden().map((w) => [w.grond, w]));
  for (const { veld, grond } of WEIGERINGSVRAGEN) {
    const w = uitleg.get(grond);
    const antwoord = a[veld];
    if (w === undefined || antwoord === undefined || (antwoord === "ja") !== w.afwijzingBijAntwoord) continue;
    items.push({ sleutel: `weigering-${grond}`, titel: t.ontbreekt.weigering[grond], uitkomst: "nee", redenen: [w.reden] });
  }
  if (beoordeling.gewaarborgdeHulp.verplicht && a.heeftGewaarborgdeHulp === "nee") {
    items.push({
      sleutel: "gewaarborgde-hulp",
      titel: t.ontbreekt.gewaarborgdeHulp,
      tekst: t.ontbreekt.gewaarborgdeHulpGevolg,
      uitkomst: "nee",
      redenen: [reden("AV-02", "av.hulp-ontbreekt", { zorgprofiel: formatZorgprofiel(zorgprofiel) })],
    });
  }
  if (a.vaardigheden !== undefined) {
    const gekozen = new Set<PgbVaardigheid>(a.vaardigheden);
    const advies = adviesVaardigheden(Object.fromEntries(PGB_VAARDIGHEDEN.map((v) => [v, gekozen.has(v)])));
    const niet = PGB_VAARDIGHEDEN.filter((v) => !gekozen.has(v));
    if (niet.length > 0) {
      items.push({
        sleutel: "vaardigheden",
        titel: t.ontbreekt.vaardigheden,
        tekst: t.ontbreekt.vaardighedenNietAangekruist,
        uitkomst: advies.uitkomst,
        lijst: niet.map((v) => inTaal(taal, vaardigheidLabels, vaardigheidLabelsEn)[v]),
        redenen: advies.redenen,
      });
    }
  }
  return items;
}

/**
 * `null` until step 1 is done: the page then sends the person to the overview. The words in
 * `taal`; the papers (lib/wizard/documenten.ts), the open questions of stap 3 and the pgb skills'
 * labels are Dutch until their modules have English.
 */
export function maakResultaat(a: Antwoorden, peildatum: IsoDatum, taal: Taal = STANDAARDTAAL): Resultaat | null {
  if (!resultaatBeschikbaar(a)) return null;
  const w = woorden(taal);
  const zorgprofiel = zorgprofielUit(a);
  if (zorgprofiel === null) return geenIndicatie(a, peildatum, w);

  const beoordeling = beoordeel(situatieUit(a, zorgprofiel), peildatum, jaarparameters().tabel);
  const keuze = keuzeUit(a);
  const vormen = vormItems(beoordeling, keuze, w);
  return {
    peildatum,
    kop: kop(beoordeling, keuze, vormen, w),
    zorgprofiel: { code: zorgprofiel.code, naam: formatZorgprofiel(zorgprofiel), weergave: zorgprofielWeergave(zorgprofiel) },
    wlz: null,
    keuze: keuze === null ? null : { leveringsvorm: keuze.leveringsvorm, naam: w.leveringsvormNamen[keuze.leveringsvorm], redenen: keuze.redenen },
    mogelijk: vormen.filter((v) => v.uitkomst !== "nee"),
    nietMogelijk: vormen.filter((v) => v.uitkomst === "nee"),
    // What a pgb aanvraag needs, once the chosen option has a possible pgb.
    nodig: kanStapBeginnen("aanvraag", a) ? nodig(a, beoordeling, w) : [],
    ontbreekt: [...onafgemaakteStappen(a, w), ...bezwaren(a, zorgprofiel, beoordeling, w)],
  };
}
