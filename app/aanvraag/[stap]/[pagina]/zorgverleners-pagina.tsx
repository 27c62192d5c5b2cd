/**
 * Budgetplan, deel 5: the zorgverleners added so far, each with "Wijzig" and "Verwijder", a
 * "Nog een zorgverlener toevoegen" submit button and "Doorgaan" (GOV.UK add-another). Three
 * plain forms: without JavaScript every button posts and the server redirects back here.
 */
import Link from "@/components/link";
import { FoutSamenvatting } from "@/components/foutmelding-samenvatting";
import { Knop, TerugLink } from "@/components/knoppen";
import { Melding } from "@/components/melding";
import { MeldingKop } from "@/components/melding-kop";
import { PaginaKop } from "@/components/pagina-kop";
import { UitlegBlokken } from "@/components/uitleg";
import { aanvraag as aanvraagNl } from "@/content/aanvraag";
import { aanvraag as aanvraagEn } from "@/content/en/aanvraag";
import { STANDAARDTAAL, type Taal } from "@/content/taal";
import { inTaal } from "@/content/vertaling";
import { budgetplanWoorden } from "@/lib/wizard/vragen/budgetplan-uitleg";
import { MAX_ZORGVERLENERS } from "@/lib/wizard/antwoorden";
import { aanspreking } from "@/lib/wizard/journey";
import { NIEUWE_ZORGVERLENER, OVERZICHT, zorgverlenerPad } from "@/lib/wizard/paden";
import type { Sessie } from "@/lib/wizard/sessie";
import { deelVanStap } from "@/lib/wizard/stappen";
import { nummerTekst, urenEnTariefTekst, zorgverlenersVraag } from "@/lib/wizard/vragen/zorgverleners";
import { bladEnRij } from "@/rules/budgetplan";
import { verwijderZorgverlener, zorgverlenersDoorgaan } from "../../budgetplan/acties";
import { BewaarLink } from "../../bewaar-link";
import { GewijzigdMelding } from "../../stap-afronden";

const TOEVOEGEN_ID = "zorgverlener-toevoegen";

export interface ZorgverlenersPaginaProps {
  sessie: Extract<Sessie, { status: "ok" }>;
  melding: { opgeslagen?: string; verwijderd?: boolean; gewijzigd?: boolean; leeg?: boolean; vol?: boolean };
  /** The page's language (docs/decisions/032-talen.md); Dutch when not given. */
  taal?: Taal;
}

export function ZorgverlenersPagina({ sessie, melding, taal = STANDAARDTAAL }: ZorgverlenersPaginaProps) {
  const a = sessie.antwoorden;
  const lijst = a.zorgverleners ?? [];
  const t = budgetplanWoorden(taal).zorgverleners;
  const aanvraag = inTaal(taal, aanvraagNl, aanvraagEn);
  const ctx = { antwoorden: a, aanspreking: aanspreking(a, taal), taal };
  const opgeslagen = lijst.find((z) => z.id === melding.opgeslagen);
  const versie = String(sessie.versie);
  return (
    <>
      <TerugLink href={OVERZICHT}>{aanvraag.terugNaarOverzicht}</TerugLink>
      <FoutSamenvatting fouten={melding.leeg && lijst.length === 0 ? [{ naam: TOEVOEGEN_ID, tekst: t.leegFout }] : []} />
      <GewijzigdMelding tonen={melding.gewijzigd === true} />
      {/* After the redirect of a save or remove: a heading that takes focus, so a screen reader reads it (components/melding-kop.tsx). */}
      {opgeslagen !== undefined && <MeldingKop titel={t.opgeslagen(opgeslagen.naam)} />}
      {melding.verwijderd && <MeldingKop titel={t.verwijderd} />}
      <PaginaKop stap="aanvraag" titel={zorgverlenersVraag.titel(ctx)} deel={deelVanStap("aanvraag", zorgverlenersVraag.slug, a)} />
      <UitlegBlokken uitleg={zorgverlenersVraag.uitleg?.(ctx) ?? []} />

      <h2 className="mt-0 mb-4 text-2xl font-bold">{lijst.length === 0 ? t.leegKop : t.lijstKop(lijst.length)}</h2>
      {lijst.length === 0 ? (
        <p className="mb-6">{t.leeg}</p>
      ) : (
        <ul className="m-0 mb-8 list-none border-t border-lijn p-0">
          {lijst.map((z, i) => {
            const { blad, rij } = bladEnRij(i);
            return (
              <li key={z.id} className="border-b border-lijn py-4">
                <h3 className="mt-0 mb-1 text-xl font-bold">
                  <span className="block text-base font-normal text-grijs">{t.samenvatting(rij, blad)}</span>
                  {z.naam}
                </h3>
                <p className="m-0">
                  {z.plaats}. {nummerTekst(z, taal)}.
                </p>
                <p className="mt-0 mb-3">{urenEnTariefTekst(z, taal)}.</p>
                <div className="flex flex-wrap items-baseline gap-x-6 gap-y-2">
                  <Link href={zorgverlenerPad(z.id)}>
                    {t.wijzig}
                    <span className="sr-only">{t.welke(z.naam)}</span>
                  </Link>
                  <form action={verwijderZorgverlener}>
                    <input type="hidden" name="id" value={z.id} />
                    <input type="hidden" name="versie" value={versie} />
                    <button type="submit" className="cursor-pointer border-0 bg-transparent p-0 text-link underline underline-offset-[0.15em] hover:decoration-[3px]">
                      {t.verwijder}
                      <span className="sr-only">{t.welke(z.naam)}</span>
                    </button>
                  </form>
                </div>
              </li>
            );
          })}
        </ul>
      )}

      {melding.vol && (
        <Melding soort="waarschuwing">
          <p>{t.maximum(MAX_ZORGVERLENERS)}</p>
        </Melding>
      )}
      {lijst.length < MAX_ZORGVERLENERS && (
        // A GET form: the button is a real submit button and works without JavaScript.
        <form action={zorgverlenerPad(NIEUWE_ZORGVERLENER)} method="get">
          <Knop id={TOEVOEGEN_ID} variant="secundair">{lijst.length === 0 ? t.toevoegen : t.nogEen}</Knop>
        </form>
      )}
      <form action={zorgverlenersDoorgaan}>
        <input type="hidden" name="versie" value={versie} />
        <Knop />
      </form>
      <BewaarLink metVelden={false} />
    </>
  );
}
