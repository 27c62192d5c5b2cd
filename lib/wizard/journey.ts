/**
 * The flow of the wizard as pure functions of the answers (GOV.UK forms-runner: `next_page_slug`,
 * `can_visit?`): which pages a step has, where to go after a page, whether a page may be visited,
 * and each step's status. Pages and actions only redirect to what these return.
 *
 * A step is `klaar` when it is confirmed and every page that applies is still answered: a
 * changed earlier answer that adds a page makes it `bezig` again. Whether a later step may
 * start reads only the answers before it, so no later answer can lock its own step.
 */
import { deAanvrager } from "@/content/wizard/algemeen";
import { deAanvrager as deAanvragerEn } from "@/content/en/wizard/algemeen";
import { STANDAARDTAAL, type Taal } from "@/content/taal";
import { inTaal } from "@/content/vertaling";
import type { Antwoorden } from "./antwoorden";
import type { Aanspreking } from "./types";
import { BUDGETPLAN_PAGINAS, stap as stapDefinitie, STAPPEN, stappenVanSoort, type StapDefinitie, type StapSlug, type StartVoorwaarde } from "./stappen";
import { pgbAanvraagMogelijk } from "@/rules/leveringsvorm";
import { keuzeUit, zorgprofielUit } from "./vragen/feiten";
import { vraagVoor } from "./vragen";

export type StapStatus = "niet-begonnen" | "bezig" | "klaar" | "kan-nog-niet";

export type Bestemming =
  | { soort: "vraag"; stap: StapSlug; slug: string }
  | { soort: "controleren"; stap: StapSlug }
  | { soort: "overzicht" }
  | { soort: "resultaat" };

export function aanspreking(a: Antwoorden, taal: Taal = STANDAARDTAAL): Aanspreking {
  const zelf = a.voorWie === undefined || a.voorWie === "zelf";
  const naam = a.naamAanvrager?.trim() ?? "";
  return { zelf, naam: zelf || naam === "" ? inTaal(taal, deAanvrager, deAanvragerEn) : naam };
}

/**
 * Answered: submitted, and the stored answer would pass the page's own schema again. So a
 * zorgprofiel that names nothing, or "ja" to gewaarborgde hulp without who, is not answered.
 */
export function isBeantwoord(slug: string, a: Antwoorden): boolean {
  const vraag = vraagVoor(slug);
  if (vraag === null || !vraag.ingevuld(a)) return false;
  return vraag.schema.safeParse(vraag.waarden(a)).success;
}

/** Every part of the budgetplan is answered: its PDF is complete (BP-01). */
export function budgetplanKlaar(a: Antwoorden): boolean {
  return kanStapBeginnen("aanvraag", a) && BUDGETPLAN_PAGINAS.every((slug) => isBeantwoord(slug, a));
}

/** The pages of a step that apply, in order, given the answers so far. */
export function paginasVanStap(stap: StapSlug, a: Antwoorden): string[] {
  return stapDefinitie(stap).paginas(a);
}

function eersteOnbeantwoord(stap: StapSlug, a: Antwoorden, vanaf = 0): string | undefined {
  return paginasVanStap(stap, a)
    .slice(vanaf)
    .find((slug) => !isBeantwoord(slug, a));
}

function isBevestigd(stap: StapSlug, a: Antwoorden): boolean {
  return a.bevestigd?.includes(stap) === true;
}

function isKlaar(stap: StapSlug, a: Antwoorden): boolean {
  return isBevestigd(stap, a) && eersteOnbeantwoord(stap, a) === undefined;
}

/** The conditions of the registry that need the rules. */
const VOORWAARDEN: Readonly<Record<StartVoorwaarde, (a: Antwoorden) => boolean>> = {
  "zorgprofiel-bekend": (a) => zorgprofielUit(a) !== null,
  "pgb-mogelijk": (a) => {
    const keuze = keuzeUit(a);
    return keuze !== null && pgbAanvraagMogelijk(keuze);
  },
};

/** The step before is klaar (and could start), and the step's own condition holds. */
export function kanStapBeginnen(stap: StapSlug, a: Antwoorden): boolean {
  const { na, voorwaarde } = stapDefinitie(stap);
  if (na === null) return true;
  return kanStapBeginnen(na, a) && isKlaar(na, a) && (voorwaarde === undefined || VOORWAARDEN[voorwaarde](a));
}

