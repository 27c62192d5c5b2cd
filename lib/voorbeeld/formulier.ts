/**
 * /zorgkantoor/voorbeeld: the form's query string IS the situation. This maps the query (short
 * parameter names, Dutch amounts "15,50", "ja"/"nee") to a request of `POST /api/v1/beoordelingen`
 * and maps the API's `invalidParams` paths back to the form's fields. Pure: no server, no clock.
 *
 * Only what a person types is checked here (is it a number, an amount, a date, a known choice?);
 * every rule about the values themselves stays with the API's schema (lib/beoordeling/verzoek.ts).
 */
import { voorbeeldPagina as en } from "@/content/en/zorgkantoor-voorbeeld";
import { STANDAARDTAAL, type Taal } from "@/content/taal";
import { inTaal } from "@/content/vertaling";
import { voorbeeldPagina as nl } from "@/content/zorgkantoor-voorbeeld";
import type { Verzoek } from "@/lib/beoordeling/verzoek";
import { formatDatumNl, parseDatumNl } from "@/rules/datum";
import { formatBedrag, formatDecimaal, formatUren, parseBedragNl, parseDecimaal, parseUren } from "@/rules/geld";

/** The number of zorgverlener rows on the page; an empty row is left out of the request. */
export const ZORGVERLENER_RIJEN = 3;

export type Zoekparameters = Record<string, string | string[] | undefined>;
/** The form's values by parameter name; a field that is absent is "". */
export type Formulier = Record<string, string>;

export interface VeldFout {
  naam: string;
  tekst: string;
}

// The query parameter of each field of the request (top level and `buitenland`).
export const VELD = {
  zorgprofiel: "profiel",
  leeftijd: "leeftijd",
  woontInNederland: "nl",
  vastWoonadres: "adres",
  failliet: "failliet",
  wsnp: "wsnp",
  gewaarborgdeHulp: "hulp",
  woonsituatie: "wonen",
  dagenInInstellingPer14Dagen: "dagen14",
  dagbestedingVanInstelling: "dagbesteding",
  pgbJaarbedrag: "budget",
  uitgavenAanZorg: "uitgaven",
  logeeropvangEtmalen: "etmalen",
  peildatum: "datum",
} as const;

export const BUITENLAND_VELD = {
  land: "land",
  weken: "weken",
  palliatiefTerminaal: "palliatief",
  zorgverlenersBuitenNederlandseBelasting: "belasting",
  logeeropvang: "logeren",
} as const;

export const ZORGVERLENER_VELD = {
  naam: "naam",
  urenPerWeek: "uren",
  uurtarief: "tarief",
  soort: "soort",
  relatie: "relatie",
  bigGeregistreerd: "big",
  kvkGeregistreerd: "kvk",
  overeenkomst: "overeenkomst",
  dagenPerWeek: "dagen",
  optingIn: "optin",
} as const;

export type ZorgverlenerVeld = keyof typeof ZORGVERLENER_VELD;

/** `zv2-tarief`: the field of zorgverlener row 2 (rows count from 1, as on the page). */
export const zvVeld = (rij: number, veld: ZorgverlenerVeld) => `zv${rij}-${ZORGVERLENER_VELD[veld]}`;

export const WOONSITUATIES = ["thuis", "wooninitiatief", "instelling"] as const;
export const SOORTEN = ["instelling", "zzp", "persoon"] as const;
export const RELATIES = ["partner", "familie-1e-graad", "familie-2e-graad", "overig"] as const;
export const OVEREENKOMSTEN = ["arbeidsovereenkomst", "opdracht"] as const;
export const JA_NEE = ["ja", "nee"] as const;

const RIJEN = Array.from({ length: ZORGVERLENER_RIJEN }, (_, i) => i + 1);

/** Every parameter name of the form, in page order. */
export const ALLE_VELDEN: readonly string[] = [
  VELD.zorgprofiel,
  VELD.leeftijd,
  VELD.woontInNederland,
  VELD.vastWoonadres,
  VELD.failliet,
  VELD.wsnp,
  VELD.gewaarborgdeHulp,
  VELD.woonsituatie,
  VELD.dagenInInstellingPer14Dagen,
  VELD.dagbestedingVanInstelling,
  ...RIJEN.flatMap((rij) => (Object.keys(ZORGVERLENER_VELD) as ZorgverlenerVeld[]).map((veld) => zvVeld(rij, veld))),
  VELD.pgbJaarbedrag,
  VELD.uitgavenAanZorg,
  VELD.logeeropvangEtmalen,
  ...Object.values(BUITENLAND_VELD),
  VELD.peildatum,
];

/**
 * The form's values from the query, or `null` when none of its fields is there (the page was
 * opened, not submitted). A repeated parameter counts once: its first value.
 */
