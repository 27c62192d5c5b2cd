/**
 * The forms of sharing and co-signing: sign as the applicant, sign as the gewaarborgde hulp
 * (AV-04), make a share link. Fields as `VeldDefinitie` data and one zod schema per form, built
 * from the wizard's field blocks (lib/wizard/vragen/velden.ts), so the same schema validates the
 * FormData on the server (`waardenUitFormData`) and react-hook-form's values in the browser
 * (`normaliseerWaarden`): an empty text is "", a ticked box is "ja" or ["ja"], an unticked one is
 * absent.
 *
 * Imported by the client form (components/vraag-formulier.tsx), so nothing here may pull in
 * node:crypto or server code: the fingerprints and signing are in ./handtekeningen.ts.
 */
import * as z from "zod";
import { handtekeningTekst as handtekeningTekstEn } from "@/content/en/handtekeningen";
import { handtekeningTekst as t } from "@/content/handtekeningen";
import { STANDAARDTAAL, type Taal } from "@/content/taal";
import { inTaal } from "@/content/vertaling";
import { veldnamen as veldnamenEn } from "@/content/en/wizard/algemeen";
import { veldnamen } from "@/content/wizard/algemeen";
import type { DeelRol } from "@/lib/drafts/deellinks";
import { MAX_TEKST, type Antwoorden, type Verklaring } from "@/lib/wizard/antwoorden";
import type { Optie, VeldDefinitie, Waarden } from "@/lib/wizard/types";
import { ondertekenBlokken, type OndertekenRol } from "@/lib/wizard/vragen/ondertekening";
import { aangekruist, keuze, perTaal, verplichteTekst } from "@/lib/wizard/vragen/velden";
import { REGELS } from "@/rules/regels";

/**
 * The roles of a share link: the same tuple as lib/drafts/deellinks.ts, kept here because that
 * module uses node:crypto and this one runs in the browser. `satisfies` keeps it within `DeelRol`.
 */
export const DEEL_ROLLEN = ["meekijken", "gewaarborgde-hulp"] as const satisfies readonly DeelRol[];

/** How long a new link works: days, or as long as the draft ("aanvraag"). Never past the draft. */
export const DEELLINK_GELDIG = ["7", "14", "aanvraag"] as const;

/** Who signs: the owner of the draft ("aanvrager") or the gewaarborgde hulp (AV-04). */
export type HandtekeningRol = "aanvrager" | "gewaarborgde-hulp";

/** What a valid sign form gives `onderteken`: the name and the statements made. */
export interface OndertekenInvoer {
  naam: string;
  verklaringen?: Verklaring[];
}

/** The fields' and the schemas' words in the page's language (docs/decisions/032-talen.md). */
type Woorden = typeof handtekeningTekstEn;
const woorden = (taal: Taal): Woorden => inTaal(taal, t, handtekeningTekstEn);

/** The one value a statement's checkbox posts. */
const AANGEVINKT = ["ja"] as const;

/** One checkbox that must be ticked; anything but "ja" is a forged post ("Kies een van de antwoorden"). */
function vinkje(leeg: string, taal: Taal) {
  return aangekruist(AANGEVINKT, taal).transform((lijst, ctx): true => {
    if (lijst.length === 0) {
      ctx.addIssue({ code: "custom", message: leeg });
      return z.NEVER;
    }
    return true;
  });
}

/**
 * The schemas with their messages in the page's language, built once per language as a
 * question's are (`perTaal`, docs/decisions/032-talen.md, addendum on questions): the server
 * action and the browser (`laadSchema(naam, taal)`) take the same one, so both say the same words.
 */
const naamIn = (taal: Taal) => verplichteTekst(inTaal(taal, veldnamen, veldnamenEn).handtekening, woorden(taal).fouten.naamLeeg, MAX_TEKST, taal);

/** The applicant signs: their name and "everything is correct". */
export const ondertekenAanvragerSchemaIn = perTaal((taal: Taal) =>
  z
    .object({ naam: naamIn(taal), akkoord: vinkje(woorden(taal).fouten.akkoordLeeg, taal) })
    .transform((w): OndertekenInvoer => ({ naam: w.naam })),
);
export const ondertekenAanvragerSchema = ondertekenAanvragerSchemaIn(STANDAARDTAAL);

