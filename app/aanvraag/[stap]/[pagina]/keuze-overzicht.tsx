import { Melding } from "@/components/melding";
import { Uitklap } from "@/components/uitklap";
import { UitkomstBlok, RedenenLijst } from "@/components/uitkomst";
import { aanvraag as aanvraagNl } from "@/content/aanvraag";
import { aanvraag as aanvraagEn } from "@/content/en/aanvraag";
import { STANDAARDTAAL, type Taal } from "@/content/taal";
import { inTaal } from "@/content/vertaling";
import { aanspreking } from "@/lib/wizard/journey";
import type { Antwoorden } from "@/lib/wizard/antwoorden";
import { keuzeOverzicht, type VormOverzicht } from "@/lib/wizard/vragen/uitkomst";
import { persoonVoor } from "@/content/redenen";
import { publiekVan } from "@/lib/wizard/publiek";
import type { Antwoord } from "@/rules/types";
import { BegripTekst } from "@/components/begrip-tekst";
import { planBegrippen } from "@/lib/begrippen";

/** The answer for the chosen forms together: `nee` if one is `nee`, `ja` if all are `ja`, else the zorgkantoor decides. */
function uitkomstVan(gekozen: VormOverzicht[]): Antwoord {
  if (gekozen.some((v) => v.uitkomst === "nee")) return "nee";
  return gekozen.every((v) => v.uitkomst === "ja") ? "ja" : "navragen";
}

/**
 * Step 2's outcome: a chosen form that is `nee` first and loudly, then the answer to the person's
 * own choice in one sentence with the chosen forms; every other form and what vpt, mpt and pgb
 * contain behind "Andere mogelijkheden bekijken", so a phone shows the answer, not a long list.
 */
export function KeuzeOverzicht({ antwoorden, taal = STANDAARDTAAL }: { antwoorden: Antwoorden; taal?: Taal }) {
  const overzicht = keuzeOverzicht(antwoorden, taal);
  if (overzicht === null) return null;
  const t = inTaal(taal, aanvraagNl, aanvraagEn).keuzeOverzicht;
  // Who reads: the applicant, or someone filling in for them (docs/decisions/028). The reasons
  // know this reader in Dutch; the page's own sentences name them in the page's language.
  const publiek = publiekVan(antwoorden);
  const wie = persoonVoor(publiek) === null ? null : aanspreking(antwoorden, taal).naam;
  const gekozen = overzicht.vormen.filter((vorm) => vorm.gekozen);
  // The answer to the person's choice is the first text in sight: glossary terms are linked there
  // first, then in its reasons (lib/begrippen.ts).
  const antwoord = planBegrippen(overzicht.keuze === null ? [] : [t.antwoord(wie, overzicht.keuze.naam, uitkomstVan(gekozen))]);
  const andere = overzicht.keuze === null ? overzicht.vormen : overzicht.vormen.filter((vorm) => !vorm.gekozen);
  const vormBlok = (vorm: VormOverzicht) => (
    <UitkomstBlok
      key={vorm.vorm}
      kopNiveau={3}
      titel={vorm.gekozen ? `${vorm.naam} ${t.uwKeuze(wie)}` : vorm.naam}
      uitkomst={{ uitkomst: vorm.uitkomst, redenen: vorm.redenen }}
      publiek={publiek}
      taal={taal}
    />
  );
  const alleVormen = (
    <>
      <h2 className="text-2xl font-bold mt-0 mb-4">{t.vormenKop(overzicht.zorgprofiel.weergave)}</h2>
      <div className="space-y-6">{andere.map(vormBlok)}</div>
      <h2 className="text-2xl font-bold mt-8 mb-4">{t.pakkettenKop}</h2>
      {overzicht.pakketten.map((pakket) => (
        <section key={pakket.pakket} className="mb-6">
          <h3 className="text-xl font-bold mb-2">{pakket.kop}</h3>
          <ul className="list-disc pl-6 mb-2">
            {pakket.inhoud.map((regel) => (
              <li key={regel}>{regel}</li>
            ))}
          </ul>
          <RedenenLijst redenen={[pakket.reden]} publiek={publiek} taal={taal} />
        </section>
      ))}
    </>
  );
  return (
    <div className="mb-8">
      {overzicht.gekozenNietMogelijk.length > 0 && (
        <Melding soort="waarschuwing" titel={t.nietMogelijkTitel(wie)}>
          {overzicht.gekozenNietMogelijk.map((vorm) => (
            <div key={vorm.vorm}>
              <p className="font-bold">{vorm.naam}</p>
              <RedenenLijst redenen={vorm.redenen} publiek={publiek} taal={taal} />
            </div>
          ))}
        </Melding>
      )}
      {overzicht.keuze && (
        <>
          <h2 className="text-2xl font-bold mb-2">{t.keuzeKop(wie)}</h2>
          <p className="text-xl font-bold mb-2">
            <BegripTekst delen={antwoord.delen[0] ?? []} />
          </p>
          <div className="mb-6">
            <RedenenLijst redenen={overzicht.keuze.redenen} publiek={publiek} begrippenEerder={antwoord.gelinkt} taal={taal} />
          </div>
          {gekozen.map(vormBlok)}
        </>
      )}
      {overzicht.keuze === null ? (
        // Nothing chosen yet: the forms are the answer, in sight.
        alleVormen
      ) : (
        <Uitklap samenvatting={t.andereMogelijkheden}>{alleVormen}</Uitklap>
      )}
    </div>
  );
}