export function stapStatus(stap: StapSlug, a: Antwoorden): StapStatus {
  if (!kanStapBeginnen(stap, a)) return "kan-nog-niet";
  if (isKlaar(stap, a)) return "klaar";
  const begonnen = isBevestigd(stap, a) || paginasVanStap(stap, a).some((slug) => isBeantwoord(slug, a));
  return begonnen ? "bezig" : "niet-begonnen";
}

/**
 * How far a draft has come, as one step number: the first step that can be worked on and is not
 * klaar yet; when there is none, the last step that is klaar (1 for a draft with nothing klaar).
 * What the page of a resume link says about the draft it opens (docs/decisions/022-links-openen.md).
 */
export function bereikteStap(a: Antwoorden): StapDefinitie["nummer"] {
  const open = STAPPEN.find((s) => kanStapBeginnen(s.slug, a) && !isKlaar(s.slug, a));
  if (open !== undefined) return open.nummer;
  return STAPPEN.filter((s) => stapStatus(s.slug, a) === "klaar").at(-1)?.nummer ?? 1;
}

/** The first unanswered page of a step, or its check page when all are answered. */
export function startVanStap(stap: StapSlug, a: Antwoorden): Bestemming {
  if (!kanStapBeginnen(stap, a)) return { soort: "overzicht" };
  const eerste = eersteOnbeantwoord(stap, a);
  return eerste === undefined ? { soort: "controleren", stap } : { soort: "vraag", stap, slug: eerste };
}

/**
 * Where a resume link goes on (docs/decisions/022-links-openen.md, addendum 2026-12-04): a question
 * step that was begun and is not klaar goes on at its first unanswered page (its check page when
 * every page is answered), not at the step's first page. Otherwise the overview: a step not begun
 * yet starts there, with the time it takes and what to have at hand, and so does everything after
 * stap 3.
 */
export function hervatBestemming(a: Antwoorden): Bestemming {
  const open = stappenVanSoort("vragen").find((s) => kanStapBeginnen(s.slug, a) && !isKlaar(s.slug, a));
  return open !== undefined && stapStatus(open.slug, a) === "bezig" ? startVanStap(open.slug, a) : { soort: "overzicht" };
}

/** After a valid submit: the first unanswered page after this one, then any before it, then the check page. */
export function volgende(a: Antwoorden, stap: StapSlug, slug: string): Bestemming {
  if (!kanStapBeginnen(stap, a)) return { soort: "overzicht" };
  const index = paginasVanStap(stap, a).indexOf(slug);
  const daarna = index < 0 ? undefined : eersteOnbeantwoord(stap, a, index + 1);
  return daarna === undefined ? startVanStap(stap, a) : { soort: "vraag", stap, slug: daarna };
}

/**
 * `true`, or where to go instead: the overview when the step cannot start yet; otherwise the
 * first unanswered page, for a page further on, one that does not apply, or the check page of
 * an unfinished step.
 */
export function magBezoeken(a: Antwoorden, stap: StapSlug, slug: string): true | Bestemming {
  if (!kanStapBeginnen(stap, a)) return { soort: "overzicht" };
  const paginas = paginasVanStap(stap, a);
  const eerste = eersteOnbeantwoord(stap, a);
  if (slug === "controleren") return eerste === undefined ? true : startVanStap(stap, a);
  const index = paginas.indexOf(slug);
  if (index < 0) return startVanStap(stap, a);
  return eerste === undefined || paginas.indexOf(eerste) >= index ? true : startVanStap(stap, a);
}

/** The result of steps 1–3 shows what is known once step 1 is done (with or without indicatie). */
export function resultaatBeschikbaar(a: Antwoorden): boolean {
  return stapStatus("indicatie", a) === "klaar";
}

/** The answers with this step confirmed (check your answers, "Dit klopt"). */
export function bevestig(a: Antwoorden, stap: StapSlug): Antwoorden {
  return isBevestigd(stap, a) ? a : { ...a, bevestigd: [...(a.bevestigd ?? []), stap] };
}
