/**
 * The running text in sight of the pages that link glossary terms outside the question and
 * outcome pages (docs/decisions/031-burgerpaginas.md, addendum "glossary terms on the overview
 * pages"): per page its groups of texts in reading order, planned by `planGroepen`. Headings,
 * labels, buttons and folded parts are not in these lists. The page renders from the plan, and
 * the tests plan the same lists, so a content change that drops a term's first link fails there.
 */
import { aanvraag } from "@/content/aanvraag";
import { begrippen } from "@/content/begrippen";
import { begrippen as begrippenEn } from "@/content/en/begrippen";
import { start as startEn } from "@/content/en/start";
import { voorbereiden as voorbereidenEn } from "@/content/en/voorbereiden";
import { start as startNl } from "@/content/start";
import { STANDAARDTAAL, type Taal } from "@/content/taal";
import { inTaal } from "@/content/vertaling";
import { voorbereiden as voorbereidenNl } from "@/content/voorbereiden";
import { declaratiesTeksten } from "@/content/wizard/declaraties";
import { declaratiesTeksten as declaratiesTekstenEn } from "@/content/en/wizard/declaraties";
import { toekenningPaginas } from "@/content/wizard/toekenning";
import { toekenningPaginas as toekenningPaginasEn } from "@/content/en/wizard/toekenning";
import { redenTekstIn } from "@/lib/wizard/vragen/reden-taal";
import { zorgovereenkomstenTeksten } from "@/content/wizard/zorgovereenkomsten";
import { zorgovereenkomstenTeksten as zorgovereenkomstenTekstenEn } from "@/content/en/wizard/zorgovereenkomsten";
import { AANVRAGER, persoonVoor, redenTekst, type Persoon, type Publiek } from "@/content/redenen";
import { zorgkantoorPagina } from "@/content/zorgkantoor";
import { planGroepen, zichtbareUitlegTeksten } from "@/lib/begrippen";
import { budgetTeksten, budgetWaarschuwingTeksten } from "@/lib/declaraties/budget";
import type { Aanspreking, Uitleg } from "@/lib/wizard/types";
import { klaarleggenVoorDeAanvraag } from "@/lib/wizard/stappen";
import { declarerenViaPortaal, declarerenViaSvb, declaratiesNodig, magDeclareren, subsidievaststelling, takenSvb } from "@/rules/declaratie";
import type { Reden } from "@/rules/redenen";
import { kwaliteitseis, zorgovereenkomstEnZorgbeschrijving } from "@/rules/zorgovereenkomst";

/**
 * The start page (app/page.tsx): introduction, the line to the glossary, what to have at hand,
 * privacy, the six steps, sources. In English the same groups in the English words: the terms are
 * found by their Dutch forms, which the English text keeps ("zorgkantoor", "pgb", "gewaarborgde
 * hulp"), and link to the same entries (docs/decisions/032-talen.md, addendum 2026-12-05).
 */
export const startBegrippen = (taal: Taal = STANDAARDTAAL) => {
  const start = inTaal(taal, startNl, startEn);
  const voorbereiden = inTaal(taal, voorbereidenNl, voorbereidenEn);
  return planGroepen({
    inleiding: start.inleiding,
    // "Kent u een woord niet, zoals …?": its examples are a first use too, and lead to their entry.
    woorden: [inTaal(taal, begrippen, begrippenEn).startTekst],
    klaarleggen: klaarleggenVoorDeAanvraag().map((ding) => voorbereiden.klaarleggen[ding]),
    gegevens: start.gegevens,
    stappen: start.stappen.map((stap) => stap.tekst),
    bron: [start.bronTekst],
  });
};

/** The task list (app/aanvraag/page.tsx): its introduction only. */
export const overzichtBegrippen = () => planGroepen({ inleiding: [aanvraag.overzicht.inleiding] });

/**
 * Stap 4's overview page: its introduction, each part's line under its link (`delen`, from the
 * page, in its order and for its reader) and the line above "Klaar met deze stap".
 */
export const toekenningBegrippen = (wie: Aanspreking, delen: readonly string[] = [], taal: Taal = STANDAARDTAAL) => {
  const t = inTaal(taal, toekenningPaginas, toekenningPaginasEn).overzicht;
  return planGroepen({ inleiding: t.inleiding(wie), delen, klaar: [t.klaarTekst] });
};

