/**
 * Budgetplan, deel 1 (BP-01): achternaam, geboortedatum and BSN of the person the pgb is for.
 * The BSN passes the elfproef (BP-05); shown masked everywhere except on this page, where it is
 * edited.
 */
import * as z from "zod";
import { veldnamen } from "@/content/wizard/algemeen";
import { veldnamen as veldnamenEn } from "@/content/en/wizard/algemeen";
import { STANDAARDTAAL, type Taal } from "@/content/taal";
import { inTaal } from "@/content/vertaling";
import { vandaagInAmsterdam } from "@/lib/datum";
import { formatDatumNl, parseDatumNl } from "@/rules/datum";
import { isGeldigBsn, maskeerBsn, normaliseerBsn } from "@/rules/identificatie";
import { MAX_TEKST } from "../antwoorden";
import type { VraagDefinitie } from "../types";
import { perTaal, tekst } from "./velden";
import { budgetplanUitleg, budgetplanWoorden } from "./budgetplan-uitleg";

const woorden = (taal: Taal = STANDAARDTAAL) => budgetplanWoorden(taal).persoonsgegevens;
const VROEGSTE_GEBOORTEDATUM = "1900-01-01";

const schemaIn = perTaal((taal) => {
  const t = woorden(taal);
  const namen = inTaal(taal, veldnamen, veldnamenEn).persoonsgegevens;
  return z
  .object({
    achternaam: tekst(namen.achternaam, undefined, taal),
    geboortedatum: tekst(namen.geboortedatum, undefined, taal),
    bsn: tekst(namen.bsn, undefined, taal),
  })
  .transform((w, ctx) => {
    const fout = (veld: string, message: string) => ctx.addIssue({ code: "custom", message, path: [veld] });
    if (w.achternaam === "") fout("achternaam", t.achternaamLeeg);
    const geboortedatum = parseDatumNl(w.geboortedatum);
    if (w.geboortedatum === "") fout("geboortedatum", t.geboortedatumLeeg);
    else if (geboortedatum === null) fout("geboortedatum", t.geboortedatumFout);
    else if (geboortedatum > vandaagInAmsterdam()) fout("geboortedatum", t.geboortedatumToekomst);
    else if (geboortedatum < VROEGSTE_GEBOORTEDATUM) fout("geboortedatum", t.geboortedatumTeOud);
    const bsn = normaliseerBsn(w.bsn);
    if (w.bsn === "") fout("bsn", t.bsnLeeg);
    else if (bsn === null || !isGeldigBsn(bsn)) fout("bsn", t.bsnFout);
    if (ctx.issues.length > 0 || geboortedatum === null || bsn === null) return z.NEVER;
    return { achternaam: w.achternaam, geboortedatum, bsn };
  });
});
const schema = schemaIn(STANDAARDTAAL);

export const persoonsgegevensVraag: VraagDefinitie<z.output<typeof schema>> = {
  slug: "persoonsgegevens",
  stap: "aanvraag",
  ingevuld: (a) => a.persoonsgegevens !== undefined,
  titel: ({ aanspreking, taal }) => woorden(taal).titel(aanspreking),
  uitleg: ({ aanspreking, taal }) => budgetplanUitleg(1, woorden(taal).onderdeel, [woorden(taal).uitleg(aanspreking)], true, taal),
  velden: ({ aanspreking, taal }) => {
    const t = woorden(taal);
    return [
    { soort: "tekst", naam: "achternaam", label: t.achternaamLabel, breedte: "vol", autocomplete: aanspreking.zelf ? "family-name" : "off", maxLengte: MAX_TEKST },
    { soort: "tekst", naam: "geboortedatum", label: t.geboortedatumLabel, hint: t.geboortedatumHint, breedte: "kort", inputMode: "numeric", autocomplete: aanspreking.zelf ? "bday" : "off", maxLengte: 20 },
    { soort: "tekst", naam: "bsn", label: t.bsnLabel, hint: t.bsnHint, breedte: "kort", inputMode: "numeric", autocomplete: "off", maxLengte: 20 },
    ];
  },
  schema,
  schemaIn,
  waarden: (a) => {
    const p = a.persoonsgegevens;
    return { achternaam: p?.achternaam ?? "", geboortedatum: p === undefined ? "" : formatDatumNl(p.geboortedatum), bsn: p?.bsn ?? "" };
  },
  verwerk: (geldig, a) => ({ ...a, persoonsgegevens: geldig }),
  samenvatting: ({ antwoorden, taal }) => {
    const p = antwoorden.persoonsgegevens;
    if (p === undefined) return [];
    const t = woorden(taal);
    return [
      { vraag: t.achternaamLabel, antwoord: p.achternaam },
      { vraag: t.geboortedatumLabel, antwoord: formatDatumNl(p.geboortedatum) },
      { vraag: t.bsnLabel, antwoord: maskeerBsn(p.bsn) },
    ];
  },
};