export function formulierUitQuery(params: Zoekparameters): Formulier | null {
  const formulier: Formulier = {};
  let verstuurd = false;
  for (const naam of ALLE_VELDEN) {
    const waarde = params[naam];
    const eerste = Array.isArray(waarde) ? waarde[0] : waarde;
    if (eerste === undefined) continue;
    verstuurd = true;
    formulier[naam] = eerste;
  }
  return verstuurd ? formulier : null;
}

/** The query of a form, without its empty fields: what the page with JavaScript puts in the URL. */
export function queryUitFormulier(formulier: Formulier): string {
  const query = new URLSearchParams();
  for (const naam of ALLE_VELDEN) {
    const waarde = formulier[naam];
    if (waarde !== undefined && waarde.trim() !== "") query.append(naam, waarde);
  }
  return query.toString();
}

/** The label a person sees at a field, for the error summary, in the page's language. */
export function labelVan(naam: string, taal: Taal = STANDAARDTAAL): string {
  const t = inTaal(taal, nl, en);
  const zv = /^zv(\d+)-(.+)$/.exec(naam);
  if (zv) {
    const veld = (Object.keys(ZORGVERLENER_VELD) as ZorgverlenerVeld[]).find((v) => ZORGVERLENER_VELD[v] === zv[2]);
    if (veld !== undefined) return t.fout.zorgverlenerVeld(Number(zv[1]), t.velden[veld].label);
  }
  const top = (Object.keys(VELD) as (keyof typeof VELD)[]).find((v) => VELD[v] === naam);
  if (top !== undefined) return t.velden[top].label;
  const buiten = (Object.keys(BUITENLAND_VELD) as (keyof typeof BUITENLAND_VELD)[]).find((v) => BUITENLAND_VELD[v] === naam);
  if (buiten !== undefined) return t.velden[buiten === "logeeropvang" ? "logeeropvangBuitenland" : buiten].label;
  return naam;
}

export interface Omzetting {
  /** The request for the API: only the fields that were filled in and could be read. */
  verzoek: Verzoek;
  /** What could not be read, by field, in page order. */
  fouten: VeldFout[];
  /** For each zorgverlener in the request, its row on the page (1-based). */
  rijen: number[];
}

