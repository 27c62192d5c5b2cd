import { KnopLink } from "@/components/knoppen";
import { aanvraag } from "@/content/aanvraag";
import { BEWAREN } from "@/lib/wizard/paden";

/** "Bewaren en later verder" under every step page (docs/decisions/017-drafts.md): answers are already saved, this shows the link. */
export function BewaarLink() {
  return (
    <div className="mt-8">
      <KnopLink href={BEWAREN} variant="secundair">
        {aanvraag.bewaren.knop}
      </KnopLink>
    </div>
  );
}
