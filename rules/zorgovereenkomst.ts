/**
 * Zorgovereenkomst and zorgverlener (Stap 5, "Maximumtarieven", "Inhouden van loonbelasting"):
 * ZO-01..ZO-08. Where the input leaves a fact open, each function says in its reasons what it
 * assumed; the assumptions follow the brochure's own wording ("vaak", the list of exceptions).
 */
import { berekenBudgetplan, type BudgetplanRegelInvoer } from "./budgetplan";
import { takenSvb } from "./declaratie";
import { zekerGeheel } from "./geld";
import { parametersOp, type ParameterTabel } from "./parameters";
import { reden } from "./redenen";
import type { Antwoord, Centen, IsoDatum, Reden, Uitkomst } from "./types";

export type Relatie = "partner" | "familie-1e-graad" | "familie-2e-graad" | "overig";
export type Overeenkomst = "arbeidsovereenkomst" | "opdracht";

export interface ZorgverlenerSituatie {
  soort?: "instelling" | "zzp" | "persoon";
  relatie?: Relatie;
  bigGeregistreerd?: boolean;
  kvkGeregistreerd?: boolean;
  overeenkomst?: Overeenkomst;
  dagenPerWeek?: number;
  optingIn?: boolean;
  uurtarief?: Centen;
}

/** ZO-03/ZO-06: "familie" in the brochure's sense: partner, first- or second-degree family. */
export const FAMILIE_RELATIES: readonly Relatie[] = ["partner", "familie-1e-graad", "familie-2e-graad"];
/** The brochure's own date, for the brochure parameters when no peildatum is given. */
export const BROCHURE_PEILDATUM: IsoDatum = "2022-01-01";
export const MAX_DAGEN_PER_WEEK = 7;

/** `undefined` when the relation is not given. */
function isFamilie(z: ZorgverlenerSituatie): boolean | undefined {
  return z.relatie === undefined ? undefined : FAMILIE_RELATIES.includes(z.relatie);
}

// ---------------------------------------------------------------------------------------------
// ZO-03: professional or not.

/**
 * ZO-03, three-valued: `onbekend` only when a registration makes the zorgverlener professional
 * unless they are family, and the relation is not given.
 * Assumptions: an instelling or zzp'er is registered at the KvK unless `kvkGeregistreerd` is
 * `false`; a BIG or KvK registration that is not given counts as absent. A person with
 * `kvkGeregistreerd: true` (or an unknown soort with it) is judged as a zzp'er.
 */
export function professioneelStatus(z: ZorgverlenerSituatie): { status: "ja" | "nee" | "onbekend"; redenen: Reden[] } {
  const redenen: Reden[] = [];
  const kvkAangenomen = z.kvkGeregistreerd === undefined && (z.soort === "instelling" || z.soort === "zzp");
  if (kvkAangenomen) redenen.push(reden("ZO-03", "zo.aangenomen-kvk"));
  const kvk = z.kvkGeregistreerd ?? kvkAangenomen;

  if (z.soort === "instelling" && kvk) return { status: "ja", redenen: [...redenen, reden("ZO-03", "zo.professioneel-instelling")] };
  const zelfstandigBijKvk = kvk && z.soort !== "instelling";
  if (z.bigGeregistreerd !== true && !zelfstandigBijKvk) return { status: "nee", redenen: [...redenen, reden("ZO-03", "zo.geen-registratie")] };

  const familie = isFamilie(z);
  if (familie === true) return { status: "nee", redenen: [...redenen, reden("ZO-03", "zo.familie-niet-professioneel")] };
  if (familie === undefined) return { status: "onbekend", redenen: [...redenen, reden("ZO-03", "zo.relatie-onbekend")] };
  const code = z.bigGeregistreerd === true ? "zo.professioneel-big" : "zo.professioneel-zzp";
  return { status: "ja", redenen: [...redenen, reden("ZO-03", code)] };
}

/** ZO-03 as a yes/no: unknown counts as not professional (the lower maximum tarief), and says so. */
export function isProfessioneel(z: ZorgverlenerSituatie): { professioneel: boolean; redenen: Reden[] } {
  const { status, redenen } = professioneelStatus(z);
  return { professioneel: status === "ja", redenen };
}

// ---------------------------------------------------------------------------------------------
// ZO-02: werkgever or opdrachtgever.

/**
 * The kind of agreement, given or assumed. ZO-02: with partner or family, a zzp'er or a
 * zorginstelling it is "vaak" an overeenkomst van opdracht, so that is assumed for them; for
 * anyone else an arbeidsovereenkomst is assumed (the case where the brochure makes you werkgever).
 */
