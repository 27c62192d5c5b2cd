/**
 * Digital signatures of the budgetplan (docs/decisions/019-delen-en-ondertekenen.md). A signature lives inside the draft's answers,
 * so it is encrypted with the draft like every other answer (docs/decisions/017-drafts.md).
 *
 * Who signs: the owner of the draft (whoever fills in the wizard) as "aanvrager"; except when the
 * owner is the gewaarborgde hulp (`voorWie === "gewaarborgde-hulp"`): then the owner's signature
 * is the gewaarborgde hulp's, with the AV-04 statements, and no gewaarborgde-hulp link is offered.
 * Otherwise the gewaarborgde hulp signs through a share link with that role.
 *
 * A signature holds the SHA-256 fingerprint of the answers it covers (`vingerafdruk`): a canonical
 * JSON of the answers, keys sorted at every level, without the signatures themselves and the
 * wizard's bookkeeping (`bevestigd`, `gezien`, `verstuurd`). When any answer changes afterwards, the
 * fingerprint no longer matches and the signature is shown as "vernieuwen" (sign again) instead
 * of silently covering an application its signer never saw. It is not a qualified electronic
 * signature; it records who confirmed which version, for the zorgkantoor to see on the PDF.
 */
import { createHash } from "node:crypto";
import { handtekeningTekst as handtekeningTekstEn } from "@/content/en/handtekeningen";
import { handtekeningTekst } from "@/content/handtekeningen";
import { STANDAARDTAAL, type Taal } from "@/content/taal";
import { inTaal } from "@/content/vertaling";
import { MAX_TEKST, VERKLARINGEN, type Antwoorden, type Handtekening, type Handtekeningen, type Verklaring } from "@/lib/wizard/antwoorden";
import type { HandtekeningRol, OndertekenInvoer } from "./formulieren";

/**
 * Answers that are not part of what is signed: the signatures, where the person has been, and
 * that they sent the signed plan (ticking "verstuurd" must not ask for new signatures).
 */
const NIET_ONDERTEKEND: ReadonlySet<string> = new Set<keyof Antwoorden>(["handtekeningen", "bevestigd", "gezien", "verstuurd"]);

/**
 * JSON with the keys of every object sorted, so the same answers always give the same text
 * whatever order they were stored in. `undefined` properties are left out, as JSON.stringify does.
 */
function canoniek(waarde: unknown): string {
  if (Array.isArray(waarde)) return `[${waarde.map((w) => (w === undefined ? "null" : canoniek(w))).join(",")}]`;
  if (typeof waarde === "object" && waarde !== null) {
    const velden = Object.keys(waarde)
      .sort()
      .filter((sleutel) => (waarde as Record<string, unknown>)[sleutel] !== undefined)
      .map((sleutel) => `${JSON.stringify(sleutel)}:${canoniek((waarde as Record<string, unknown>)[sleutel])}`);
    return `{${velden.join(",")}}`;
  }
  return JSON.stringify(waarde) ?? "null";
}

/** SHA-256 (lowercase hex) of the answers a signature covers; see the file's comment. */
export function vingerafdruk(a: Antwoorden): string {
  const ondertekend = Object.fromEntries(Object.entries(a).filter(([sleutel]) => !NIET_ONDERTEKEND.has(sleutel)));
  return createHash("sha256").update(canoniek(ondertekend), "utf8").digest("hex");
}

/** "geldig" while the answers are still the ones signed; "vernieuwen" once they changed. */
export function handtekeningStatus(a: Antwoorden, h: Handtekening): "geldig" | "vernieuwen" {
  return h.vingerafdruk === vingerafdruk(a) ? "geldig" : "vernieuwen";
}

const SLEUTEL: Readonly<Record<HandtekeningRol, keyof Handtekeningen>> = {
  aanvrager: "aanvrager",
  "gewaarborgde-hulp": "gewaarborgdeHulp",
};

/**
 * The answers with `rol`'s signature on the answers as they are now, made at `nu`. A second
 * signature in the same role replaces the first (signing again after a change); the other role's
 * is kept. The name is trimmed and its spaces collapsed. Throws on a name the stored answers
 * would refuse (empty or too long): the forms' schemas never let one through.
 */
