/**
 * The table of docs/decisions/028: words for every reason code. `u` gives the applicant's text of
 * content/redenen/*.ts byte for byte (content/redenen/teksten.test.ts); `ander` the words for
 * anyone else, where written; without it redenTekst uses the fallback `uVormAlsDerdePersoon`.
 *
 * One file per family of codes (`av.ts` for `av.` …), each `satisfies Familie<…>` (./gedeeld.ts),
 * so a code of a family without words fails the typecheck in that family's file; this file only
 * joins them. A helper lives in the one family file that uses it, or in ./gedeeld.ts when more
 * do; the facts' formatters come from ../gegevens.ts (docs/decisions/028, addendum 2026-12-05).
 */
import type { RedenCode } from "../../../rules/redenen";
import { AV } from "./av";
import { BL } from "./bl";
import { BP } from "./bp";
import { DE } from "./de";
import type { Woorden } from "./gedeeld";
import { ID } from "./id";
import { IND } from "./ind";
import { LV } from "./lv";
import { TK } from "./tk";
import { ZK } from "./zk";
import { ZO } from "./zo";
import { ZP } from "./zp";

export type { Woorden };

export const REDEN_WOORDEN = {
  ...AV,
  ...BL,
  ...BP,
  ...DE,
  ...ID,
  ...IND,
  ...LV,
  ...TK,
  ...ZK,
  ...ZO,
  ...ZP,
} satisfies Record<RedenCode, Woorden>;