/** Form values → API request. Empty means "not filled in": the field is left out. Errors in `taal`. */
export function verzoekUitFormulier(formulier: Formulier, taal: Taal = STANDAARDTAAL): Omzetting {
  const t = inTaal(taal, nl, en);
  const label = (naam: string) => labelVan(naam, taal);
  const fouten: VeldFout[] = [];
  const waarde = (naam: string) => (formulier[naam] ?? "").trim();
  const fout = (naam: string, tekst: string) => fouten.push({ naam, tekst });

  const geheel = (naam: string): number | undefined => {
    const w = waarde(naam);
    if (w === "") return undefined;
    if (!/^\d{1,6}$/.test(w)) {
      fout(naam, t.fout.geheelGetal(label(naam)));
      return undefined;
    }
    return Number(w);
  };
  const bedrag = (naam: string): string | undefined => {
    const w = waarde(naam);
    if (w === "") return undefined;
    const centen = parseBedragNl(w);
    if (centen === null) {
      fout(naam, t.fout.bedrag(label(naam)));
      return undefined;
    }
    return formatDecimaal(centen);
  };
  const keuze = <K extends string>(naam: string, opties: readonly K[]): K | undefined => {
    const w = waarde(naam);
    if (w === "") return undefined;
    const gevonden = opties.find((optie) => optie === w);
    if (gevonden === undefined) fout(naam, t.fout.keuze(label(naam)));
    return gevonden;
  };
  const jaNee = (naam: string): boolean | undefined => {
    const w = keuze(naam, JA_NEE);
    return w === undefined ? undefined : w === "ja";
  };

  const verzoek: Record<string, unknown> = {};
  const zet = (sleutel: string, w: unknown) => {
    if (w !== undefined) verzoek[sleutel] = w;
  };

  const profiel = waarde(VELD.zorgprofiel);
  if (profiel === "") fout(VELD.zorgprofiel, t.fout.profielLeeg);
  else verzoek.zorgprofiel = profiel;
  zet("leeftijd", geheel(VELD.leeftijd));
  zet("woontInNederland", jaNee(VELD.woontInNederland));
  zet("vastWoonadres", jaNee(VELD.vastWoonadres));
  zet("failliet", jaNee(VELD.failliet));
  zet("wsnp", jaNee(VELD.wsnp));
  zet("gewaarborgdeHulp", jaNee(VELD.gewaarborgdeHulp));
  zet("woonsituatie", keuze(VELD.woonsituatie, WOONSITUATIES));
  zet("dagenInInstellingPer14Dagen", geheel(VELD.dagenInInstellingPer14Dagen));
  zet("dagbestedingVanInstelling", jaNee(VELD.dagbestedingVanInstelling));

  const zorgverleners: Record<string, unknown>[] = [];
  const rijen: number[] = [];
  for (const rij of RIJEN) {
    const veld = (v: ZorgverlenerVeld) => zvVeld(rij, v);
    const gebruikt = (Object.keys(ZORGVERLENER_VELD) as ZorgverlenerVeld[]).some((v) => waarde(veld(v)) !== "");
    if (!gebruikt) continue;
    const zv: Record<string, unknown> = {};
    const zetZv = (sleutel: string, w: unknown) => {
      if (w !== undefined) zv[sleutel] = w;
    };
    for (const verplicht of ["naam", "urenPerWeek", "uurtarief"] as const) {
      if (waarde(veld(verplicht)) === "") fout(veld(verplicht), t.fout.verplicht(label(veld(verplicht))));
    }
    zetZv("naam", waarde(veld("naam")) || undefined);
    const uren = waarde(veld("urenPerWeek"));
    if (uren !== "") {
      const honderdsten = parseUren(uren);
      if (honderdsten === null) fout(veld("urenPerWeek"), t.fout.uren(label(veld("urenPerWeek"))));
      // A JSON number for the API: hundredths / 100 is the double nearest the decimal, which the
      // API reads back through its shortest string ("7.25"), so nothing is rounded.
      else zv.urenPerWeek = honderdsten / 100;
    }
    zetZv("uurtarief", bedrag(veld("uurtarief")));
    zetZv("soort", keuze(veld("soort"), SOORTEN));
    zetZv("relatie", keuze(veld("relatie"), RELATIES));
    zetZv("bigGeregistreerd", jaNee(veld("bigGeregistreerd")));
    zetZv("kvkGeregistreerd", jaNee(veld("kvkGeregistreerd")));
    zetZv("overeenkomst", keuze(veld("overeenkomst"), OVEREENKOMSTEN));
    zetZv("dagenPerWeek", geheel(veld("dagenPerWeek")));
    zetZv("optingIn", jaNee(veld("optingIn")));
    zorgverleners.push(zv);
    rijen.push(rij);
  }
  if (zorgverleners.length > 0) verzoek.zorgverleners = zorgverleners;

  zet("pgbJaarbedrag", bedrag(VELD.pgbJaarbedrag));
  zet("uitgavenAanZorg", bedrag(VELD.uitgavenAanZorg));
  zet("logeeropvangEtmalen", geheel(VELD.logeeropvangEtmalen));

  const b = BUITENLAND_VELD;
  if (Object.values(b).some((naam) => waarde(naam) !== "")) {
    const buitenland: Record<string, unknown> = {};
    const land = waarde(b.land);
    if (land === "") fout(b.land, t.fout.landLeeg);
    else buitenland.land = land;
    if (waarde(b.weken) === "") fout(b.weken, t.fout.wekenLeeg);
    const weken = geheel(b.weken);
    if (weken !== undefined) buitenland.weken = weken;
    const zetB = (sleutel: string, w: unknown) => {
      if (w !== undefined) buitenland[sleutel] = w;
    };
    zetB("palliatiefTerminaal", jaNee(b.palliatiefTerminaal));
    zetB("zorgverlenersBuitenNederlandseBelasting", jaNee(b.zorgverlenersBuitenNederlandseBelasting));
    zetB("logeeropvang", jaNee(b.logeeropvang));
    verzoek.buitenland = buitenland;
  }

  const datum = waarde(VELD.peildatum);
  if (datum !== "") {
    const iso = parseDatumNl(datum);
    if (iso === null) fout(VELD.peildatum, t.fout.datum(label(VELD.peildatum)));
    else verzoek.peildatum = iso;
  }

  return { verzoek: verzoek as Verzoek, fouten: sorteer(fouten), rijen };
}

/**
 * The form field of an API `invalidParams` name (`zorgverleners.0.uurtarief`, `buitenland.land`):
 * `rijen` turns the request's index back into the page's row. Anything else falls back to the
 * zorgprofiel, the one field every request has.
 */
export function veldVanPad(pad: string, rijen: readonly number[]): string {
  const [eerste, tweede, derde] = pad.split(".");
  if (eerste === "zorgverleners") {
    const rij = rijen[Number(tweede)] ?? 1;
    const veld = (Object.keys(ZORGVERLENER_VELD) as ZorgverlenerVeld[]).find((v) => v === derde) ?? "naam";
    return zvVeld(rij, veld);
  }
  if (eerste === "buitenland") {
    return (Object.entries(BUITENLAND_VELD).find(([sleutel]) => sleutel === tweede)?.[1]) ?? BUITENLAND_VELD.land;
  }
  return (Object.entries(VELD).find(([sleutel]) => sleutel === eerste)?.[1]) ?? VELD.zorgprofiel;
}