/**
 * Stap 5's overview page: its introduction, the line when the budgetplan has no zorgverleners
 * yet, the reasons about the agreements, how to hand them in with its reasons, and the line above
 * "Klaar met deze stap". The zorgkantoor's details and the zorgverleners' own lines are not linked.
 */
/** Stap 5's reasons about the zorgovereenkomst, zorgbeschrijving and quality, as the page shows them. */
export const zorgovereenkomstenAfspraken = (): Reden[] => [...zorgovereenkomstEnZorgbeschrijving(), ...kwaliteitseis()];

export const zorgovereenkomstenBegrippen = (
  wie: Aanspreking,
  publiek: Publiek,
  pagina: { zorgverleners: number; aanleveren: { antwoord: string; redenen: readonly Reden[] } },
  taal: Taal = STANDAARDTAAL,
) => {
  const t = inTaal(taal, zorgovereenkomstenTeksten, zorgovereenkomstenTekstenEn).overzicht;
  return planGroepen({
    inleiding: t.inleiding(wie),
    geenZorgverleners: pagina.zorgverleners === 0 ? [t.geenZorgverleners] : [],
    afspraken: zorgovereenkomstenAfspraken().map((reden) => redenTekstIn(reden, publiek, taal)),
    aanleveren: [pagina.aanleveren.antwoord],
    aanleverenRedenen: pagina.aanleveren.redenen.map((reden) => redenTekstIn(reden, publiek, taal)),
    klaar: [t.klaarUitleg(wie)],
  });
};

/** The reasons of stap 6's page, in its order; the page shows these lists. */
export const declaratiesRedenen = () => ({
  kunnen: magDeclareren({}).redenen,
  portaal: declarerenViaPortaal(),
  svb: declarerenViaSvb(),
  metMaandloon: declaratiesNodig(true).redenen,
  zonderMaandloon: declaratiesNodig(false).redenen,
  naHetJaar: subsidievaststelling(),
  svbTaken: takenSvb(),
});

/**
 * Stap 6's page: its introduction, then every text in sight below it in reading order: the
 * reasons, the paragraphs between them and the line under each tool's link (`hulpmiddelen`,
 * given by the page: the budget's line names the applicant for someone filling in).
 */
export const declaratiesBegrippen = (wie: Aanspreking, publiek: Publiek, hulpmiddelen: readonly string[], taal: Taal = STANDAARDTAAL) => {
  const t = inTaal(taal, declaratiesTeksten, declaratiesTekstenEn).stap;
  const persoon = persoonVoor(publiek);
  const r = declaratiesRedenen();
  const tekst = (redenen: readonly Reden[]) => redenen.map((reden) => redenTekstIn(reden, publiek, taal));
  return planGroepen({
    inleiding: [t.inleiding(wie)],
    kunnen: tekst(r.kunnen),
    portaal: tekst(r.portaal),
    portaalMeer: [t.portaalMeer],
    svb: tekst(r.svb),
    bekijken: [t.bekijken(persoon)],
    maandloon: [t.maandloonVraag(persoon)],
    metMaandloon: tekst(r.metMaandloon),
    zonderMaandloon: tekst(r.zonderMaandloon),
    hulpmiddelenUitleg: [t.hulpmiddelenUitleg],
    hulpmiddelen,
    naHetJaar: tekst(r.naHetJaar),
    svbTaken: tekst(r.svbTaken),
    svbMeer: [t.svbMeer],
    klaar: [t.klaarUitleg],
  });
};

/**
 * A tool page (a GET form, lib/wizard/zoek-hulp.ts) before its outcome: the paragraphs above the
 * form. With an outcome in sight, its reasons in sight instead (`redenen`). Labels, hints and
 * folded reasons are not linked.
 */
export const hulpmiddelBegrippen = (teksten: { inleiding: readonly string[]; redenen?: readonly string[] }) =>
  planGroepen({ inleiding: teksten.inleiding, redenen: teksten.redenen ?? [] });

/**
 * The versturen page: the notice's text (not sent yet, or sent on a date), "what to send" and
 * each paper's line, and what happens next; the texts come from the page, which has the answers.
 */
