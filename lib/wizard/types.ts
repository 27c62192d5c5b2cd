/**
 * The wizard's building blocks. A question page is data (`VraagDefinitie`): which fields it
 * shows, the zod schema that validates them (on the server always, in the browser first when
 * JavaScript runs), how the answer is stored and how it reads on the check page. Pages,
 * components and server actions are generic over it (GOV.UK forms-runner style: one module per
 * kind of question).
 */
import type * as z from "zod";
import type { Taal } from "@/content/taal";
import type { Antwoorden } from "./antwoorden";

import type { StapSlug } from "./stappen";

/** The steps themselves live in their registry, stappen.ts. */
export type { StapSlug };

/** Raw form values as a form posts them: one string per field, or several for a checkbox group. */
export type Waarden = Record<string, string | string[]>;

/** Error message per field name, in the page's language. */
export type VeldFouten = Record<string, string>;

/** Who is addressed: "u" (the applicant fills it in) or the applicant in the third person. */
export interface Aanspreking {
  zelf: boolean;
  /** The applicant's name when someone else fills it in and gave it; else "de aanvrager". */
  naam: string;
}

export interface Optie {
  waarde: string;
  label: string;
  hint?: string;
}

interface VeldBasis {
  naam: string;
  label: string;
  hint?: string;
  /**
   * Only asked when the radio group `veld` (on the same page) has `waarde`: the field is shown in
   * that group, right under that option, and with JavaScript hidden until the option is chosen
   * (GOV.UK conditional reveal; docs/decisions/031-burgerpaginas.md). Without JavaScript it is
   * always shown. The schema decides what is read; this only places the field.
   */
  alleenBij?: { veld: string; waarde: string };
}

/**
 * One field, as plain data so a server component can hand it to the client form. The label of a
 * radio or checkbox group is its legend; with `alsKop` the legend is the page's question (one
 * question per page, GOV.UK pattern) and the page shows no separate h1 text.
 */
export type VeldDefinitie =
  | (VeldBasis & { soort: "radio"; opties: Optie[]; alsKop?: boolean; inline?: boolean })
  | (VeldBasis & { soort: "checkboxes"; opties: Optie[]; alsKop?: boolean })
  | (VeldBasis & {
      soort: "tekst";
      autocomplete?: string;
      breedte?: "kort" | "midden" | "vol";
      inputMode?: "text" | "numeric" | "tel" | "email";
      type?: "text" | "tel" | "email";
      maxLengte?: number;
    })
  | (VeldBasis & { soort: "tekstvak"; rijen?: number; maxLengte?: number });

/**
 * A block of explanation shown above the fields: a heading (optional) and paragraphs or a list;
 * long reference material (the Bijlage 4 table) can sit folded in an `uitklap` (`<details>`).
 */
export interface Uitleg {
  /**
   * The block's words are in another language than the page: Dutch reasons on an English page
   * for someone who fills in for another person, which have no English yet. Marked with `lang`.
   */
  taal?: Taal;
  kop?: string;
  alineas?: string[];
  lijst?: string[];
  uitklap?: { samenvatting: string; inhoud: Uitleg[] };
}

export interface SamenvattingRij {
  vraag: string;
  /** May contain line breaks (several answers, an address); they are shown. */
  antwoord: string;
}

/** A row of the summary list as shown: with a "Wijzig" link on the check page. */
export interface SamenvattingLijstRij extends SamenvattingRij {
  wijzigHref?: string;
}

export interface VraagContext {
  antwoorden: Antwoorden;
  aanspreking: Aanspreking;
  /**
   * The page's language (docs/decisions/032-talen.md, addendum on questions); not given: Dutch.
   * Questions without English yet ignore it. The page reads it (lib/taal.ts) and passes it down.
   */
  taal?: Taal;
}

export interface VraagDefinitie<P = unknown> {
  slug: string;
  stap: StapSlug;
  /**
   * Whether the page was submitted at all (the stored slice it owns is there); validity is
   * checked on top of this by the flow (journey.ts `isBeantwoord`).
   */
  ingevuld(a: Antwoorden): boolean;
  /** The page's question or title (without "Stap n van 6", which the page adds from stappen.ts). */
  titel(ctx: VraagContext): string;
  uitleg?(ctx: VraagContext): Uitleg[];
  velden(ctx: VraagContext): VeldDefinitie[];
  /** Validates the raw `Waarden`; its messages are the Dutch error texts from content/. */
  schema: z.ZodType<P, Waarden>;
  /**
   * The same schema with its messages in `taal` (`perTaal` in vragen/velden.ts), for a question
   * with words in more languages; without it every language gets `schema`. Read it through
   * `schemaVan` (vragen/index.ts), in the browser and in the server action alike.
   */
  schemaIn?(taal: Taal): z.ZodType<P, Waarden>;
  /** The form's values from the stored answers, to show them again. */
  waarden(antwoorden: Antwoorden): Waarden;
  /** The stored answers after a valid submit. Answers that no longer apply are removed. */
  verwerk(geldig: P, antwoorden: Antwoorden): Antwoorden;
  /** Rows for check-your-answers; none for an information page. */
  samenvatting(ctx: VraagContext): SamenvattingRij[];
  /** The label of the submit button (default "Doorgaan"). */
  knop?: string;
}
