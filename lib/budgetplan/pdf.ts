/**
 * The budgetplan as a PDF, laid out after Bijlage 3 of the brochure (BP-01): sections 1–7, the
 * tables of 5 and 6 with rows A–F, the Totaal and the ondertekening (AV-08). Every sum comes from
 * rules/budgetplan.ts (BP-02, BP-03); the layout (text, wrapping, pages, tables) is lib/pdf/.
 * This file only says what goes where.
 */
import { budgetplanPdf as t } from "@/content/budgetplan-pdf";
import { budgetplanUitleg as uitlegEn } from "@/content/en/budgetplan-pdf";
import type { Taal } from "@/content/taal";
import {
  berekenBudgetplan,
  BUDGETPLAN_RIJEN_PER_BLAD,
  formatBreuk,
  rijLetter,
  verdeelOverBladen,
  type BudgetplanRegel,
  type BudgetplanRegelInvoer,
} from "@/rules/budgetplan";
import { formatDatumNl, isGeldigeDatum } from "@/rules/datum";
import { formatBedrag, formatUren } from "@/rules/geld";
import { parametersOp } from "@/rules/parameters";
import type { IsoDatum } from "@/rules/types";
import { BREEDTE, LINKS, nieuwPdf } from "@/lib/pdf/document";
import { GROOTTE, KLEUR, KOP, Opmaak, type Kolom, type TabelRij, type Veld } from "@/lib/pdf/opmaak";
import { eenRegel } from "@/lib/pdf/tekst";
import type { BudgetplanDigitaleHandtekening, BudgetplanDocument, BudgetplanOndertekenaar, BudgetplanZorgverlener } from "./document";
import { jaarparameters } from "@/lib/parameters/jaarparameters";

/** The title of a vervolgblad, a step below the budgetplan's own. */
const VERVOLGBLAD_TITEL = 14;

/** A date as the form writes it (dd-mm-jjjj); an unusable one as typed rather than failing. */
function datumTekst(datum: IsoDatum | null): string {
  if (datum === null) return "";
  return isGeldigeDatum(datum) ? formatDatumNl(datum) : datum;
}

/** AV-08: one signer's fields, next to room to sign by hand. */
function ondertekenaarVelden(o: BudgetplanOndertekenaar): Veld[] {
  return [
    { label: t.ondertekening.naam, waarde: eenRegel(o.naam) },
    { label: t.ondertekening.relatie, waarde: eenRegel(o.relatie) },
    { label: t.ondertekening.datum, waarde: datumTekst(o.datum) },
  ];
}

interface Rij {
  zorgverlener: BudgetplanZorgverlener;
  regel: BudgetplanRegel;
  /** BP-06: "A".."F" on sheet 1, "2A".. on vervolgblad 2. */
  code: string;
}

function invoer(z: BudgetplanZorgverlener): BudgetplanRegelInvoer {
  return { naam: z.naam, urenPerWeek: z.urenPerWeek, uurtarief: z.uurtarief };
}

const KOLOMMEN_INKOOP: Kolom[] = [
  { kop: "", breedte: 24, uitlijning: "midden" },
  { kop: t.inkoopZorg.kolomNaam, breedte: 190, uitlijning: "links" },
  { kop: t.inkoopZorg.kolomPlaats, breedte: 140, uitlijning: "links" },
  { kop: t.inkoopZorg.kolomKvkOfBsn, breedte: BREEDTE - 354, uitlijning: "links" },
];

const KOLOMMEN_BEDRAG: Kolom[] = [
  { kop: "", breedte: 24, uitlijning: "midden" },
  { kop: t.bedragPerZorgverlener.kolomNaam, breedte: 123, uitlijning: "links" },
  { kop: t.bedragPerZorgverlener.kolomUren, breedte: 46, uitlijning: "rechts" },
  { kop: t.bedragPerZorgverlener.kolomUurtarief, breedte: 62, uitlijning: "rechts" },
  { kop: t.bedragPerZorgverlener.kolomWeken, breedte: 52, uitlijning: "rechts" },
  { kop: t.bedragPerZorgverlener.kolomPerMaand, breedte: 70, uitlijning: "rechts" },
  { kop: t.bedragPerZorgverlener.kolomMaanden, breedte: 42, uitlijning: "rechts" },
  { kop: t.bedragPerZorgverlener.kolomPerJaar, breedte: BREEDTE - 419, uitlijning: "rechts" },
];

