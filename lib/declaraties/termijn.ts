/**
 * DE-03 as a tool: the day a declaratie came in → the last day to forward it to the SVB, and
 * whether that day has passed. The rule is rules/declaratie.ts `declaratieTermijn`; this reads
 * the typed date and words the days. Today is passed in (lib/datum.ts reads the clock).
 */
import * as z from "zod";
import { declaratiesTeksten as declaratiesNl } from "@/content/wizard/declaraties";
import { declaratiesTeksten as declaratiesEn } from "@/content/en/wizard/declaraties";
import { STANDAARDTAAL, type Taal } from "@/content/taal";
import { inTaal } from "@/content/vertaling";
import { veldnamen as veldnamenNl } from "@/content/wizard/algemeen";
import { veldnamen as veldnamenEn } from "@/content/en/wizard/algemeen";
import { declaratieTermijn } from "@/rules/declaratie";
import { dagNummer, formatDatumNl, parseDatumNl } from "@/rules/datum";
import type { IsoDatum, Reden } from "@/rules/types";
import { tekst } from "@/lib/wizard/vragen/velden";
import { MAX_INVOER } from "./invoer";
import { jaarparameters } from "@/lib/parameters/jaarparameters";

const woorden = (taal: Taal) => inTaal(taal, declaratiesNl, declaratiesEn);

/** Written as `parseDatumNl` reads dates, but no such day exists: "31-02-2026". */
const LIJKT_DATUM = /^\d{1,2}([-/.])\d{1,2}\1\d{4}$/;

/** The form's one field; a day after `vandaag` cannot be the day the declaratie came in. */
export function termijnSchema(vandaag: IsoDatum, taal: Taal = STANDAARDTAAL) {
  const t = woorden(taal).termijn;
  return z.object({
    ontvangen: tekst(inTaal(taal, veldnamenNl, veldnamenEn).ontvangen, MAX_INVOER, taal).transform((invoer, ctx): IsoDatum => {
      if (invoer === "") {
        ctx.addIssue({ code: "custom", message: t.fout.leeg });
        return z.NEVER;
      }
      const datum = parseDatumNl(invoer);
      if (datum === null) {
        ctx.addIssue({ code: "custom", message: LIJKT_DATUM.test(invoer) ? t.fout.bestaatNiet : t.fout.vorm });
        return z.NEVER;
      }
      if (dagNummer(datum) > dagNummer(vandaag)) {
        ctx.addIssue({ code: "custom", message: t.fout.toekomst });
        return z.NEVER;
      }
      return datum;
    }),
  });
}

/** 0 = maandag … 6 = zondag. Day 0 of `dagNummer` (1970-01-01) was a Thursday. */
export function weekdagIndex(iso: IsoDatum): number {
  return (((dagNummer(iso) + 3) % 7) + 7) % 7;
}

/** "maandag 30-03-2026": the day's name helps to see which day is meant. */
export function datumMetDag(iso: IsoDatum, taal: Taal = STANDAARDTAAL): string {
  return `${woorden(taal).weekdagen[weekdagIndex(iso)] ?? ""} ${formatDatumNl(iso)}`;
}

export interface TermijnUitkomst {
  uiterlijk: IsoDatum;
  /** Days from today to the last day; negative when it has passed. */
  dagenOver: number;
  teLaat: boolean;
  kop: string;
  /** The days left or past, in words. */
  stand: string;
  redenen: Reden[];
}

/** DE-03 for a declaratie received on `ontvangen`, seen on `vandaag`. */
export function termijnUitkomst(ontvangen: IsoDatum, vandaag: IsoDatum, taal: Taal = STANDAARDTAAL): TermijnUitkomst {
  const t = woorden(taal).termijn;
  const { uiterlijk, dagenOver, teLaat, redenen } = declaratieTermijn(ontvangen, vandaag, jaarparameters().tabel);
  const dag = datumMetDag(uiterlijk, taal);
  const stand = teLaat ? t.teLaat(-dagenOver) : dagenOver === 0 ? t.vandaag : dagenOver === 1 ? t.morgen : t.nogDagen(dagenOver);
  return { uiterlijk, dagenOver, teLaat, kop: teLaat ? t.teLaatKop(dag) : t.uitkomstKop(dag), stand, redenen };
}
