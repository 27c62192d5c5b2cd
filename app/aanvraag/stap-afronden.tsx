/**
 * Ending a step: the banner when the draft changed in another tab (every step's last page), and
 * for steps 4–6 "Klaar met deze stap", which confirms the step as a check page does for 1–3.
 */
import { Knop } from "@/components/knoppen";
import { Melding } from "@/components/melding";
import { aanvraag as aanvraagNl } from "@/content/aanvraag";
import { aanvraag as aanvraagEn } from "@/content/en/aanvraag";
import { vraagFormulier as vraagFormulierEn } from "@/content/en/vraag-formulier";
import { inTaal } from "@/content/vertaling";
import { vraagFormulier as vraagFormulierNl } from "@/content/vraag-formulier";
import { leesTaal } from "@/lib/taal";
import type { StapSlug } from "@/lib/wizard/types";
import { bevestigStap } from "./acties";

export async function GewijzigdMelding({ tonen }: { tonen: boolean }) {
  if (!tonen) return null;
  const { gewijzigd } = inTaal(await leesTaal(), vraagFormulierNl, vraagFormulierEn);
  return (
    <Melding soort="waarschuwing" titel={gewijzigd.titel}>
      <p>{gewijzigd.tekst}</p>
    </Melding>
  );
}

export async function StapAfronden({ stap, versie }: { stap: StapSlug; versie: number }) {
  const aanvraag = inTaal(await leesTaal(), aanvraagNl, aanvraagEn);
  return (
    <form action={bevestigStap}>
      <input type="hidden" name="stap" value={stap} />
      <input type="hidden" name="versie" value={String(versie)} />
      <Knop>{aanvraag.stapAfronden}</Knop>
    </form>
  );
}