export function overeenkomstVan(z: ZorgverlenerSituatie): { overeenkomst: Overeenkomst; redenen: Reden[] } {
  if (z.overeenkomst === "arbeidsovereenkomst") return { overeenkomst: z.overeenkomst, redenen: [reden("ZO-02", "zo.werkgever")] };
  if (z.overeenkomst === "opdracht") return { overeenkomst: z.overeenkomst, redenen: [reden("ZO-02", "zo.opdrachtgever")] };
  const wie = z.soort === "instelling" ? "instelling" : z.soort === "zzp" ? "zzp" : isFamilie(z) === true ? "familie" : undefined;
  if (wie !== undefined) return { overeenkomst: "opdracht", redenen: [reden("ZO-02", "zo.aangenomen-opdracht", { wie })] };
  return { overeenkomst: "arbeidsovereenkomst", redenen: [reden("ZO-02", "zo.aangenomen-arbeid")] };
}

/** ZO-02 */
export function rolBudgethouder(z: ZorgverlenerSituatie): { rol: "werkgever" | "opdrachtgever"; redenen: Reden[] } {
  const { overeenkomst, redenen } = overeenkomstVan(z);
  return { rol: overeenkomst === "arbeidsovereenkomst" ? "werkgever" : "opdrachtgever", redenen };
}

// ---------------------------------------------------------------------------------------------
// ZO-06: loonbelasting.

/**
 * ZO-06, in the brochure's order: no withholding for an instelling; for partner or first- or
 * second-degree family; for a zzp'er; (and without an arbeidsovereenkomst there is no employer to
 * withhold). On an arbeidsovereenkomst: withheld for more than three days a week, or on three or
 * fewer with opting in. Days not given: withheld is assumed, because "no more than three days" is
 * the exception that must be shown. The SVB judges it finally and then runs the payroll (DE-07).
 */
export function loonbelastingInhouden(z: ZorgverlenerSituatie, peildatum: IsoDatum = BROCHURE_PEILDATUM, tabel?: ParameterTabel): { inhouden: boolean; redenen: Reden[] } {
  const grens = parametersOp(peildatum, tabel).brochure.loonbelastingMaxDagenZonderInhouding;
  const slot = reden("ZO-06", "zo.svb-beoordeelt");
  const nee = (r: Reden, extra: Reden[] = []) => ({ inhouden: false, redenen: [...extra, r, slot] });
  const ja = (r: Reden) => ({ inhouden: true, redenen: [r, slot, ...takenSvb({ alleenSalarisadministratie: true })] });

  if (z.soort === "instelling") return nee(reden("ZO-06", "zo.geen-loonbelasting-instelling"));
  if (isFamilie(z) === true) return nee(reden("ZO-06", "zo.geen-loonbelasting-familie"));
  if (z.soort === "zzp") return nee(reden("ZO-06", "zo.geen-loonbelasting-zzp"));
  const { overeenkomst, redenen: aanname } = overeenkomstVan(z);
  const aangenomen = z.overeenkomst === undefined ? aanname : [];
  if (overeenkomst === "opdracht") return nee(reden("ZO-06", "zo.geen-loonbelasting-opdracht"), aangenomen);

  const dagen = z.dagenPerWeek;
  let uit: { inhouden: boolean; redenen: Reden[] };
  if (dagen === undefined) uit = ja(reden("ZO-06", "zo.loonbelasting-dagen-onbekend", { grens }));
  else if (zekerDagen(dagen) > grens) uit = ja(reden("ZO-06", "zo.loonbelasting-meer-dagen", { dagen, grens }));
  else if (z.optingIn === true) uit = ja(reden("ZO-06", "zo.loonbelasting-opting-in", { dagen, grens }));
  else uit = nee(reden("ZO-06", "zo.geen-loonbelasting-weinig-dagen", { dagen, grens }));
  return { inhouden: uit.inhouden, redenen: [...aangenomen, ...uit.redenen] };
}

function zekerDagen(dagen: number): number {
  if (!Number.isInteger(dagen) || dagen < 0 || dagen > MAX_DAGEN_PER_WEEK) {
    throw new RangeError(`dagenPerWeek moet 0 tot en met ${MAX_DAGEN_PER_WEEK} zijn`);
  }
  return dagen;
}

// ---------------------------------------------------------------------------------------------
// ZO-04: the maximum tarief.

export type TariefCategorie = "uur" | "begeleiding-groep-dagdeel";
/** Which maximum a tarief was held against, in the reasons' gegevens (`soort`). */
export type TariefSoort = "professioneel" | "niet-professioneel" | "begeleiding-groep";

