/**
 * The English words of every reason code for every reader but the applicant: the families together
 * (docs/decisions/032-talen.md, addendum "reasons in English for every reader").
 * `satisfies Record<RedenCode, AnderEn>`: a code without words for other readers fails the typecheck.
 */
import type { RedenCode } from "../../../../rules/redenen";
import type { AnderEn } from "../typen";
import { EN_AV_ANDER } from "./av";
import { EN_BL_ANDER } from "./bl";
import { EN_BP_ANDER } from "./bp";
import { EN_DE_ANDER } from "./de";
import { EN_ID_ANDER } from "./id";
import { EN_IND_ANDER } from "./ind";
import { EN_LV_ANDER } from "./lv";
import { EN_TK_ANDER } from "./tk";
import { EN_ZK_ANDER } from "./zk";
import { EN_ZO_ANDER } from "./zo";
import { EN_ZP_ANDER } from "./zp";

export const REDEN_WOORDEN_EN_ANDER = {
  ...EN_AV_ANDER,
  ...EN_BL_ANDER,
  ...EN_BP_ANDER,
  ...EN_DE_ANDER,
  ...EN_ID_ANDER,
  ...EN_IND_ANDER,
  ...EN_LV_ANDER,
  ...EN_TK_ANDER,
  ...EN_ZK_ANDER,
  ...EN_ZO_ANDER,
  ...EN_ZP_ANDER,
} satisfies Record<RedenCode, AnderEn>;
