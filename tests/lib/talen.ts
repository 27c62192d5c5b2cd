/**
 * The content modules that have English words (docs/decisions/032-talen.md), for the tests: the
 * shape check (content/talen.test.ts) and the English pages' check for Dutch left behind
 * (tests/e2e/engels.spec.ts).
 */
import { aanvraag as aanvraagNl } from "@/content/aanvraag";
import { algemeen as algemeenNl } from "@/content/algemeen";
import { componenten as componentenNl } from "@/content/componenten";
import { aanvraag as aanvraagEn } from "@/content/en/aanvraag";
import { algemeen as algemeenEn } from "@/content/en/algemeen";
import { componenten as componentenEn } from "@/content/en/componenten";
import * as wizardAlgemeenEn from "@/content/en/wizard/algemeen";
import { indicatieVragen as indicatieEn } from "@/content/en/wizard/indicatie";
import * as keuzeEn from "@/content/en/wizard/keuze";
import { resultaatTeksten as resultaatEn } from "@/content/en/wizard/resultaat";
import { zorgsoortLabels } from "@/content/redenen/leveringsvorm";
import * as keuzeNl from "@/content/wizard/keuze";
import { resultaatTeksten as resultaatNl } from "@/content/wizard/resultaat";
import { deAanvrager, formulier, veldnamen } from "@/content/wizard/algemeen";
import { indicatieVragen as indicatieNl } from "@/content/wizard/indicatie";
import { begrippen as begrippenEn } from "@/content/en/begrippen";
import { begrippen as begrippenNl } from "@/content/begrippen";
import { bronnen as bronnenEn } from "@/content/en/bronnen";
import { bronnen as bronnenNl } from "@/content/bronnen";
import { contact as contactEn } from "@/content/en/contact";
import { contact as contactNl } from "@/content/contact";
import { delen as delenEn } from "@/content/en/delen";
import { delen as delenNl } from "@/content/delen";
import { foutTeksten as foutenEn } from "@/content/en/fouten";
import { foutTeksten as foutenNl } from "@/content/fouten";
import { handtekeningTekst as handtekeningTekstEn } from "@/content/en/handtekeningen";
import { handtekeningTekst as handtekeningTekstNl } from "@/content/handtekeningen";
import { linkDoorgeven as linkDoorgevenEn } from "@/content/en/link-doorgeven";
import { linkDoorgeven as linkDoorgevenNl } from "@/content/link-doorgeven";
import { linksOpenen as linksOpenenEn } from "@/content/en/links-openen";
import { linksOpenen as linksOpenenNl } from "@/content/links-openen";
import { ondertekenen as ondertekenenEn } from "@/content/en/ondertekenen";
import { ondertekenen as ondertekenenNl } from "@/content/ondertekenen";
import { privacy as privacyEn } from "@/content/en/privacy";
import { privacy as privacyNl } from "@/content/privacy";
import { start as startEn } from "@/content/en/start";
import { start as startNl } from "@/content/start";
import { toegankelijkheid as toegankelijkheidEn } from "@/content/en/toegankelijkheid";
import { toegankelijkheid as toegankelijkheidNl } from "@/content/toegankelijkheid";
import { versturen as versturenEn } from "@/content/en/versturen";
import { versturen as versturenNl } from "@/content/versturen";
import { verwijderen as verwijderenEn } from "@/content/en/verwijderen";
import { verwijderen as verwijderenNl } from "@/content/verwijderen";
import { voorbereiden as voorbereidenEn } from "@/content/en/voorbereiden";
import { voorbereiden as voorbereidenNl } from "@/content/voorbereiden";
import { vraagFormulier as vraagFormulierEn } from "@/content/en/vraag-formulier";
import { vraagFormulier as vraagFormulierNl } from "@/content/vraag-formulier";
import * as zorgkantoorEn from "@/content/en/zorgkantoor";
import * as zorgkantoorStafEn from "@/content/en/zorgkantoor-staf";
import { voorbeeldPagina as zorgkantoorVoorbeeldEn } from "@/content/en/zorgkantoor-voorbeeld";
import * as zorgkantoorNl from "@/content/zorgkantoor";
import * as zorgkantoorStafNl from "@/content/zorgkantoor-staf";
import { voorbeeldPagina as zorgkantoorVoorbeeldNl } from "@/content/zorgkantoor-voorbeeld";
import { budgetplanUitleg as budgetplanUitlegEn } from "@/content/en/budgetplan-pdf";
import { budgetplanUitleg as budgetplanUitlegNl } from "@/content/budgetplan-pdf";
import * as zorgovereenkomstChecklistEn from "@/content/en/zorgovereenkomst-checklist";
import { checklistVoor, pdfVoor, zorgkantoorVoor } from "@/content/en/zorgovereenkomst-checklist-ander";
import { zorgovereenkomstenTeksten as zorgovereenkomstenNl } from "@/content/wizard/zorgovereenkomsten";
import { aanvraagVragen as aanvraagVragenEn, vaardigheidLabels as vaardigheidLabelsEn } from "@/content/en/wizard/aanvraag";
import { vaardigheidLabels as vaardigheidLabelsNl } from "@/content/redenen/aanvraag";
import { aanvraagVragen as aanvraagVragenNl } from "@/content/wizard/aanvraag";
import { budgetplanVragen as budgetplanVragenEn } from "@/content/en/wizard/budgetplan";
import { budgetplanVragen as budgetplanVragenNl } from "@/content/wizard/budgetplan";
import { zorgverlenerFormulier as zorgverlenerEn } from "@/content/en/wizard/zorgverlener";
import { zorgverlenerFormulier as zorgverlenerNl } from "@/content/wizard/zorgverlener";
import { documentTeksten as documentenEn } from "@/content/en/wizard/documenten";
import { documentTeksten as documentenNl } from "@/content/wizard/documenten";
import { budgetplanOverzicht as budgetplanOverzichtEn } from "@/content/en/budgetplan-overzicht";
import { budgetplanOverzicht as budgetplanOverzichtNl } from "@/content/budgetplan-overzicht";
import { toekenningPaginas as toekenningEn } from "@/content/en/wizard/toekenning";
import { toekenningPaginas as toekenningNl } from "@/content/wizard/toekenning";
import { zorgovereenkomstenTeksten as zorgovereenkomstenEn } from "@/content/en/wizard/zorgovereenkomsten";
import { declaratiesTeksten as declaratiesEn } from "@/content/en/wizard/declaraties";
import { declaratiesTeksten as declaratiesNl } from "@/content/wizard/declaraties";
import { waarschuwingenVoor } from "@/content/en/budgetplan-overzicht-ander";

