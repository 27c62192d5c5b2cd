/**
 * The English words of every reason code, for the applicant ("you"): the eleven families together
 * (docs/decisions/028-redenen-als-gegevens.md, addendum 2026-12-05); for every other reader in
 * ./ander/ (docs/decisions/032-talen.md, addendum "reasons in English for every reader"). `satisfies Record<RedenCode, …>`:
 * a code without English words fails the typecheck, as in Dutch.
 */
import type { RedenCode } from "../../../rules/redenen";
import { EN_AV } from "./av";
import { EN_BL } from "./bl";
import { EN_BP } from "./bp";
import { EN_DE } from "./de";
import { EN_ID } from "./id";
import { EN_IND } from "./ind";
import { EN_LV } from "./lv";
import { EN_TK } from "./tk";
import { EN_ZK } from "./zk";
import { EN_ZO } from "./zo";
import { EN_ZP } from "./zp";
import type { WoordenEn } from "./typen";

export type { AnderEn, FamilieAnderEn, FamilieEn, WoordenEn } from "./typen";
export { REDEN_WOORDEN_EN_ANDER } from "./ander";
export { persoonEn, type PersoonEn } from "./persoon";

export const REDEN_WOORDEN_EN = {
  ...EN_AV,
  ...EN_BL,
  ...EN_BP,
  ...EN_DE,
  ...EN_ID,
  ...EN_IND,
  ...EN_LV,
  ...EN_TK,
  ...EN_ZK,
  ...EN_ZO,
  ...EN_ZP,
} satisfies Record<RedenCode, WoordenEn>;