export function onderteken(a: Antwoorden, rol: HandtekeningRol, invoer: OndertekenInvoer, nu: Date, { viaDeellink = false }: { viaDeellink?: boolean } = {}): Antwoorden {
  const naam = invoer.naam.replace(/\s+/g, " ").trim();
  if (naam === "" || naam.length > MAX_TEKST) throw new RangeError(`een handtekening heeft een naam van 1 tot ${MAX_TEKST} tekens`);
  // In the order of VERKLARINGEN, each once, whatever the caller passed.
  const verklaringen = VERKLARINGEN.filter((v) => invoer.verklaringen?.includes(v));
  const handtekening: Handtekening = {
    naam,
    op: nu.toISOString(),
    vingerafdruk: vingerafdruk(a),
    ...(verklaringen.length > 0 && { verklaringen }),
    // Whoever holds the link signs: the signature says so, for the applicant and the zorgkantoor.
    ...(viaDeellink && { via: "deellink" as const }),
  };
  return { ...a, handtekeningen: { ...a.handtekeningen, [SLEUTEL[rol]]: handtekening } };
}

/** One signature as pages and the PDF show it. */
export interface HandtekeningRegel {
  rol: HandtekeningRol;
  /** "Budgethouder", "Wettelijk vertegenwoordiger", "Familielid, namens de budgethouder", "Gewaarborgde hulp". */
  rolTekst: string;
  naam: string;
  /** "24-11-2026 om 16:30", Europe/Amsterdam. */
  opTekst: string;
  status: "geldig" | "vernieuwen";
  /** The AV-04 statements confirmed, as the signer read them. */
  verklaringen: string[];
  /** Signed through a share link (docs/decisions/022-links-openen.md), not on the owner's page. */
  viaDeellink: boolean;
}

const AMSTERDAM = new Intl.DateTimeFormat("nl-NL", {
  timeZone: "Europe/Amsterdam",
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/**
 * "2026-11-24T15:30:00.000Z" → "24-11-2026 om 16:30" ("at" in English): the time a Dutch reader
 * means, in Europe/Amsterdam; dd-mm-jjjj in both languages (docs/decisions/032-talen.md).
 */
export function tijdstipTekst(op: string, taal: Taal = STANDAARDTAAL): string {
  const t = inTaal(taal, handtekeningTekst, handtekeningTekstEn);
  const deel = (soort: Intl.DateTimeFormatPartTypes, delen: Intl.DateTimeFormatPart[]) => delen.find((d) => d.type === soort)?.value ?? "";
  const delen = AMSTERDAM.formatToParts(new Date(op));
  return t.tijdstip(`${deel("day", delen)}-${deel("month", delen)}-${deel("year", delen)}`, `${deel("hour", delen)}:${deel("minute", delen)}`);
}

/** The applicant's role by who fills in the application (voorWie). */
function aanvragerRolTekst(a: Antwoorden, t: typeof handtekeningTekstEn): string {
  switch (a.voorWie) {
    case "zelf":
    case "wettelijk-vertegenwoordiger":
    case "familie":
      return t.rollen.aanvrager[a.voorWie];
    default:
      return t.rollen.aanvrager.onbekend;
  }
}

/** The signatures on the answers, applicant first, then the gewaarborgde hulp; none: empty. In the words of `taal`. */
export function handtekeningOverzicht(a: Antwoorden, taal: Taal = STANDAARDTAAL): HandtekeningRegel[] {
  const t = inTaal(taal, handtekeningTekst, handtekeningTekstEn);
  const regels: HandtekeningRegel[] = [];
  const regel = (rol: HandtekeningRol, rolTekst: string, h: Handtekening | undefined): void => {
    if (h === undefined) return;
    regels.push({
      rol,
      rolTekst,
      naam: h.naam,
      opTekst: tijdstipTekst(h.op, taal),
      status: handtekeningStatus(a, h),
      verklaringen: (h.verklaringen ?? []).map((v: Verklaring) => t.verklaringen[v]),
      viaDeellink: h.via === "deellink",
    });
  };
  regel("aanvrager", aanvragerRolTekst(a, t), a.handtekeningen?.aanvrager);
  regel("gewaarborgde-hulp", t.rollen.gewaarborgdeHulp, a.handtekeningen?.gewaarborgdeHulp);
  return regels;
}