interface Paar {
  nl: unknown;
  en: unknown;
}

/**
 * Named after the file: `content/<naam>.ts` and `content/en/<naam>.ts` (`wizard/x` for
 * content/wizard/x.ts). A module with several exports pairs what has English.
 */
export const VERTAALDE_MODULES: Record<string, Paar> = {
  aanvraag: { nl: aanvraagNl, en: aanvraagEn },
  algemeen: { nl: algemeenNl, en: algemeenEn },
  componenten: { nl: componentenNl, en: componentenEn },
  begrippen: { nl: begrippenNl, en: begrippenEn },
  bronnen: { nl: bronnenNl, en: bronnenEn },
  contact: { nl: contactNl, en: contactEn },
  delen: { nl: delenNl, en: delenEn },
  fouten: { nl: foutenNl, en: foutenEn },
  handtekeningen: { nl: handtekeningTekstNl, en: handtekeningTekstEn },
  "link-doorgeven": { nl: linkDoorgevenNl, en: linkDoorgevenEn },
  "links-openen": { nl: linksOpenenNl, en: linksOpenenEn },
  ondertekenen: { nl: ondertekenenNl, en: ondertekenenEn },
  privacy: { nl: privacyNl, en: privacyEn },
  start: { nl: startNl, en: startEn },
  toegankelijkheid: { nl: toegankelijkheidNl, en: toegankelijkheidEn },
  versturen: { nl: versturenNl, en: versturenEn },
  verwijderen: { nl: verwijderenNl, en: verwijderenEn },
  voorbereiden: { nl: voorbereidenNl, en: voorbereidenEn },
  "vraag-formulier": { nl: vraagFormulierNl, en: vraagFormulierEn },
  "wizard/algemeen": { nl: { formulier, veldnamen, deAanvrager }, en: { ...wizardAlgemeenEn } },
  "wizard/indicatie": { nl: indicatieNl, en: indicatieEn },
  // The kinds of care per package are content/redenen/leveringsvorm.ts's in Dutch; their English sits with stap 2's.
  "wizard/keuze": { nl: { ...keuzeNl, zorgsoortLabels }, en: { ...keuzeEn } },
  "wizard/resultaat": { nl: resultaatNl, en: resultaatEn },
  zorgkantoor: { nl: zorgkantoorNl, en: zorgkantoorEn },
  "zorgkantoor-staf": { nl: zorgkantoorStafNl, en: zorgkantoorStafEn },
  // Only the Dutch module's export: the English file also says that the staff reasons are Dutch.
  "zorgkantoor-voorbeeld": { nl: zorgkantoorVoorbeeldNl, en: zorgkantoorVoorbeeldEn },
  // Only the page the PDF adds in English: the form itself stays Dutch (budgetplanPdf).
  "budgetplan-pdf": { nl: budgetplanUitlegNl, en: budgetplanUitlegEn },
  // Stap 5's checklist (screen and PDF): three groups of content/wizard/zorgovereenkomsten.ts.
  "zorgovereenkomst-checklist": {
    nl: { zorgkantoor: zorgovereenkomstenNl.zorgkantoor, checklist: zorgovereenkomstenNl.checklist, pdf: zorgovereenkomstenNl.pdf },
    en: { ...zorgovereenkomstChecklistEn },
  },
  // The same three groups in English for someone who fills in for Riet (a table over the applicant's English).
  "zorgovereenkomst-checklist-ander": {
    nl: { zorgkantoor: zorgovereenkomstenNl.zorgkantoor, checklist: zorgovereenkomstenNl.checklist, pdf: zorgovereenkomstenNl.pdf },
    en: { zorgkantoor: zorgkantoorVoor({ naam: "Riet" }), checklist: checklistVoor({ naam: "Riet" }), pdf: pdfVoor({ naam: "Riet" }) },
  },
  // The ten points of AV-01 are content/redenen/aanvraag.ts's in Dutch; their English sits with stap 3's.
  "wizard/aanvraag": { nl: { aanvraagVragen: aanvraagVragenNl, vaardigheidLabels: vaardigheidLabelsNl }, en: { aanvraagVragen: aanvraagVragenEn, vaardigheidLabels: vaardigheidLabelsEn } },
  "wizard/budgetplan": { nl: budgetplanVragenNl, en: budgetplanVragenEn },
  "wizard/zorgverlener": { nl: zorgverlenerNl, en: zorgverlenerEn },
  "wizard/documenten": { nl: documentenNl, en: documentenEn },
  "budgetplan-overzicht": { nl: budgetplanOverzichtNl, en: budgetplanOverzichtEn },
  "wizard/toekenning": { nl: toekenningNl, en: toekenningEn },
  "wizard/zorgovereenkomsten": { nl: zorgovereenkomstenNl, en: zorgovereenkomstenEn },
  "wizard/declaraties": { nl: declaratiesNl, en: declaratiesEn },
  // The budgetplan's warnings in English for someone who fills in for Riet (a table over the applicant's English).
  "budgetplan-overzicht-ander": { nl: { waarschuwingen: budgetplanOverzichtNl.waarschuwingen }, en: { waarschuwingen: waarschuwingenVoor({ naam: "Riet" }) } },
};

