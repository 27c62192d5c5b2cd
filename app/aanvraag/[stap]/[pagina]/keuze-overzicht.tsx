import { Melding } from "@/components/melding";
import { UitkomstBlok, RedenenLijst } from "@/components/uitkomst";
import { aanvraag } from "@/content/aanvraag";
import type { Antwoorden } from "@/lib/wizard/antwoorden";
import { keuzeOverzicht } from "@/lib/wizard/vragen/uitkomst";
import { aanspreking } from "@/lib/wizard/journey";
import { publiekVoorAanspreking } from "@/content/redenen";

/** Step 2's outcome: the chosen form first (and loudly when it is `nee`), then every form, then what each contains. */
export function KeuzeOverzicht({ antwoorden }: { antwoorden: Antwoorden }) {
  const overzicht = keuzeOverzicht(antwoorden);
  if (overzicht === null) return null;
  const t = aanvraag.keuzeOverzicht;
  // Who reads: the applicant, or someone filling in for them (docs/decisions/028).
  const publiek = publiekVoorAanspreking(aanspreking(antwoorden));
  return (
    <div className="mb-8">
      {overzicht.keuze && (
        <>
          <h2 className="text-2xl font-bold mb-2">{t.keuzeKop}</h2>
          <p className="text-xl font-bold mb-2">{overzicht.keuze.naam}</p>
          <RedenenLijst redenen={overzicht.keuze.redenen} publiek={publiek} />
        </>
      )}
      {overzicht.gekozenNietMogelijk.length > 0 && (
        <Melding soort="waarschuwing" titel={t.nietMogelijkTitel}>
          {overzicht.gekozenNietMogelijk.map((vorm) => (
            <div key={vorm.vorm}>
              <p className="font-bold">{vorm.naam}</p>
              <RedenenLijst redenen={vorm.redenen} publiek={publiek} />
            </div>
          ))}
        </Melding>
      )}
      <h2 className="text-2xl font-bold mt-8 mb-4">{t.vormenKop(overzicht.zorgprofiel.weergave)}</h2>
      <div className="space-y-6">
        {overzicht.vormen.map((vorm) => (
          <UitkomstBlok
            key={vorm.vorm}
            kopNiveau={3}
            titel={vorm.gekozen ? `${vorm.naam} ${t.uwKeuze}` : vorm.naam}
            uitkomst={{ uitkomst: vorm.uitkomst, redenen: vorm.redenen }}
            publiek={publiek}
          />
        ))}
      </div>
      <h2 className="text-2xl font-bold mt-8 mb-4">{t.pakkettenKop}</h2>
      {overzicht.pakketten.map((pakket) => (
        <section key={pakket.pakket} className="mb-6">
          <h3 className="text-xl font-bold mb-2">{pakket.kop}</h3>
          <ul className="list-disc pl-6 mb-2">
            {pakket.inhoud.map((regel) => (
              <li key={regel}>{regel}</li>
            ))}
          </ul>
          <RedenenLijst redenen={[pakket.reden]} publiek={publiek} />
        </section>
      ))}
    </div>
  );
}
