/**
 * Budgetplan, deel 1 (BP-01): achternaam, geboortedatum and BSN of the person the pgb is for.
 * The BSN passes the elfproef (BP-05); shown masked everywhere except on this page, where it is
 * edited.
 */
import * as z from "zod";
import { veldnamen } from "@/content/wizard/algemeen";
import { budgetplanVragen } from "@/content/wizard/budgetplan";
import { vandaagInAmsterdam } from "@/lib/datum";
import { formatDatumNl, parseDatumNl } from "@/rules/datum";
import { isGeldigBsn, maskeerBsn, normaliseerBsn } from "@/rules/identificatie";
import { MAX_TEKST } from "../antwoorden";
import type { VraagDefinitie } from "../types";
import { tekst } from "./velden";
import { budgetplanUitleg } from "./budgetplan-uitleg";

const t = budgetplanVragen.persoonsgegevens;
const VROEGSTE_GEBOORTEDATUM = "1900-01-01";

const schema = z
  .object({
    achternaam: tekst(veldnamen.persoonsgegevens.achternaam),
    geboortedatum: tekst(veldnamen.persoonsgegevens.geboortedatum),
    bsn: tekst(veldnamen.persoonsgegevens.bsn),
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

export const persoonsgegevensVraag: VraagDefinitie<z.output<typeof schema>> = {
  slug: "persoonsgegevens",
  stap: "aanvraag",
  ingevuld: (a) => a.persoonsgegevens !== undefined,
  titel: ({ aanspreking }) => t.titel(aanspreking),
  uitleg: ({ aanspreking }) => budgetplanUitleg(1, t.onderdeel, [t.uitleg(aanspreking)], true),
  velden: ({ aanspreking }) => [
    { soort: "tekst", naam: "achternaam", label: t.achternaamLabel, breedte: "vol", autocomplete: aanspreking.zelf ? "family-name" : "off", maxLengte: MAX_TEKST },
    { soort: "tekst", naam: "geboortedatum", label: t.geboortedatumLabel, hint: t.geboortedatumHint, breedte: "kort", inputMode: "numeric", autocomplete: aanspreking.zelf ? "bday" : "off", maxLengte: 20 },
    { soort: "tekst", naam: "bsn", label: t.bsnLabel, hint: t.bsnHint, breedte: "kort", inputMode: "numeric", autocomplete: "off", maxLengte: 20 },
  ],
  schema,
  waarden: (a) => {
    const p = a.persoonsgegevens;
    return { achternaam: p?.achternaam ?? "", geboortedatum: p === undefined ? "" : formatDatumNl(p.geboortedatum), bsn: p?.bsn ?? "" };
  },
  verwerk: (geldig, a) => ({ ...a, persoonsgegevens: geldig }),
  samenvatting: ({ antwoorden }) => {
    const p = antwoorden.persoonsgegevens;
    if (p === undefined) return [];
    return [
      { vraag: t.achternaamLabel, antwoord: p.achternaam },
      { vraag: t.geboortedatumLabel, antwoord: formatDatumNl(p.geboortedatum) },
      { vraag: t.bsnLabel, antwoord: maskeerBsn(p.bsn) },
    ];
  },
};
