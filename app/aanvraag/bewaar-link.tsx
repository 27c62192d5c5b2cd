import { KnopLink } from "@/components/knoppen";
import { aanvraag as aanvraagNl } from "@/content/aanvraag";
import { aanvraag as aanvraagEn } from "@/content/en/aanvraag";
import { inTaal } from "@/content/vertaling";
import { leesTaal } from "@/lib/taal";
import { BEWAREN } from "@/lib/wizard/paden";

/**
 * "Bewaren en later verder" under every step page (docs/decisions/017-drafts.md): submitted
 * answers are already saved, this shows the link. It is a link, so it does not send what is typed
 * on this page: the sentence above it says so, where the page has fields that its own button saves.
 * Each page says whether it has them: an information page has none, and a tool's GET form saves
 * nothing at all, so the sentence would be wrong there.
 */
export async function BewaarLink({ metVelden }: { metVelden: boolean }) {
  const aanvraag = inTaal(await leesTaal(), aanvraagNl, aanvraagEn);
  return (
    <div className="mt-8">
      {metVelden && <p className="mt-0 mb-3 text-base">{aanvraag.bewaren.eerstKnop}</p>}
      <KnopLink href={BEWAREN} variant="secundair">
        {aanvraag.bewaren.knop}
      </KnopLink>
    </div>
  );
}
