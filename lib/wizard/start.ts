/**
 * The start page's one question: who fills this in (docs/decisions/016-wizard-stroom.md). Every later text addresses the
 * applicant as "u" or in the third person, by name when given.
 */
import * as z from "zod";
import { start as startEn } from "@/content/en/start";
import { start } from "@/content/start";
import type { Taal } from "@/content/taal";
import { inTaal } from "@/content/vertaling";
import { MAX_TEKST, voorWieWaarden, type Antwoorden } from "./antwoorden";
import type { VeldDefinitie, Waarden } from "./types";

export const startSchema = z
  .object({
    voorWie: z.enum(voorWieWaarden, { error: start.voorWie.fout }),
    naamAanvrager: z
      .string()
      .trim()
      .max(MAX_TEKST, { error: start.voorWie.naamTeLang })
      .optional(),
  })
  .transform(({ voorWie, naamAanvrager }) => ({
    voorWie,
    // A name only means something when someone else fills it in.
    naamAanvrager: voorWie === "zelf" || !naamAanvrager ? undefined : naamAanvrager,
  }));

/** The start question's fields, in the page's language (docs/decisions/032-talen.md). */
export function startVelden(taal: Taal = "nl"): VeldDefinitie[] {
  const w = inTaal(taal, start, startEn).voorWie;
  return [
    {
      soort: "radio",
      naam: "voorWie",
      label: w.vraag,
      opties: voorWieWaarden.map((waarde) => ({
        waarde,
        label: w.opties[waarde],
        ...(waarde in w.hints && { hint: w.hints[waarde as keyof typeof w.hints] }),
      })),
    },
    { soort: "tekst", naam: "naamAanvrager", label: w.naamLabel, hint: w.naamHint, autocomplete: "off", breedte: "midden", maxLengte: MAX_TEKST },
  ];
}

export function startWaarden(a: Antwoorden): Waarden {
  return { ...(a.voorWie && { voorWie: a.voorWie }), ...(a.naamAanvrager && { naamAanvrager: a.naamAanvrager }) };
}

export function verwerkStart(geldig: z.output<typeof startSchema>, a: Antwoorden): Antwoorden {
  const nieuw: Antwoorden = { ...a, voorWie: geldig.voorWie };
  // The old name goes when the person now fills it in for themselves, or leaves the name empty.
  delete nieuw.naamAanvrager;
  return { ...nieuw, ...(geldig.naamAanvrager && { naamAanvrager: geldig.naamAanvrager }) };
}
