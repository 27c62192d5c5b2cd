/**
 * Stap 3: the gewaarborgde hulp. Mandatory for some profiles (AV-02), possible for all (AV-03);
 * who it is and how to reach them (AV-04). "Nee" while it is mandatory is accepted: the result
 * then explains that the zorgkantoor refuses the aanvraag (AV-02), instead of blocking the form.
 */
import * as z from "zod";
import { veldnamen } from "@/content/wizard/algemeen";
import { veldnamen as veldnamenEn } from "@/content/en/wizard/algemeen";
import { aanvraagVragen } from "@/content/wizard/aanvraag";
import { aanvraagVragen as aanvraagVragenEn } from "@/content/en/wizard/aanvraag";
import { STANDAARDTAAL, type Taal } from "@/content/taal";
import { inTaal } from "@/content/vertaling";
import { gewaarborgdeHulpFeiten, gewaarborgdeHulpVerplicht } from "@/rules/aanvraag";
import { MAX_TEKST, type Antwoorden, type GewaarborgdeHulpGegevens } from "../antwoorden";
import type { Aanspreking, Uitleg, VraagDefinitie } from "../types";
import { zorgprofielUit } from "./feiten";
import { metBronIn } from "./met-bron";
import { JA_NEE, jaNeeOpties, jaNeeTekst, keuze, optioneleKeuze, perTaal, tekst, zonder, type JaNee } from "./velden";

const woorden = (taal: Taal = STANDAARDTAAL) => inTaal(taal, aanvraagVragen, aanvraagVragenEn).gewaarborgdeHulp;
/** The details are asked under the "ja" of the first question. */
const BIJ_JA = { veld: "heeftGewaarborgdeHulp", waarde: "ja" } as const;

/** Digits with the usual separators; 8 to 15 digits (E.164 has at most 15). */
const TELEFOON_TEKENS = /^[+\d\s\-().]+$/;
const TELEFOON_CIJFERS = { min: 8, max: 15 } as const;
/** Something@something.something: enough to catch a typo, without judging what mail servers accept. */
const EMAIL = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/;

function isTelefoon(waarde: string): boolean {
  const cijfers = waarde.replace(/\D/g, "").length;
  return TELEFOON_TEKENS.test(waarde) && cijfers >= TELEFOON_CIJFERS.min && cijfers <= TELEFOON_CIJFERS.max;
}

const schemaIn = perTaal((taal) => {
  const t = woorden(taal);
  const namen = inTaal(taal, veldnamen, veldnamenEn).gewaarborgdeHulp;
  return z
  .object({
    heeftGewaarborgdeHulp: keuze(JA_NEE, t.leeg, taal),
    ghNaam: tekst(namen.naam, undefined, taal),
    ghRelatie: tekst(namen.relatie, undefined, taal),
    ghWettelijkVertegenwoordiger: optioneleKeuze(JA_NEE, taal),
    ghTelefoon: tekst(namen.telefoon, undefined, taal),
    ghEmail: tekst(namen.email, undefined, taal),
  })
  .transform((w, ctx): { heeftGewaarborgdeHulp: JaNee; gewaarborgdeHulp?: GewaarborgdeHulpGegevens } => {
    // The details are only read with "ja"; with "nee" whatever was typed there is dropped.
    if (w.heeftGewaarborgdeHulp === "nee") return { heeftGewaarborgdeHulp: "nee" };
    let compleet = true;
    const fout = (veld: string, message: string) => {
      compleet = false;
      ctx.addIssue({ code: "custom", message, path: [veld] });
    };
    if (w.ghNaam === "") fout("ghNaam", t.naamLeeg);
    if (w.ghRelatie === "") fout("ghRelatie", t.relatieLeeg);
    if (w.ghWettelijkVertegenwoordiger === undefined) fout("ghWettelijkVertegenwoordiger", t.wvLeeg);
    if (w.ghTelefoon !== "" && !isTelefoon(w.ghTelefoon)) fout("ghTelefoon", t.telefoonFout);
    if (w.ghEmail !== "" && !EMAIL.test(w.ghEmail)) fout("ghEmail", t.emailFout);
    if (!compleet || w.ghWettelijkVertegenwoordiger === undefined) return z.NEVER;
    return {
      heeftGewaarborgdeHulp: "ja",
      gewaarborgdeHulp: {
        naam: w.ghNaam,
        relatie: w.ghRelatie,
        isWettelijkVertegenwoordiger: w.ghWettelijkVertegenwoordiger,
        ...(w.ghTelefoon !== "" && { telefoon: w.ghTelefoon }),
        ...(w.ghEmail !== "" && { email: w.ghEmail }),
      },
    };
  });
});
const schema = schemaIn(STANDAARDTAAL);