export const versturenBegrippen = (teksten: { melding: string[]; wat: string[]; documenten: string[]; daarna: string[] }) => planGroepen(teksten);

/** /gedeeld/aanvraag's introduction: the notice's texts and the line above the answers. */
export const gedeeldBegrippen = (teksten: { melding: string[]; antwoorden: string[] }) => planGroepen(teksten);

/*
 * The tool pages (a GET form read by lib/wizard/zoek-hulp.ts): the paragraphs above the form, and
 * the reasons in sight with an outcome. Labels, hints, the form's words and folded reasons are not
 * linked. A page with an outcome in place of its introduction plans the outcome's reasons from
 * nothing: the RedenenLijst gets `begrippenEerder={[]}`.
 */

/** Stap 6, the four weeks: the two paragraphs above the form, before an outcome. */
export const termijnBegrippen = (weken: number, persoon: Persoon | null, taal: Taal = STANDAARDTAAL) => {
  const t = inTaal(taal, declaratiesTeksten, declaratiesTekstenEn).termijn;
  return planGroepen({ inleiding: [t.uitleg(weken, persoon), t.portaal] });
};

/** Stap 6, the verantwoordingsvrije bedrag: the paragraphs above the form, before an outcome. */
export const verantwoordingsvrijBegrippen = (persoon: Persoon | null, taal: Taal = STANDAARDTAAL) =>
  planGroepen({ inleiding: inTaal(taal, declaratiesTeksten, declaratiesTekstenEn).verantwoordingsvrij.uitleg(persoon) });

/** Stap 4, the beschikking: the introduction, what is in the letter (reasons), the zorgprofiel line and the toeslagen (reasons). */
export const beschikkingBegrippen = (
  publiek: Publiek,
  pagina: { feiten: readonly Reden[]; zorgprofiel: string | null; toeslagen: readonly Reden[] },
  taal: Taal = STANDAARDTAAL,
) =>
  planGroepen({
    inleiding: [inTaal(taal, toekenningPaginas, toekenningPaginasEn).beschikking.inleiding],
    feiten: pagina.feiten.map((reden) => redenTekstIn(reden, publiek, taal)),
    zorgprofiel: pagina.zorgprofiel === null ? [] : [pagina.zorgprofiel],
    toeslagen: pagina.toeslagen.map((reden) => redenTekstIn(reden, publiek, taal)),
  });

/**
 * Stap 4, the eigen bijdrage: the introduction, then the answer to "Betaalt u een eigen
 * bijdrage?" (the line about the age and the reasons), the estimate's block when in sight (its
 * line and its reasons), the paragraph of the estimate section (how to estimate, or why there are
 * no amounts; `schatten` is null when the section is not shown) and the CAK's line. The mpt's
 * reasons are folded, the amount and the CAK's details are no running text.
 */
export const eigenBijdrageBegrippen = (
  wie: Aanspreking,
  publiek: Publiek,
  pagina: { leeftijd: string; redenen: readonly Reden[]; schatting: readonly Reden[] | null; schatten: string | null },
  taal: Taal = STANDAARDTAAL,
) => {
  const t = inTaal(taal, toekenningPaginas, toekenningPaginasEn).eigenBijdrage;
  return planGroepen({
    inleiding: [t.inleiding(wie)],
    leeftijd: [pagina.leeftijd],
    redenen: pagina.redenen.map((reden) => redenTekstIn(reden, publiek, taal)),
    schatting: pagina.schatting === null ? [] : [t.schatting.isSchatting],
    schattingRedenen: (pagina.schatting ?? []).map((reden) => redenTekstIn(reden, publiek, taal)),
    schatten: pagina.schatten === null ? [] : [pagina.schatten],
    cak: [t.cak.rekenprogramma],
  });
};

/** Stap 4, abroad: the paragraphs above the form, before an outcome. */
export const buitenlandBegrippen = (wie: Aanspreking, taal: Taal = STANDAARDTAAL) =>
  planGroepen({ inleiding: inTaal(taal, toekenningPaginas, toekenningPaginasEn).buitenland.inleiding(wie) });

/**
 * Stap 4, abroad, with an outcome in place of the introduction: the outcome's reasons, then the
 * zorgkantoor to report to (its paragraphs in sight, `UitlegBlokken`). The answers below the
 * reasons are labels and values, no running text.
 */
