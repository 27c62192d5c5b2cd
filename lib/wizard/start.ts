/**
 * The start page's one question: who fills this in (docs/decisions/016-wizard-stroom.md). Every later text addresses the
 * applicant as "u" or in the third person, by name when given.
 */
import * as z from "zod";
import { start } from "@/content/start";
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

export function startVelden(): VeldDefinitie[] {
  return [
    {
      soort: "radio",
      naam: "voorWie",
      label: start.voorWie.vraag,
      opties: voorWieWaarden.map((waarde) => ({
        waarde,
        label: start.voorWie.opties[waarde],
        ...(waarde in start.voorWie.hints && { hint: start.voorWie.hints[waarde as keyof typeof start.voorWie.hints] }),
      })),
    },
    { soort: "tekst", naam: "naamAanvrager", label: start.voorWie.naamLabel, hint: start.voorWie.naamHint, autocomplete: "off", breedte: "midden", maxLengte: MAX_TEKST },
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
