/**
 * The running text in sight of the pages that link glossary terms outside the question and
 * outcome pages (docs/decisions/031-burgerpaginas.md, addendum "glossary terms on the overview
 * pages"): per page its groups of texts in reading order, planned by `planGroepen`. Headings,
 * labels, buttons and folded parts are not in these lists. The page renders from the plan, and
 * the tests plan the same lists, so a content change that drops a term's first link fails there.
 */
import { aanvraag } from "@/content/aanvraag";
import { begrippen } from "@/content/begrippen";
import { start } from "@/content/start";
import { voorbereiden } from "@/content/voorbereiden";
import { declaratiesTeksten } from "@/content/wizard/declaraties";
import { toekenningPaginas } from "@/content/wizard/toekenning";
import { zorgovereenkomstenTeksten } from "@/content/wizard/zorgovereenkomsten";
import { planGroepen } from "@/lib/begrippen";
import type { Aanspreking } from "@/lib/wizard/types";
import { klaarleggenVoorDeAanvraag } from "@/lib/wizard/stappen";

/** The start page (app/page.tsx): introduction, the line to the glossary, what to have at hand, privacy, the six steps, sources. */
export const startBegrippen = () =>
  planGroepen({
    inleiding: start.inleiding,
    // "Kent u een woord niet, zoals …?": its examples are a first use too, and lead to their entry.
    woorden: [begrippen.startTekst],
    klaarleggen: klaarleggenVoorDeAanvraag().map((ding) => voorbereiden.klaarleggen[ding]),
    gegevens: start.gegevens,
    stappen: start.stappen.map((stap) => stap.tekst),
    bron: [start.bronTekst],
  });

/** The task list (app/aanvraag/page.tsx): its introduction only. */
export const overzichtBegrippen = () => planGroepen({ inleiding: [aanvraag.overzicht.inleiding] });

/** Stap 4's overview page: its introduction. */
export const toekenningBegrippen = (wie: Aanspreking) => planGroepen({ inleiding: toekenningPaginas.overzicht.inleiding(wie) });

/** Stap 5's overview page: its introduction. */
export const zorgovereenkomstenBegrippen = (wie: Aanspreking) => planGroepen({ inleiding: zorgovereenkomstenTeksten.overzicht.inleiding(wie) });

/** Stap 6's overview page: its introduction. */
export const declaratiesBegrippen = (wie: Aanspreking) => planGroepen({ inleiding: [declaratiesTeksten.stap.inleiding(wie)] });

/**
 * The versturen page: the notice's text (not sent yet, or sent on a date), "what to send" and
 * each paper's line, and what happens next; the texts come from the page, which has the answers.
 */
export const versturenBegrippen = (teksten: { melding: string[]; wat: string[]; documenten: string[]; daarna: string[] }) => planGroepen(teksten);

/** /gedeeld/aanvraag's introduction: the notice's texts and the line above the answers. */
export const gedeeldBegrippen = (teksten: { melding: string[]; antwoorden: string[] }) => planGroepen(teksten);