function geenZorgverlenersRij(kolommen: Kolom[]): TabelRij {
  return { cellen: [{ tekst: t.geenZorgverleners, span: kolommen.length, uitlijning: "links" }] };
}

function inkoopRijen(rijen: Rij[]): TabelRij[] {
  if (rijen.length === 0) return [geenZorgverlenersRij(KOLOMMEN_INKOOP)];
  return rijen.map(({ zorgverlener: z, code }) => ({
    cellen: [{ tekst: code }, { tekst: z.naam }, { tekst: z.plaats }, { tekst: z.kvkOfBsn }],
  }));
}

function bedragRijen(rijen: Rij[], weken: string, maanden: string): TabelRij[] {
  if (rijen.length === 0) return [geenZorgverlenersRij(KOLOMMEN_BEDRAG)];
  return rijen.map(({ zorgverlener: z, regel, code }) => ({
    cellen: [
      { tekst: code },
      { tekst: z.naam },
      { tekst: formatUren(z.urenPerWeek) },
      { tekst: formatBedrag(z.uurtarief), voor: "×" },
      { tekst: weken, voor: "×" },
      { tekst: formatBedrag(regel.kostenPerMaand), voor: "=" },
      { tekst: maanden, voor: "×" },
      { tekst: formatBedrag(regel.kostenPerJaar), voor: "=" },
    ],
  }));
}

function somRij(label: string, bedrag: string): TabelRij {
  return { nadruk: true, cellen: [{ tekst: label, span: KOLOMMEN_BEDRAG.length - 1, uitlijning: "links" }, { tekst: bedrag, voor: "=" }] };
}

/** BP-03 (docs/regels.md): where rounding to whole euros changed the month, show the exact figure too. */
function afrondingsNoot(o: Opmaak, rijen: Rij[]): void {
  const afgerond = rijen.filter((r) => r.regel.kostenPerMaandOnafgerond !== r.regel.kostenPerMaand);
  if (afgerond.length === 0) return;
  const lijst = afgerond.map((r) => t.bedragPerZorgverlener.afrondingRij(r.code, formatBedrag(r.regel.kostenPerMaandOnafgerond))).join("; ");
  o.alinea(t.bedragPerZorgverlener.afronding(lijst), { grootte: GROOTTE.voet, kleur: KLEUR.zacht });
}

/**
 * Section 7, under the blocks to sign by hand: who signed digitally and when, and whether it was
 * through a share link. A signature made before the application changed is still listed, with in
 * bold that it no longer holds, so the zorgkantoor never takes it for a signature on this version.
 * Nothing when nobody signed.
 */
function digitaalOndertekend(o: Opmaak, handtekeningen: BudgetplanDigitaleHandtekening[]): void {
  if (handtekeningen.length === 0) return;
  const d = t.ondertekening.digitaal;
  o.kader(d.kop, [
    { tekst: d.uitleg, opmaak: { grootte: GROOTTE.klein, kleur: KLEUR.zacht } },
    ...handtekeningen.map((h) => {
      const rol = eenRegel(h.rolTekst);
      const naam = eenRegel(h.naam);
      if (!h.geldig) return { tekst: d.vernieuwen(rol, naam, h.opTekst, h.viaDeellink), opmaak: { vet: true } };
      return { tekst: [d.geldig(rol, naam, h.opTekst, h.viaDeellink), ...(h.verklaringen.length > 0 ? [d.verklaringen] : [])].join(" ") };
    }),
  ]);
}

function voettekst(o: Opmaak, tekst: string): void {
  o.alinea(tekst, { grootte: GROOTTE.voet, kleur: KLEUR.zacht }, 4);
}

/** What the page in English says about this plan. */
interface UitlegFeiten {
  zorgkantoor: BudgetplanDocument["zorgkantoor"];
  aantal: number;
  perMaand: string;
  perJaar: string;
  weken: string;
  maanden: string;
  bladen: number;
}

