/**
 * The checklist for one zorgovereenkomst (./checklist.ts) as an A4 PDF to print and tick off:
 * the zorgverlener's figures from the budgetplan, then per part the answer, what to look out for,
 * the points with an empty box each, and the rules behind it (rule ID and brochure section).
 * The layout (text, wrapping, pages) is lib/pdf/, as for the budgetplan; this file only says
 * what goes where.
 *
 * Its words follow the page that offers it (app/aanvraag/zorgovereenkomsten/[id]): "u" for the
 * applicant; for someone who fills in for a named person, every text that speaks of the applicant
 * as "u" or "uw" names that person, by the same `tekstVoor` and `redenTekst` as the screen ("Riet
 * is werkgever van …", "Riets zorgkantoor"), docs/decisions/028-redenen-als-gegevens.md. The line
 * "Deze checklist helpt u" speaks to whoever reads and ticks, and stays.
 *
 * In English on the English site (docs/decisions/032-talen.md, addenda on the PDFs and on the
 * checklist for another reader), for every reader: every word of this file and of the checklist's
 * own words. English has words of its own for someone who fills in for another person
 * (content/en/zorgovereenkomst-checklist-ander.ts: "Riet is the employer", "Riet's zorgkantoor"),
 * as the reasons and the budgetplan's warnings have (content/en/budgetplan-overzicht-ander.ts); the
 * checklist made in English for that reader already has them, and `tekstVoor` changes nothing in
 * English words.
 */
import { componenten as componentenNl } from "@/content/componenten";
import { componenten as componentenEn } from "@/content/en/componenten";
import { pdfVoor } from "@/content/en/zorgovereenkomst-checklist-ander";
import { AANVRAGER, redenTekst, tekstVoor, type Publiek } from "@/content/redenen";
import { persoonEn } from "@/content/redenen/en/persoon";
import { STANDAARDTAAL, type Taal } from "@/content/taal";
import { inTaal } from "@/content/vertaling";
import { zorgovereenkomstenTeksten as inhoud } from "@/content/wizard/zorgovereenkomsten";
import { isGeldigeDatum, formatDatumNl } from "@/rules/datum";
import { nieuwPdf } from "@/lib/pdf/document";
import { GROOTTE, KLEUR, KOP, Opmaak } from "@/lib/pdf/opmaak";
import { eenRegel, slug } from "@/lib/pdf/tekst";
import { checklistWoorden, zorgkantoorWoorden, type ChecklistOnderdeel, type ZorgovereenkomstChecklist } from "./checklist";

/** This file's words in `taal` for `publiek` (Dutch: for the applicant, worded with `tekstVoor`). */
function woorden(taal: Taal, publiek: Publiek) {
  return {
    t: inTaal(taal, inhoud.pdf, pdfVoor(persoonEn(publiek))),
    c: checklistWoorden(taal, publiek),
    zorgkantoor: zorgkantoorWoorden(taal, publiek),
    componenten: inTaal(taal, componentenNl, componentenEn),
  };
}
type Woorden = ReturnType<typeof woorden>;

/** The checklist's title lines: the document's, then the zorgverlener's name a step smaller. */
const NAAM_GROOTTE = 13;

/**
 * One part: heading, answer, `extra` (bold, already worded for the reader), warning, points,
 * reasons; each text as the page words it for `publiek` (checklist-weergave.tsx).
 */
function schrijfOnderdeel(s: Opmaak, o: ChecklistOnderdeel, extra: string[], publiek: Publiek, taal: Taal, { c, componenten }: Woorden): void {
  const w = (tekst: string) => tekstVoor(tekst, publiek);
  const antwoord = w(o.antwoord);
  s.sectieKop(w(o.titel), s.alineaHoogte(antwoord, { vet: true }, 4));
  s.alinea(antwoord, { vet: true }, 6);
  for (const alinea of o.alineas) s.alinea(w(alinea), {}, 6);
  for (const regel of extra) s.alinea(regel, { vet: true }, 6);
  if (o.waarschuwing !== undefined) {
    s.alinea(`${componenten.melding.waarschuwing}: ${w(o.waarschuwing.titel)}`, { vet: true, kleur: KLEUR.let }, 3);
    for (const alinea of o.waarschuwing.tekst) s.alinea(w(alinea), {}, 6);
  }
  for (const lijst of o.lijsten) {
    if (lijst.kop !== undefined) s.alinea(w(lijst.kop), { vet: true }, 4);
    for (const punt of lijst.punten) s.punt(w(punt));
    s.y -= 2;
  }
  if (o.redenen.length > 0) {
    s.alinea(c.waaromKop, { grootte: GROOTTE.klein, vet: true, kleur: KLEUR.zacht }, 2);
    for (const r of o.redenen) {
      s.alinea(redenTekst(r, publiek, taal), { grootte: GROOTTE.klein, kleur: KLEUR.zacht, in: 8 }, 1);
      s.alinea(`${componenten.reden.regel(r.regel)} · ${componenten.reden.bron(r.bron)}`, { grootte: GROOTTE.klein, kleur: KLEUR.zacht, in: 8 }, 4);
    }
  }
  s.y -= 4;
}