/** AV-04: the gewaarborgde hulp signs with both statements ticked; both are stored with the signature. */
export const ondertekenGhSchemaIn = perTaal((taal: Taal) => {
  const f = woorden(taal).fouten;
  return z
    .object({ naam: naamIn(taal), geschikt: vinkje(f.geschiktLeeg, taal), wijzigingen: vinkje(f.wijzigingenLeeg, taal) })
    .transform((w): OndertekenInvoer => ({ naam: w.naam, verklaringen: ["geschikt", "wijzigingen-melden"] }));
});
export const ondertekenGhSchema = ondertekenGhSchemaIn(STANDAARDTAAL);

/**
 * A new share link: its role and how long it works. Whether a gewaarborgde-hulp link makes sense
 * for this draft (`ghViaLink`) is checked by the action, which has the answers.
 */
export const deellinkSchemaIn = perTaal((taal: Taal) => {
  const f = woorden(taal).fouten;
  return z.object({
    rol: keuze(DEEL_ROLLEN, f.rolLeeg, taal),
    geldig: keuze(DEELLINK_GELDIG, f.geldigLeeg, taal),
  });
});
export const deellinkSchema = deellinkSchemaIn(STANDAARDTAAL);

/** Where a statement comes from, as a field hint: AV-04 and its brochure section. */
const av04Bron = (w: Woorden) => w.formulier.bron("AV-04", REGELS["AV-04"]);

function naamVeld(w: Woorden, hint: string): VeldDefinitie {
  return { soort: "tekst", naam: "naam", label: w.formulier.naamLabel, hint, breedte: "vol", autocomplete: "name", maxLengte: MAX_TEKST };
}

function vinkjeVeld(veldNaam: string, label: string, optie: string, hint?: string): VeldDefinitie {
  return { soort: "checkboxes", naam: veldNaam, label, ...(hint !== undefined && { hint }), opties: [{ waarde: "ja", label: optie }] };
}

/** The gewaarborgde hulp's name as the answers have it, or "" (no hulp, or "nee"). */
function ghNaam(a: Antwoorden): string {
  return a.heeftGewaarborgdeHulp === "ja" ? (a.gewaarborgdeHulp?.naam.trim() ?? "") : "";
}

/** Someone filling in for the budgethouder signs with their own name, not the budgethouder's. */
export function ondertekenAanvragerVelden(a: Antwoorden, taal: Taal = STANDAARDTAAL): VeldDefinitie[] {
  const w = woorden(taal);
  const namens = a.voorWie !== undefined && a.voorWie !== "zelf";
  return [naamVeld(w, namens ? w.formulier.naamHintNamens : w.formulier.naamHint), vinkjeVeld("akkoord", w.formulier.akkoordLabel, w.formulier.akkoordOptie)];
}

/** AV-04: the two statements, each its own checkbox so a missing tick names which one. */
const av04Vinkjes = (w: Woorden): VeldDefinitie[] => [
  vinkjeVeld("geschikt", w.formulier.geschiktLabel, w.verklaringen.geschikt, av04Bron(w)),
  vinkjeVeld("wijzigingen", w.formulier.wijzigingenLabel, w.verklaringen["wijzigingen-melden"], av04Bron(w)),
];

/** The gewaarborgde hulp who owns the draft signs on their own page: the name they entered is shown. */
export function ondertekenGhVelden(a: Antwoorden, taal: Taal = STANDAARDTAAL): VeldDefinitie[] {
  const w = woorden(taal);
  const bekend = ghNaam(a);
  return [naamVeld(w, bekend === "" ? w.formulier.naamHint : w.formulier.naamHintGh(bekend)), ...av04Vinkjes(w)];
}

/**
 * The gewaarborgde hulp's form on their share link. Made from no answers at all: whoever holds the
 * link types the name, and the server compares it with the one in the application (`naamKlopt`),
 * so the page must not give it away in a value, hint or error (docs/decisions/022-links-openen.md).
 */
export function ondertekenViaDeellinkVelden(taal: Taal = STANDAARDTAAL): VeldDefinitie[] {
  const w = woorden(taal);
  return [naamVeld(w, w.formulier.naamHintDeellink), ...av04Vinkjes(w)];
}

/** That form's first values: an empty name, the boxes unticked. */
export const ONDERTEKEN_VIA_DEELLINK_WAARDEN: Waarden = { naam: "", geschikt: [], wijzigingen: [] };

/** The sign form for `rol`: what the applicant's page and the gewaarborgde hulp's page show. */
export function ondertekenVelden(a: Antwoorden, rol: HandtekeningRol, taal: Taal = STANDAARDTAAL): VeldDefinitie[] {
  return rol === "gewaarborgde-hulp" ? ondertekenGhVelden(a, taal) : ondertekenAanvragerVelden(a, taal);
}

