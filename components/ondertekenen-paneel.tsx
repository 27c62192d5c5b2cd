/**
 * Who signs what, the same on the ondertekening page, the delen page and the page after stap 3
 * (docs/decisions/031-burgerpaginas.md): the budgetplan on paper by the people AV-08 names, and
 * the digital statement on this site with each signer's status, which is not a qualified
 * electronic signature. On the gewaarborgde hulp's share link too, seen by them: there they are
 * "u" and their name is not shown (`kijker`, lib/delen/wie-ondertekent.ts).
 */
import Link from "@/components/link";
import { handtekeningTekst as handtekeningTekstEn } from "@/content/en/handtekeningen";
import { ondertekenen as ondertekenenEn } from "@/content/en/ondertekenen";
import { handtekeningTekst as handtekeningTekstNl } from "@/content/handtekeningen";
import { ondertekenen as ondertekenenNl } from "@/content/ondertekenen";
import { STANDAARDTAAL, type Taal } from "@/content/taal";
import { inTaal, type Vertaling } from "@/content/vertaling";
import { componenten as componentenNl } from "@/content/componenten";
import { componenten as componentenEn } from "@/content/en/componenten";
import { publiekVoorAanspreking } from "@/content/redenen";
import { redenTekstIn } from "@/lib/wizard/vragen/reden-taal";
import { wieOndertekent, type DigitaleOndertekenaar, type Kijker, type Wie } from "@/lib/delen/wie-ondertekent";
import type { Antwoorden } from "@/lib/wizard/antwoorden";
import { zonderGhNaam } from "@/lib/delen/verbergen";
import { aanspreking } from "@/lib/wizard/journey";
import { DELEN } from "@/lib/wizard/paden";

type Woorden = Vertaling<typeof ondertekenenNl>;

function papierRegel(t: Woorden, rol: string, wie: Wie): string {
  switch (wie.soort) {
    case "u":
      return t.regel(rol, t.u);
    case "naam":
      return t.regel(rol, wie.naam);
    case "rol":
      return rol;
  }
}

/**
 * Whoever fills in is "U"; the only other digital signer is the gewaarborgde hulp, through a link.
 * Seen by the gewaarborgde hulp, they are "U" and whoever fills in is named by role.
 */
function digitaalRegel(t: Woorden, { rol, wie }: DigitaleOndertekenaar): string {
  if (wie.soort === "u") return t.uZelf;
  if (wie.soort === "naam") return t.regel(t.gewaarborgdeHulp, wie.naam);
  return rol === "gewaarborgde-hulp" ? t.gewaarborgdeHulp : t.gh.invuller;
}

function statusTekst(taal: Taal, { handtekening }: DigitaleOndertekenaar): string {
  const t = inTaal(taal, ondertekenenNl, ondertekenenEn);
  if (handtekening === null) return t.status.nogNiet;
  return handtekening.status === "geldig" ? t.status.geldig(handtekening.opTekst) : inTaal(taal, handtekeningTekstNl, handtekeningTekstEn).status.vernieuwen;
}

/**
 * `naarDelen`: a link to the page where one signs and makes the gewaarborgde hulp's link (not on
 * that page itself). `kijker`: who reads it, whoever fills in or the gewaarborgde hulp (their link).
 * `taal`: the page's language (docs/decisions/032-talen.md).
 */
export function OndertekenenPaneel({
  antwoorden,
  naarDelen = false,
  kijker = "invuller",
  taal = STANDAARDTAAL,
}: {
  antwoorden: Antwoorden;
  naarDelen?: boolean;
  kijker?: Kijker;
  taal?: Taal;
}) {
  const t = inTaal(taal, ondertekenenNl, ondertekenenEn);
  const { papier, redenen, digitaal } = wieOndertekent(antwoorden, kijker, taal);
  const gh = kijker === "gewaarborgde-hulp";
  // For the gewaarborgde hulp the aanvraag is someone else's: never "uw aanvraag".
  const wie = gh ? { zelf: false, naam: aanspreking(zonderGhNaam(antwoorden)).naam } : aanspreking(antwoorden);
  const publiek = publiekVoorAanspreking(wie);
  return (
    <section aria-labelledby="kop-ondertekenen" className="mb-8 border-l-4 border-merk pl-4">
      <h2 id="kop-ondertekenen" className="mt-0 mb-3 text-2xl font-bold">
        {t.kop}
      </h2>
      <h3 className="mt-0 mb-2 text-xl font-bold">{t.papierKop}</h3>
      <p className="mb-2">{t.papierUitleg(wie)}</p>
      <ul className="mb-3 list-disc space-y-1 pl-6">
        {papier.map((p) => (
          <li key={p.rol}>{papierRegel(t, t.papierRollen[p.rol], p.wie)}</li>
        ))}
      </ul>
      {redenen.map((r) => `${redenTekstIn(r, publiek, taal)} ${inTaal(taal, componentenNl, componentenEn).reden.inTekst(r.regel, r.bron)}`).map((tekst) => (
        // AV-08's reasons with their rule and source in the page's language (docs/decisions/032-talen.md).
        <p key={tekst} className="mb-2 text-base text-grijs">
          {tekst}
        </p>
      ))}
      <p className="mb-4">{t.metDeHand}</p>
      <h3 className="mt-0 mb-2 text-xl font-bold">{t.digitaalKop}</h3>
      <p className="mb-2">{gh ? t.gh.digitaalUitleg : t.digitaalUitleg}</p>
      <ul className="mb-3 list-none space-y-2 p-0">
        {digitaal.map((d) => (
          <li key={d.rol}>
            <span className="font-bold">{digitaalRegel(t, d)}</span>: {statusTekst(taal, d)}
          </li>
        ))}
      </ul>
      <p className="mb-3 font-bold">{gh ? t.gh.geenOfficieel : t.geenOfficieel}</p>
      {naarDelen && (
        <p className="mb-0">
          <Link href={DELEN}>{t.naarDelen}</Link>
        </p>
      )}
    </section>
  );
}
