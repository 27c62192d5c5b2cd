import { KnopLink } from "@/components/knoppen";
import { aanvraag } from "@/content/aanvraag";
import { BEWAREN } from "@/lib/wizard/paden";

/**
 * "Bewaren en later verder" under every step page (docs/decisions/017-drafts.md): submitted
 * answers are already saved, this shows the link. It is a link, so it does not send what is typed
 * on this page: the sentence above it says so, where the page has fields.
 */
export function BewaarLink({ metVelden = true }: { metVelden?: boolean }) {
  return (
    <div className="mt-8">
      {/* A page without fields (an information page) has nothing typed to lose. */}
      {metVelden && <p className="mt-0 mb-3 text-base">{aanvraag.bewaren.eerstKnop}</p>}
      <KnopLink href={BEWAREN} variant="secundair">
        {aanvraag.bewaren.knop}
      </KnopLink>
    </div>
  );
}