/**
 * ZO-04: `ja` at or below the year's maximum for the category, `nee` above it. Above the
 * professional maximum the answer is `navragen`, not `nee`: the brochure (Maximumtarieven) lets a
 * professional be paid more "met toestemming van het zorgkantoor" for care with a higher NZa
 * tarief, so only the zorgkantoor can say no. Also `navragen` when the maximum for the date is
 * unknown, when no tarief is given, or when it is not known whether the zorgverlener is
 * professional and the tarief is above the non-professional maximum.
 */
export function toetsUurtarief(z: ZorgverlenerSituatie, peildatum: IsoDatum, categorie: TariefCategorie = "uur", tabel?: ParameterTabel): Uitkomst {
  const jaarlijks = reden("ZO-04", "zo.tarief-jaarlijks");
  if (z.uurtarief === undefined) return { uitkomst: "navragen", redenen: [reden("ZO-04", "zo.geen-uurtarief")] };
  const tarief = zekerGeheel(z.uurtarief, "uurtarief");
  const maxima = parametersOp(peildatum, tabel).maximumtarieven;
  const onbekend: Uitkomst = { uitkomst: "navragen", redenen: [reden("ZO-04", "zo.tarief-onbekend", { jaar: Number(peildatum.slice(0, 4)) })] };
  if (maxima === null) return onbekend;
  const vanaf = maxima.geldigVanaf;
  const uitkomst = (antwoord: Antwoord, r: Reden, voor: Reden[] = []): Uitkomst => ({
    uitkomst: antwoord,
    redenen: [...voor, r, jaarlijks],
  });
  /** `boven`: the answer above the maximum and its reason (`navragen` where the zorgkantoor may consent). */
  const toets = (
    maximum: Centen | null,
    soort: TariefSoort,
    boven: { antwoord: Antwoord; reden: (maximum: Centen) => Reden },
    voor: Reden[] = [],
  ): Uitkomst => {
    if (maximum === null) return { uitkomst: "navragen", redenen: [...voor, ...onbekend.redenen] };
    return tarief <= maximum
      ? uitkomst("ja", reden("ZO-04", "zo.binnen-maximum", { tarief, maximum, soort, vanaf }), voor)
      : uitkomst(boven.antwoord, boven.reden(maximum), voor);
  };
  const bovenProf = { antwoord: "navragen" as const, reden: (maximum: Centen) => reden("ZO-04", "zo.boven-maximum-professioneel", { tarief, maximum, vanaf }) };
  const bovenNee = (soort: TariefSoort) => ({ antwoord: "nee" as const, reden: (maximum: Centen) => reden("ZO-04", "zo.boven-maximum", { tarief, maximum, soort, vanaf }) });
  const bovenNietProf = bovenNee("niet-professioneel");

  if (categorie === "begeleiding-groep-dagdeel") return toets(maxima.begeleidingGroepPerDagdeel, "begeleiding-groep", bovenNee("begeleiding-groep"));
  const prof = professioneelStatus(z);
  if (prof.status === "ja") return toets(maxima.professioneelPerUur, "professioneel", bovenProf, prof.redenen);
  if (prof.status === "nee") return toets(maxima.nietProfessioneelPerUur, "niet-professioneel", bovenNietProf, prof.redenen);
  // Relation unknown: within the non-professional maximum is fine either way. Above the
  // professional one it is `nee` for family and `navragen` (consent) for a professional, so
  // `navragen`; in between, the relation decides.
  const nietProfMax = maxima.nietProfessioneelPerUur;
  const profMax = maxima.professioneelPerUur;
  if (nietProfMax === null || profMax === null) return { uitkomst: "navragen", redenen: [...prof.redenen, ...onbekend.redenen] };
  if (tarief <= nietProfMax) return toets(nietProfMax, "niet-professioneel", bovenNietProf, prof.redenen);
  if (tarief > profMax) return uitkomst("navragen", bovenProf.reden(profMax), prof.redenen);
  return uitkomst("navragen", reden("ZO-04", "zo.tussen-maxima", { tarief, nietProfessioneel: nietProfMax, professioneel: profMax }), prof.redenen);
}

// ---------------------------------------------------------------------------------------------
// ZO-05 / LV-05: logeeropvang.