/**
 * The page after the Dutch form for a reader of the English site (docs/decisions/032-talen.md,
 * addendum on the PDFs): what the form is, who it is for, each section by its Dutch name with
 * its meaning, the totals and what to do next. Its footer is its own, so the form's pages keep
 * theirs ("Pagina 1 van 2") exactly as in Dutch.
 */
function uitlegPagina(o: Opmaak, f: UitlegFeiten): void {
  const u = uitlegEn;
  const vanaf = o.aantalPaginas();
  o.zetLopendeKop("");
  o.nieuwePagina();
  o.alinea(u.kop, { grootte: GROOTTE.titel, vet: true }, 6);
  o.alinea(u.inleiding, { kleur: KLEUR.zacht }, 8);
  o.sectieKop(u.watKop);
  o.alinea(u.wat);
  o.sectieKop(u.voorWieKop);
  o.alinea(u.voorWie);
  if (f.zorgkantoor) o.alinea(u.zorgkantoor(eenRegel(f.zorgkantoor.naam), eenRegel(f.zorgkantoor.telefoon), eenRegel(f.zorgkantoor.website)));
  o.sectieKop(u.sectiesKop);
  const secties: [string, string][] = [
    [t.secties.persoonsgegevens, u.secties.persoonsgegevens],
    [t.secties.indicatie, u.secties.indicatie],
    [t.secties.redenKeuzePgb, u.secties.redenKeuzePgb],
    [t.secties.zorgInkopen, u.secties.zorgInkopen],
    [t.secties.inkoopZorg, u.secties.inkoopZorg],
    [t.secties.bedragPerZorgverlener, u.secties.bedragPerZorgverlener(f.weken, f.maanden)],
    [t.secties.ondertekening, u.secties.ondertekening],
  ];
  for (const [naam, betekenis] of secties) {
    o.alinea(naam, { vet: true }, 1);
    o.alinea(betekenis, { in: 12 }, 4);
  }
  if (f.bladen > 1) o.alinea(u.vervolgbladen(f.bladen), { in: 12 }, 4);
  o.sectieKop(u.totalenKop);
  o.gegeven(u.zorgverleners, String(f.aantal));
  o.gegeven(u.perMaand, f.perMaand);
  o.gegeven(u.perJaar, f.perJaar);
  o.y -= 6;
  o.sectieKop(u.verderKop);
  for (const stap of u.verder) o.punt(stap);
  o.paginavoet({ links: u.voet, nummer: () => u.pagina, grootte: GROOTTE.voet, vanaf });
}

/**
 * The budgetplan as a PDF (A4). BP-06: sheet 1 holds zorgverleners A–F; every next six go on a
 * "Vervolgblad" at the end, lettered A–F again with the sheet number in front ("2A"), and the
 * Totaal on sheet 1 covers all of them. Throws only on a programming error: an invalid
 * `aangemaaktOp`, or hours or a tarief outside what rules/budgetplan.ts accepts. `taal`: the
 * language of the page it was asked from; the form stays Dutch, English adds one page at the end.
 */
