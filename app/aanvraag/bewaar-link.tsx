import { BewaarLinkWoord } from "@/components/component-woorden";
import { KnopLink } from "@/components/knoppen";
import { BEWAREN } from "@/lib/wizard/paden";

/**
 * "Bewaren en later verder" under every step page (docs/decisions/017-drafts.md): submitted
 * answers are already saved, this shows the link. It is a link, so it does not send what is typed
 * on this page: the sentence above it says so, where the page has fields that its own button saves.
 * Each page says whether it has them: an information page has none, and a tool's GET form saves
 * nothing at all, so the sentence would be wrong there. Its words come in the page's language
 * from a client part (components/component-woorden.tsx), so no page has to pass the language.
 */
export function BewaarLink({ metVelden }: { metVelden: boolean }) {
  return (
    <div className="mt-8">
      {metVelden && (
        <p className="mt-0 mb-3 text-base">
          <BewaarLinkWoord deel="eerstKnop" />
        </p>
      )}
      <KnopLink href={BEWAREN} variant="secundair">
        <BewaarLinkWoord deel="knop" />
      </KnopLink>
    </div>
  );
}
