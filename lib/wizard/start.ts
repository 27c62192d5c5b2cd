/**
 * The start page's one question: who fills this in (docs/decisions/016-wizard-stroom.md). Every later text addresses the
 * applicant as "u" or in the third person, by name when given.
 */
import * as z from "zod";
import { start as startEn } from "@/content/en/start";
import { start } from "@/content/start";
import { STANDAARDTAAL, type Taal } from "@/content/taal";
import { inTaal } from "@/content/vertaling";
import { MAX_TEKST, voorWieWaarden, type Antwoorden } from "./antwoorden";
import type { VeldDefinitie, Waarden } from "./types";
import { perTaal } from "./vragen/velden";

/** The form's words in `taal`. */
const woorden = (taal: Taal) => inTaal(taal, start, startEn).voorWie;

/** The start form's schema with its messages in `taal`: one definition, as for the questions. */
export const startSchemaIn = perTaal((taal: Taal) => {
  const t = woorden(taal);
  return z
    .object({
      voorWie: z.enum(voorWieWaarden, { error: t.fout }),
      naamAanvrager: z
        .string()
        .trim()
        .max(MAX_TEKST, { error: t.naamTeLang })
        .optional(),
    })
    .transform(({ voorWie, naamAanvrager }) => ({
      voorWie,
      // A name only means something when someone else fills it in.
      naamAanvrager: voorWie === "zelf" || !naamAanvrager ? undefined : naamAanvrager,
    }));
});

export const startSchema = startSchemaIn(STANDAARDTAAL);

export function startVelden(taal: Taal = STANDAARDTAAL): VeldDefinitie[] {
  const t = woorden(taal);
  return [
    {
      soort: "radio",
      naam: "voorWie",
      label: t.vraag,
      opties: voorWieWaarden.map((waarde) => ({
        waarde,
        label: t.opties[waarde],
        ...(waarde in t.hints && { hint: t.hints[waarde as keyof typeof t.hints] }),
      })),
    },
    { soort: "tekst", naam: "naamAanvrager", label: t.naamLabel, hint: t.naamHint, autocomplete: "off", breedte: "midden", maxLengte: MAX_TEKST },
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