/**
 * The share-link form. The gewaarborgde-hulp role is offered only when such a link makes sense
 * (`ghViaLink`): there is a gewaarborgde hulp and the owner is not that person.
 */
export function deellinkVelden(a: Antwoorden, taal: Taal = STANDAARDTAAL): VeldDefinitie[] {
  const t = woorden(taal);
  const rollen: Optie[] = [{ waarde: "meekijken", label: t.deellink.rollen.meekijken.label, hint: t.deellink.rollen.meekijken.hint }];
  if (ghViaLink(a)) {
    const gh = t.deellink.rollen["gewaarborgde-hulp"];
    rollen.push({ waarde: "gewaarborgde-hulp", label: gh.label(ghNaam(a)), hint: gh.hint });
  }
  return [
    { soort: "radio", naam: "rol", label: t.deellink.rolLabel, opties: rollen },
    {
      soort: "radio",
      naam: "geldig",
      label: t.deellink.geldigLabel,
      hint: t.deellink.geldigHint,
      opties: DEELLINK_GELDIG.map((waarde) => ({ waarde, label: t.deellink.geldig[waarde] })),
    },
  ];
}

/**
 * The AV-08 block of deel 7 that belongs to the owner of the draft, by who fills it in: the
 * budgethouder themself, or their wettelijk vertegenwoordiger. Not simply block 1: with a
 * gewaarborgde hulp that block is theirs, and their name must not be offered to the applicant.
 */
const EIGEN_BLOK: Partial<Record<NonNullable<Antwoorden["voorWie"]>, OndertekenRol>> = {
  zelf: "budgethouder",
  "wettelijk-vertegenwoordiger": "wettelijk-vertegenwoordiger",
};

function naamUitOndertekening(a: Antwoorden): string {
  const rol = a.voorWie === undefined ? undefined : EIGEN_BLOK[a.voorWie];
  if (rol === undefined) return "";
  const i = ondertekenBlokken(a).blokken.findIndex((b) => b.rol === rol);
  return i < 0 ? "" : (a.ondertekening?.[i]?.naam ?? "");
}

/**
 * The form's first values: the name of an earlier signature in this role, else the name the
 * answers already hold (the gewaarborgde hulp's, or the owner's block in deel 7). The boxes start
 * unticked: every signature confirms the statements again.
 */
export function ondertekenWaarden(a: Antwoorden, rol: HandtekeningRol): Waarden {
  const eerder = rol === "gewaarborgde-hulp" ? a.handtekeningen?.gewaarborgdeHulp : a.handtekeningen?.aanvrager;
  const bekend = rol === "gewaarborgde-hulp" ? ghNaam(a) : naamUitOndertekening(a);
  const naamWaarde = eerder?.naam ?? bekend;
  return rol === "gewaarborgde-hulp" ? { naam: naamWaarde, geschikt: [], wijzigingen: [] } : { naam: naamWaarde, akkoord: [] };
}

/** Who the owner of the draft signs as: the gewaarborgde hulp when they fill it in themselves. */
export function eigenRol(a: Antwoorden): HandtekeningRol {
  return a.voorWie === "gewaarborgde-hulp" ? "gewaarborgde-hulp" : "aanvrager";
}

/**
 * Whether a gewaarborgde-hulp link makes sense: the answers name one (AV-03/AV-04) and the owner
 * is not that person (then they sign on their own page).
 */
export function ghViaLink(a: Antwoorden): boolean {
  return a.heeftGewaarborgdeHulp === "ja" && a.gewaarborgdeHulp !== undefined && eigenRol(a) !== "gewaarborgde-hulp";
}

/** "  Ayşe   YILMAZ " → "ayse yilmaz": case, accents and spacing do not make a name different. */
function vergelijkNaam(tekst: string): string {
  return tekst.normalize("NFKD").replace(/\p{M}/gu, "").replace(/\s+/g, " ").trim().toLocaleLowerCase("nl-NL");
}

/**
 * Whether the name typed on the gewaarborgde hulp's link is the one in the answers, forgiving
 * case, accents (NFKD, marks removed) and spacing. The link's action refuses another name without
 * saying which one the application holds, so a link that reached the wrong person cannot sign for
 * the gewaarborgde hulp (docs/decisions/022-links-openen.md).
 */
export function naamKlopt(a: Antwoorden, naamInvoer: string): boolean {
  const verwacht = vergelijkNaam(a.gewaarborgdeHulp?.naam ?? "");
  return verwacht !== "" && vergelijkNaam(naamInvoer) === verwacht;
}