export async function maakBudgetplanPdf(d: BudgetplanDocument, taal: Taal = "nl"): Promise<Uint8Array> {
  if (!isGeldigeDatum(d.aangemaaktOp)) throw new RangeError(`aangemaaktOp moet een datum jjjj-mm-dd zijn, niet "${d.aangemaaktOp}"`);
  const peildatum = d.aangemaaktOp;
  const brochure = parametersOp(peildatum, jaarparameters().tabel).brochure;
  const weken = formatBreuk(brochure.wekenPerMaand);
  const maanden = String(brochure.maandenPerJaar);

  // BP-02/BP-03: every amount on the form comes from the rules, per row and in total.
  const plan = berekenBudgetplan(d.zorgverleners.map(invoer), { peildatum, tabel: jaarparameters().tabel });
  const alleRijen: Rij[] = d.zorgverleners.map((zorgverlener, i) => {
    const regel = plan.regels[i];
    if (regel === undefined) throw new Error("berekenBudgetplan gaf minder regels dan zorgverleners");
    return { zorgverlener, regel, code: "" };
  });
  const bladen = verdeelOverBladen(alleRijen).map((blad, b) =>
    blad.map((rij, i) => ({ ...rij, code: t.rijCode(b + 1, rijLetter(i)) })),
  );
  const eersteBlad = bladen[0] ?? [];
  const subtotaal = (blad: Rij[]): string => formatBedrag(berekenBudgetplan(blad.map((r) => invoer(r.zorgverlener)), { peildatum, tabel: jaarparameters().tabel }).totaalPerJaar);

  const o = new Opmaak(await nieuwPdf(t.metadata, d.aangemaaktOp), KOP.formulier);
  const achternaam = eenRegel(d.achternaam);
  const geboortedatum = datumTekst(d.geboortedatum);
  o.zetLopendeKop(t.lopendeKop(achternaam, geboortedatum));

  o.tekst(t.kop, LINKS, o.y - GROOTTE.titel, { grootte: GROOTTE.titel, vet: true });
  o.y -= GROOTTE.titel + 8;
  o.tekst(t.aangemaakt(formatDatumNl(d.aangemaaktOp)), LINKS, o.y - GROOTTE.klein, { grootte: GROOTTE.klein, kleur: KLEUR.zacht });
  o.y -= GROOTTE.klein + 16;

  o.sectieKop(t.secties.persoonsgegevens);
  o.veldenRij([{ label: t.persoonsgegevens.achternaam, waarde: achternaam }]);
  o.veldenRij([
    { label: t.persoonsgegevens.geboortedatum, waarde: geboortedatum },
    { label: t.persoonsgegevens.bsn, waarde: eenRegel(d.bsn ?? "") },
  ]);

  o.sectieKop(t.secties.indicatie);
  o.veldenRij([{ label: t.indicatie.zorgprofiel, waarde: eenRegel(d.zorgprofiel) }]);

  o.sectieKop(t.secties.redenKeuzePgb);
  o.vrijeTekst(t.redenKeuzePgb.vraag, d.redenKeuzePgb);

  o.sectieKop(t.secties.zorgInkopen);
  o.vrijeTekst(t.zorgInkopen.vraag, d.zorgInkopen);

  // Sections 5 and 6 move to the next page whole when they fit on one: rows A–F and their
  // Totaal are read together.
  const vraagOpmaak = { grootte: GROOTTE.klein, kleur: KLEUR.zacht };
  const inkoop = inkoopRijen(eersteBlad);
  o.sectieKop(t.secties.inkoopZorg, o.alineaHoogte(t.inkoopZorg.vraag, vraagOpmaak, 4) + o.tabelHoogte(KOLOMMEN_INKOOP, inkoop));
  o.alinea(t.inkoopZorg.vraag, vraagOpmaak, 4);
  o.tabel(KOLOMMEN_INKOOP, inkoop);
  voettekst(o, t.inkoopZorg.voetnoot);
  o.y -= 6;

  const sommen =
    bladen.length > 1
      ? [
          somRij(t.bedragPerZorgverlener.subtotaalBlad(1), subtotaal(eersteBlad)),
          somRij(t.bedragPerZorgverlener.totaalAlleBladen(alleRijen.length, bladen.length), formatBedrag(plan.totaalPerJaar)),
        ]
      : [somRij(t.bedragPerZorgverlener.totaal, formatBedrag(plan.totaalPerJaar))];
  const bedragen = [...bedragRijen(eersteBlad, weken, maanden), ...sommen];
  o.sectieKop(
    t.secties.bedragPerZorgverlener,
    o.alineaHoogte(t.bedragPerZorgverlener.vraag, vraagOpmaak, 4) + o.tabelHoogte(KOLOMMEN_BEDRAG, bedragen),
  );
  o.alinea(t.bedragPerZorgverlener.vraag, vraagOpmaak, 4);
  o.tabel(KOLOMMEN_BEDRAG, bedragen);
  afrondingsNoot(o, eersteBlad);
  o.y -= 6;

  const inleiding = [
    t.ondertekening.opsturen,
    ...(d.zorgkantoor ? [t.ondertekening.zorgkantoor(eenRegel(d.zorgkantoor.naam), eenRegel(d.zorgkantoor.telefoon), eenRegel(d.zorgkantoor.website))] : []),
    ...(bladen.length > 1 ? [t.ondertekening.vervolgbladen(bladen.length)] : []),
  ];
  // AV-08: an empty list still gets one block, to be filled in and signed by hand.
  const ondertekenaars: BudgetplanOndertekenaar[] = d.ondertekenaars.length > 0 ? d.ondertekenaars : [{ naam: "", relatie: "", datum: null }];
  const voetnoten = [t.ondertekening.voetnootVertegenwoordiger, t.ondertekening.voetnootBudgethouder];
  const voetnotenHoogte = voetnoten.reduce((som, v) => som + o.alineaHoogte(v, { grootte: GROOTTE.voet }, 4), 0);
  const eersteOndertekenaar = ondertekenaars[0];
  // The heading stays with its text and the first signer (and the footnote, when there is one signer).
  o.sectieKop(
    t.secties.ondertekening,
    inleiding.reduce((som, a) => som + o.alineaHoogte(a), 4) +
      (eersteOndertekenaar === undefined ? 0 : o.tekenvakHoogte(ondertekenaarVelden(eersteOndertekenaar))) +
      (ondertekenaars.length === 1 ? voetnotenHoogte : 0),
  );
  for (const alinea of inleiding) o.alinea(alinea);
  o.y -= 4;
  // The footnote explains the "*" of "Relatie tot budgethouder": it stays with the last signer.
  ondertekenaars.forEach((ondertekenaar, i) => o.tekenvak(ondertekenaarVelden(ondertekenaar), t.ondertekening.handtekening, i === ondertekenaars.length - 1 ? voetnotenHoogte : 0));
  for (const voetnoot of voetnoten) voettekst(o, voetnoot);
  digitaalOndertekend(o, d.digitaleHandtekeningen);

  // BP-06: the rows after F, six per vervolgblad; none is dropped.
  bladen.slice(1).forEach((blad, i) => {
    const nummer = i + 2;
    const eerste = (nummer - 1) * BUDGETPLAN_RIJEN_PER_BLAD + 1;
    o.nieuwePagina();
    o.tekst(t.vervolgblad(nummer), LINKS, o.y - VERVOLGBLAD_TITEL, { grootte: VERVOLGBLAD_TITEL, vet: true });
    o.y -= VERVOLGBLAD_TITEL + 8;
    o.alinea(t.vervolgbladUitleg(nummer, eerste, eerste + blad.length - 1, achternaam), { grootte: GROOTTE.klein, kleur: KLEUR.zacht }, 10);
    const inkoopBlad = inkoopRijen(blad);
    o.sectieKop(t.vervolg(t.secties.inkoopZorg), o.tabelHoogte(KOLOMMEN_INKOOP, inkoopBlad));
    o.tabel(KOLOMMEN_INKOOP, inkoopBlad);
    o.y -= 6;
    const bedragenBlad = [...bedragRijen(blad, weken, maanden), somRij(t.bedragPerZorgverlener.subtotaalBlad(nummer), subtotaal(blad))];
    o.sectieKop(t.vervolg(t.secties.bedragPerZorgverlener), o.tabelHoogte(KOLOMMEN_BEDRAG, bedragenBlad));
    o.tabel(KOLOMMEN_BEDRAG, bedragenBlad);
    afrondingsNoot(o, blad);
  });

  o.paginavoet({ links: t.bron, nummer: t.pagina, grootte: GROOTTE.voet });

  if (taal === "en") {
    uitlegPagina(o, {
      zorgkantoor: d.zorgkantoor,
      aantal: alleRijen.length,
      perMaand: formatBedrag(plan.regels.reduce((som, r) => som + r.kostenPerMaand, 0)),
      perJaar: formatBedrag(plan.totaalPerJaar),
      weken,
      maanden,
      bladen: bladen.length,
    });
  }

  return o.opslaan();
}