/** What differs in shape between a Dutch value and its English, one line per place; [] when none. */
export function vergelijkVorm(nl: unknown, en: unknown, pad = ""): string[] {
  const plek = pad === "" ? "(geheel)" : pad;
  if (typeof nl === "string") return typeof en !== "string" ? [`${plek}: geen tekst`] : en.trim() === "" ? [`${plek}: leeg`] : [];
  if (typeof nl === "function") {
    if (typeof en !== "function") return [`${plek}: geen functie`];
    return nl.length === en.length ? [] : [`${plek}: ${en.length} in plaats van ${nl.length} parameters`];
  }
  if (Array.isArray(nl)) {
    if (!Array.isArray(en)) return [`${plek}: geen lijst`];
    if (en.length !== nl.length) return [`${plek}: ${en.length} in plaats van ${nl.length} items`];
    return nl.flatMap((item, i) => vergelijkVorm(item, en[i], `${pad}[${i}]`));
  }
  if (typeof nl === "object" && nl !== null) {
    if (typeof en !== "object" || en === null) return [`${plek}: geen object`];
    const nlObj = nl as Record<string, unknown>;
    const enObj = en as Record<string, unknown>;
    const sleutels = [...new Set([...Object.keys(nlObj), ...Object.keys(enObj)])].sort();
    return sleutels.flatMap((k) => {
      const sub = pad === "" ? k : `${pad}.${k}`;
      if (!(k in enObj)) return [`${sub}: ontbreekt in het Engels`];
      if (!(k in nlObj)) return [`${sub}: niet in het Nederlands`];
      return vergelijkVorm(nlObj[k], enObj[k], sub);
    });
  }
  return Object.is(nl, en) ? [] : [`${plek}: ${String(en)} in plaats van ${String(nl)}`];
}

/**
 * Dutch words of a translated module that a module without English yet also has, word for word:
 * on an English page they may come from that other module, so they prove nothing. Remove one
 * when its other module has English.
 */
const OOK_IN_ONVERTAALD: ReadonlySet<string> = new Set([
  // The budgetplan's section titles (content/wizard/budgetplan.ts, content/budgetplan-overzicht.ts) are
  // the Dutch form's (content/budgetplan-pdf.ts, which stays Dutch): the PDF's English page names
  // each section by its Dutch title on purpose.
  "Mijn persoonsgegevens",
  "De zorg die ik wil gaan inkopen",
  "Bedrag per zorgverlener",
]);

/**
 * The Dutch sentences of the translated modules that an English page must not show: every
 * string of at least `minLengte` characters that differs from its English. Function results
 * are not known without their facts, so only fixed strings count.
 */
export function nederlandseTeksten(minLengte = 16): string[] {
  const uit = new Set<string>();
  const loop = (nl: unknown, en: unknown): void => {
    if (typeof nl === "string") {
      if (nl.length >= minLengte && nl !== en && !OOK_IN_ONVERTAALD.has(nl)) uit.add(nl);
    } else if (Array.isArray(nl)) nl.forEach((x, i) => loop(x, Array.isArray(en) ? en[i] : undefined));
    else if (typeof nl === "object" && nl !== null) {
      for (const [k, v] of Object.entries(nl)) loop(v, typeof en === "object" && en !== null ? (en as Record<string, unknown>)[k] : undefined);
    }
  };
  for (const { nl, en } of Object.values(VERTAALDE_MODULES)) loop(nl, en);
  return [...uit];
}