/**
 * The checklist as a PDF (A4), worded for `publiek`: the reader of the page that offers it
 * (`publiekVan` of the draft), in `taal`, the page's: `checklist` must have been made in that
 * language, for that reader (`zorgovereenkomstChecklist`'s `publiek`, the draft's reader
 * unless given). Throws only on a programming error: an `aangemaaktOp` that is no date.
 */
export async function maakChecklistPdf(checklist: ZorgovereenkomstChecklist, publiek: Publiek = AANVRAGER, taal: Taal = STANDAARDTAAL): Promise<Uint8Array> {
  const woordenIn = woorden(taal, publiek);
  const { t, c, componenten } = woordenIn;
  const w = (tekst: string) => tekstVoor(tekst, publiek);
  if (!isGeldigeDatum(checklist.aangemaaktOp)) throw new RangeError(`aangemaaktOp moet een datum jjjj-mm-dd zijn, niet "${checklist.aangemaaktOp}"`);
  const s = new Opmaak(await nieuwPdf(t.metadata, checklist.aangemaaktOp, `${t.metadata.titel} – ${checklist.naam}`, taal), KOP.ruim);

  s.alinea(t.kop, { grootte: GROOTTE.titel, vet: true }, 2);
  s.alinea(c.titel(checklist.naam), { grootte: NAAM_GROOTTE, vet: true }, 4);
  s.alinea(t.gemaakt(formatDatumNl(checklist.aangemaaktOp)), { grootte: GROOTTE.klein, kleur: KLEUR.zacht }, 2);
  s.alinea(t.helpt, { grootte: GROOTTE.klein, kleur: KLEUR.zacht }, 8);

  s.sectieKop(w(c.gegevensKop), 40);
  for (const { label, waarde } of checklist.gegevens) s.gegeven(label, waarde);
  s.y -= 6;

  const zk = checklist.zorgkantoor;
  const logeer = checklist.logeeropvang;
  for (const o of checklist.onderdelen) {
    const extra =
      o.sleutel === "aanleveren" && zk !== null
        ? [w(woordenIn.zorgkantoor.regel(zk.naam, zk.telefoon, zk.website))]
        : o.sleutel === "logeeropvang" && logeer !== null
          ? [`${w(c.logeeropvang.uitkomstKop(logeer.etmalen))}: ${componenten.uitkomst[logeer.uitkomst.uitkomst]}`]
          : [];
    schrijfOnderdeel(s, o, extra, publiek, taal, woordenIn);
  }

  s.paginavoet({ links: t.voet(eenRegel(checklist.naam)), nummer: t.pagina, grootte: GROOTTE.klein, onder: t.bron });

  return s.opslaan();
}

/**
 * "zorgovereenkomst-checklist-<naam>-<jjjj-mm-dd>.pdf", the name slugged as the budgetplan's
 * file name is; without a usable name "zorgovereenkomst-checklist-<datum>.pdf". Only
 * [a-z0-9.-], so it needs no quoting in a Content-Disposition header.
 */
export function checklistBestandsnaam(checklist: Pick<ZorgovereenkomstChecklist, "naam" | "aangemaaktOp">): string {
  const datum = isGeldigeDatum(checklist.aangemaaktOp) ? checklist.aangemaaktOp : slug(checklist.aangemaaktOp, 10);
  const delen = ["zorgovereenkomst-checklist", slug(checklist.naam), datum].filter((deel) => deel !== "");
  return `${delen.join("-")}.pdf`;
}
