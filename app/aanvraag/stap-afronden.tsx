/**
 * Ending a step: the banner when the draft changed in another tab (every step's last page), and
 * for steps 4–6 "Klaar met deze stap", which confirms the step as a check page does for 1–3.
 */
import { Knop } from "@/components/knoppen";
import { Melding } from "@/components/melding";
import { aanvraag } from "@/content/aanvraag";
import type { StapSlug } from "@/lib/wizard/types";
import { bevestigStap } from "./acties";

export function GewijzigdMelding({ tonen }: { tonen: boolean }) {
  if (!tonen) return null;
  return (
    <Melding soort="waarschuwing" titel={aanvraag.gewijzigd.titel}>
      <p>{aanvraag.gewijzigd.tekst}</p>
    </Melding>
  );
}

export function StapAfronden({ stap, versie }: { stap: StapSlug; versie: number }) {
  return (
    <form action={bevestigStap}>
      <input type="hidden" name="stap" value={stap} />
      <input type="hidden" name="versie" value={String(versie)} />
      <Knop>{aanvraag.stapAfronden}</Knop>
    </form>
  );
}