export const buitenlandUitkomstBegrippen = (publiek: Publiek, pagina: { redenen: readonly Reden[]; zorgkantoor: readonly Uitleg[] }, taal: Taal = STANDAARDTAAL) =>
  planGroepen({ redenen: pagina.redenen.map((reden) => redenTekstIn(reden, publiek, taal)), zorgkantoor: zichtbareUitlegTeksten(pagina.zorgkantoor) });

/**
 * Stap 4, "Wanneer stopt het pgb?" (no form): the introduction, the line about the gewaarborgde
 * hulp when there is one, the three reason lists in their order and the zorgkantoor to report to.
 */
export const eindeBegrippen = (
  wie: Aanspreking,
  publiek: Publiek,
  pagina: { gewaarborgdeHulp: boolean; gronden: readonly Reden[]; melden: readonly Reden[]; naHetEinde: readonly Reden[]; zorgkantoor: readonly Uitleg[] },
  taal: Taal = STANDAARDTAAL,
) => {
  const t = inTaal(taal, toekenningPaginas, toekenningPaginasEn).einde;
  const tekst = (redenen: readonly Reden[]) => redenen.map((reden) => redenTekstIn(reden, publiek, taal));
  return planGroepen({
    inleiding: [t.inleiding(wie), ...(pagina.gewaarborgdeHulp ? [t.metGewaarborgdeHulp] : [])],
    gronden: tekst(pagina.gronden),
    melden: tekst(pagina.melden),
    naHetEinde: tekst(pagina.naHetEinde),
    zorgkantoor: zichtbareUitlegTeksten(pagina.zorgkantoor),
  });
};

/** "Vind uw zorgkantoor": the introduction, before an outcome. */
export const zorgkantoorZoekenBegrippen = () => planGroepen({ inleiding: [zorgkantoorPagina.inleiding] });

/**
 * "Vind uw zorgkantoor" with an outcome in place of the introduction: the outcome block's
 * paragraphs (`alineas`, from the page: what a zorgkantoor is, the gemeente to confirm, or the
 * places to choose from), its reasons in sight and the sources. Folded reasons (the postcode's)
 * and the zorgkantoor's details are not linked. The page is for the applicant, "u".
 */
export const zorgkantoorUitkomstBegrippen = (pagina: { alineas: readonly string[]; redenen?: readonly Reden[]; bronnen?: readonly string[] }) =>
  planGroepen({
    alineas: pagina.alineas,
    redenen: (pagina.redenen ?? []).map((reden) => redenTekst(reden, AANVRAGER)),
    bronnen: pagina.bronnen ?? [],
  });

/** Stap 6, the budget: the two paragraphs above the form, before an outcome, for its reader. */
export const budgetBegrippen = (publiek: Publiek, jaar: string, taal: Taal = STANDAARDTAAL) => {
  const w = budgetTeksten(publiek, taal);
  return planGroepen({ inleiding: [w.uitleg(jaar), w.bekijken] });
};

/**
 * Stap 6, the budget with an outcome in place of the introduction, for its reader: the line about
 * the plan's amounts, the warning's text and what to do, the line when no month is filled in, the
 * table's explanation, how we count and the reasons. `planGebruikt` and `waarschuwing` come from
 * the page as it shows them (with their amounts); null when not in sight. The rows of figures and
 * the table's cells are no running text.
 */
export const budgetUitkomstBegrippen = (
  publiek: Publiek,
  pagina: { planGebruikt: string | null; waarschuwing: string | null; geenMaanden: boolean; redenen: readonly Reden[] },
  taal: Taal = STANDAARDTAAL,
) => {
  const w = budgetTeksten(publiek, taal);
  return planGroepen({
    planGebruikt: pagina.planGebruikt === null ? [] : [pagina.planGebruikt],
    waarschuwing: pagina.waarschuwing === null ? [] : [pagina.waarschuwing, budgetWaarschuwingTeksten(publiek, taal).watDoen],
    geenMaanden: pagina.geenMaanden ? [w.geenMaanden] : [],
    tabel: [w.tabel.uitleg],
    rekenwijze: [w.rekenwijze],
    redenen: pagina.redenen.map((reden) => redenTekstIn(reden, publiek, taal)),
  });
};