function uitleg(a: Antwoorden, aanspreking: Aanspreking, taal: Taal = STANDAARDTAAL): Uitleg[] {
  const t = woorden(taal);
  const metBron = metBronIn(taal);
  const blokken: Uitleg[] = [];
  if (a.voorWie === "gewaarborgde-hulp") blokken.push({ alineas: [t.zelfGewaarborgdeHulp] });
  blokken.push({ kop: t.watKop, alineas: [t.wat(aanspreking), ...gewaarborgdeHulpFeiten().map(metBron)] });
  const zorgprofiel = zorgprofielUit(a);
  if (zorgprofiel !== null) {
    const { verplicht, redenen } = gewaarborgdeHulpVerplicht(zorgprofiel);
    blokken.push({ kop: t.verplichtKop, alineas: [...redenen.map(metBron), ...(verplicht ? [t.zonderHulp] : [])] });
  }
  return blokken;
}

export const gewaarborgdeHulpVraag: VraagDefinitie<z.output<typeof schema>> = {
  slug: "gewaarborgde-hulp",
  stap: "aanvraag",
  ingevuld: (a) => a.heeftGewaarborgdeHulp !== undefined,
  titel: ({ aanspreking, taal }) => woorden(taal).titel(aanspreking),
  uitleg: ({ antwoorden, aanspreking, taal }) => uitleg(antwoorden, aanspreking, taal),
  // The details only apply with "ja": they sit under that option, hidden by CSS until it is chosen,
  // with or without JavaScript (docs/decisions/031-burgerpaginas.md).
  velden: ({ aanspreking, taal }) => {
    const t = woorden(taal);
    return [
    { soort: "radio", naam: "heeftGewaarborgdeHulp", label: t.vraag(aanspreking), hint: t.vraagHint, opties: jaNeeOpties(taal) },
    { soort: "tekst", naam: "ghNaam", label: t.naamLabel, breedte: "vol", autocomplete: "off", maxLengte: MAX_TEKST, alleenBij: BIJ_JA },
    { soort: "tekst", naam: "ghRelatie", label: t.relatieLabel(aanspreking), hint: t.relatieHint, breedte: "midden", autocomplete: "off", maxLengte: MAX_TEKST, alleenBij: BIJ_JA },
    { soort: "radio", naam: "ghWettelijkVertegenwoordiger", label: t.wvLabel(aanspreking), hint: t.wvHint, opties: jaNeeOpties(taal), inline: true, alleenBij: BIJ_JA },
    { soort: "tekst", naam: "ghTelefoon", label: t.telefoonLabel, breedte: "midden", type: "tel", inputMode: "tel", autocomplete: "off", maxLengte: MAX_TEKST, alleenBij: BIJ_JA },
    { soort: "tekst", naam: "ghEmail", label: t.emailLabel, breedte: "vol", type: "email", inputMode: "email", autocomplete: "off", maxLengte: MAX_TEKST, alleenBij: BIJ_JA },
    ];
  },
  schema,
  schemaIn,
  waarden: (a) => {
    const gh = a.gewaarborgdeHulp;
    return {
      heeftGewaarborgdeHulp: a.heeftGewaarborgdeHulp ?? "",
      ghNaam: gh?.naam ?? "",
      ghRelatie: gh?.relatie ?? "",
      ghWettelijkVertegenwoordiger: gh?.isWettelijkVertegenwoordiger ?? "",
      ghTelefoon: gh?.telefoon ?? "",
      ghEmail: gh?.email ?? "",
    };
  },
  verwerk: (geldig, a): Antwoorden => ({
    ...zonder(a, "gewaarborgdeHulp"),
    heeftGewaarborgdeHulp: geldig.heeftGewaarborgdeHulp,
    ...(geldig.gewaarborgdeHulp !== undefined && { gewaarborgdeHulp: geldig.gewaarborgdeHulp }),
  }),
  samenvatting: ({ antwoorden, aanspreking, taal }) => {
    if (antwoorden.heeftGewaarborgdeHulp === undefined) return [];
    const t = woorden(taal);
    const rijen = [{ vraag: t.vraag(aanspreking), antwoord: jaNeeTekst(antwoorden.heeftGewaarborgdeHulp, taal) }];
    const gh = antwoorden.gewaarborgdeHulp;
    if (antwoorden.heeftGewaarborgdeHulp !== "ja" || gh === undefined) return rijen;
    return [
      ...rijen,
      { vraag: t.rijen.naam, antwoord: gh.naam },
      { vraag: t.rijen.relatie, antwoord: gh.relatie },
      { vraag: t.rijen.wettelijkVertegenwoordiger, antwoord: jaNeeTekst(gh.isWettelijkVertegenwoordiger, taal) },
      ...(gh.telefoon === undefined ? [] : [{ vraag: t.rijen.telefoon, antwoord: gh.telefoon }]),
      ...(gh.email === undefined ? [] : [{ vraag: t.rijen.email, antwoord: gh.email }]),
    ];
  },
};