/**
 * The API's reasons as field errors; a field that already has an error keeps its own. The label
 * is in `taal`; the API's reason is Dutch (its problem answers are, lib/beoordeling/verwerk.ts).
 */
export function foutenUitApi(
  invalidParams: readonly { name: string; reason: string }[],
  rijen: readonly number[],
  eigen: readonly VeldFout[] = [],
  taal: Taal = STANDAARDTAAL,
): VeldFout[] {
  const t = inTaal(taal, nl, en);
  const fouten = [...eigen];
  for (const param of invalidParams) {
    const naam = veldVanPad(param.name, rijen);
    if (fouten.some((f) => f.naam === naam)) continue;
    fouten.push({ naam, tekst: t.fout.api(labelVan(naam, taal), param.reason) });
  }
  return sorteer(fouten);
}

/** Errors in the order of the fields on the page, as the error summary lists them. */
function sorteer(fouten: VeldFout[]): VeldFout[] {
  return [...fouten].sort((a, b) => ALLE_VELDEN.indexOf(a.naam) - ALLE_VELDEN.indexOf(b.naam));
}

/**
 * The inverse: an API request → the form's values, as a person would type them ("15,00",
 * "ja"). Lets a test hold every example of the API against the page, and can prefill a form.
 */
export function formulierUitVerzoek(verzoek: Verzoek): Formulier {
  const formulier: Formulier = {};
  const zet = (naam: string, w: string | number | boolean | undefined) => {
    if (w === undefined) return;
    formulier[naam] = typeof w === "boolean" ? (w ? "ja" : "nee") : String(w);
  };
  const bedrag = (w: string | undefined) => {
    if (w === undefined) return undefined;
    const centen = parseDecimaal(w);
    return centen === null ? w : formatBedrag(centen).replace(/^€ /, "");
  };
  zet(VELD.zorgprofiel, verzoek.zorgprofiel);
  zet(VELD.leeftijd, verzoek.leeftijd);
  zet(VELD.woontInNederland, verzoek.woontInNederland);
  zet(VELD.vastWoonadres, verzoek.vastWoonadres);
  zet(VELD.failliet, verzoek.failliet);
  zet(VELD.wsnp, verzoek.wsnp);
  zet(VELD.gewaarborgdeHulp, verzoek.gewaarborgdeHulp);
  zet(VELD.woonsituatie, verzoek.woonsituatie);
  zet(VELD.dagenInInstellingPer14Dagen, verzoek.dagenInInstellingPer14Dagen);
  zet(VELD.dagbestedingVanInstelling, verzoek.dagbestedingVanInstelling);
  (verzoek.zorgverleners ?? []).slice(0, ZORGVERLENER_RIJEN).forEach((zv, index) => {
    const rij = index + 1;
    const uren = parseUren(zv.urenPerWeek);
    zet(zvVeld(rij, "naam"), zv.naam);
    zet(zvVeld(rij, "urenPerWeek"), uren === null ? String(zv.urenPerWeek) : formatUren(uren));
    zet(zvVeld(rij, "uurtarief"), bedrag(zv.uurtarief));
    zet(zvVeld(rij, "soort"), zv.soort);
    zet(zvVeld(rij, "relatie"), zv.relatie);
    zet(zvVeld(rij, "bigGeregistreerd"), zv.bigGeregistreerd);
    zet(zvVeld(rij, "kvkGeregistreerd"), zv.kvkGeregistreerd);
    zet(zvVeld(rij, "overeenkomst"), zv.overeenkomst);
    zet(zvVeld(rij, "dagenPerWeek"), zv.dagenPerWeek);
    zet(zvVeld(rij, "optingIn"), zv.optingIn);
  });
  zet(VELD.pgbJaarbedrag, bedrag(verzoek.pgbJaarbedrag));
  zet(VELD.uitgavenAanZorg, bedrag(verzoek.uitgavenAanZorg));
  zet(VELD.logeeropvangEtmalen, verzoek.logeeropvangEtmalen);
  if (verzoek.buitenland) {
    const b = verzoek.buitenland;
    zet(BUITENLAND_VELD.land, b.land);
    zet(BUITENLAND_VELD.weken, b.weken);
    zet(BUITENLAND_VELD.palliatiefTerminaal, b.palliatiefTerminaal);
    zet(BUITENLAND_VELD.zorgverlenersBuitenNederlandseBelasting, b.zorgverlenersBuitenNederlandseBelasting);
    zet(BUITENLAND_VELD.logeeropvang, b.logeeropvang);
  }
  if (verzoek.peildatum !== undefined) zet(VELD.peildatum, formatDatumNl(verzoek.peildatum));
  return formulier;
}