/** ZO-05: at most 156 etmalen per kalenderjaar; LV-05: none beside deeltijdverblijf; ZO-04: no maximum tarief. */
export function toetsLogeeropvang(etmalen: number, opties: { inDeeltijdverblijf?: boolean; peildatum: IsoDatum; tabel?: ParameterTabel }): Uitkomst {
  if (!Number.isSafeInteger(etmalen) || etmalen < 0) throw new RangeError("etmalen moet een geheel getal ≥ 0 zijn");
  const maximum = parametersOp(opties.peildatum, opties.tabel).brochure.maxLogeeropvangEtmalen;
  const jaar = Number(opties.peildatum.slice(0, 4));
  const geenTarief = reden("ZO-04", "zo.logeer-geen-maximumtarief");
  if (opties.inDeeltijdverblijf === true && etmalen > 0) {
    return { uitkomst: "nee", redenen: [reden("LV-05", "zo.logeer-deeltijd")] };
  }
  const redenen: Reden[] = [];
  if (opties.inDeeltijdverblijf === false) redenen.push(reden("LV-05", "zo.logeer-geen-deeltijd"));
  if (etmalen > maximum) return { uitkomst: "nee", redenen: [...redenen, reden("ZO-05", "zo.logeer-boven", { etmalen, maximum, jaar })] };
  return { uitkomst: "ja", redenen: [...redenen, reden("ZO-05", "zo.logeer-binnen", { etmalen, maximum, jaar }), geenTarief] };
}

// ---------------------------------------------------------------------------------------------
// ZO-01, ZO-07, ZO-08: facts, as reasons.

/** ZO-01 */
export function zorgovereenkomstEnZorgbeschrijving(): Reden[] {
  return [reden("ZO-01", "zo.overeenkomst"), reden("ZO-01", "zo.zorgbeschrijving"), reden("ZO-01", "zo.akkoord")];
}

/** ZO-07: how to hand them in; unknown whether the zorgkantoor uses the PGB Portaal: both routes. */
export function aanleverenZorgovereenkomst(werktMetPgbPortaal?: boolean): Reden[] {
  if (werktMetPgbPortaal === true) return [reden("ZO-07", "zo.portaal")];
  if (werktMetPgbPortaal === false) return [reden("ZO-07", "zo.svb")];
  return [reden("ZO-07", "zo.welke-route"), reden("ZO-07", "zo.portaal"), reden("ZO-07", "zo.svb")];
}

/** ZO-08 */
export function kwaliteitseis(): Reden[] {
  return [reden("ZO-08", "zo.kwaliteit")];
}

// ---------------------------------------------------------------------------------------------
// One budgetplan row, judged whole (the API's `budgetplan.zorgverleners[i]`).

export interface ZorgverlenerBeoordeling {
  naam: string;
  kostenPerMaand: Centen;
  kostenPerMaandOnafgerond: Centen;
  kostenPerJaar: Centen;
  professioneel: boolean;
  rol: "werkgever" | "opdrachtgever";
  loonbelastingInhouden: boolean;
  maximumtarief: Uitkomst;
  redenen: Reden[];
}

/** The same reason twice (ZO-03 feeds ZO-04 as well) is shown once. */
function zonderDubbele(redenen: Reden[]): Reden[] {
  const gezien = new Set<string>();
  return redenen.filter((r) => {
    const sleutel = `${r.regel}\u0000${r.code}\u0000${JSON.stringify(r.gegevens)}`;
    if (gezien.has(sleutel)) return false;
    gezien.add(sleutel);
    return true;
  });
}

/** BP-02/BP-03 + ZO-03 + ZO-02 + ZO-06 + ZO-04 for one row, with all their reasons in that order. */
export function beoordeelZorgverlener(z: ZorgverlenerSituatie & BudgetplanRegelInvoer, peildatum: IsoDatum, tabel?: ParameterTabel): ZorgverlenerBeoordeling {
  const { regels } = berekenBudgetplan([z], { peildatum, tabel });
  const [kosten] = regels;
  /* v8 ignore next -- berekenBudgetplan returns one row per input row */
  if (kosten === undefined) throw new Error("budgetplan gaf geen regel terug");
  const prof = isProfessioneel(z);
  const rol = rolBudgethouder(z);
  const loon = loonbelastingInhouden(z, peildatum, tabel);
  const maximumtarief = toetsUurtarief(z, peildatum, "uur", tabel);
  return {
    naam: kosten.naam,
    kostenPerMaand: kosten.kostenPerMaand,
    kostenPerMaandOnafgerond: kosten.kostenPerMaandOnafgerond,
    kostenPerJaar: kosten.kostenPerJaar,
    professioneel: prof.professioneel,
    rol: rol.rol,
    loonbelastingInhouden: loon.inhouden,
    maximumtarief,
    redenen: zonderDubbele([...kosten.redenen, ...prof.redenen, ...rol.redenen, ...loon.redenen, ...maximumtarief.redenen]),
  };
}
