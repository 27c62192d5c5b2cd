/**
 * What the second person sees through a share link: the application's answers of steps 1–3
 * without "Wijzig" links, the budgetplan sums and PDF, and the signatures. Meekijken shows no
 * form at all; the gewaarborgde hulp gets the AV-04 statements and the signature form first, with
 * a link down to what they sign, then "Wie ondertekent wat?" as they see it, then the answers
 * (docs/decisions/031-burgerpaginas.md, addendum 2026-12-04). Through the
 * gewaarborgde hulp's link nothing shows their name (nor their phone or e-mail), not even in the
 * form: whoever holds the link must type it to sign (docs/decisions/022-links-openen.md).
 */
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { BegripTekst } from "@/components/begrip-tekst";
import { HandtekeningLijst } from "@/components/handtekening-lijst";
import { Melding } from "@/components/melding";
import { MeldingKop } from "@/components/melding-kop";
import { OndertekenenPaneel } from "@/components/ondertekenen-paneel";
import { PaginaKop } from "@/components/pagina-kop";
import { SamenvattingLijst } from "@/components/samenvatting";
import { VraagFormulier } from "@/components/vraag-formulier";
import { aanvraag as aanvraagNl } from "@/content/aanvraag";
import { aanvraag as aanvraagEn } from "@/content/en/aanvraag";
import { delen as delenNl } from "@/content/delen";
import { delen as delenEn } from "@/content/en/delen";
import { inTaal } from "@/content/vertaling";
import { BedragenOverzicht } from "@/components/bedragen-overzicht";
import { BudgetplanDownload } from "@/app/aanvraag/budgetplan/download";
import { gedeeldBegrippen } from "@/lib/begrippen-paginas";
import { ghViaLink, ONDERTEKEN_VIA_DEELLINK_WAARDEN, ondertekenViaDeellinkVelden } from "@/lib/delen/formulieren";
import { handtekeningOverzicht } from "@/lib/delen/handtekeningen";
import { gedeeldMisluktPad, GEDEELD, leesDeelSessie } from "@/lib/delen/sessie";
import { regelsZonderGhNaam, zonderGhNaam } from "@/lib/delen/verbergen";
import { leesTaal } from "@/lib/taal";
import { formatDatumTijdstip } from "@/lib/wizard/datum";
import { aanspreking, budgetplanKlaar } from "@/lib/wizard/journey";
import { naamVoorDeellink, publiekVanDeellink } from "@/lib/wizard/publiek";
import { stappenVanSoort } from "@/lib/wizard/stappen";
import { samenvattingRijen } from "@/lib/wizard/samenvatting";
import { ondertekenAlsGh } from "../acties";

export async function generateMetadata(): Promise<Metadata> {
  return { title: inTaal(await leesTaal(), delenNl, delenEn).gedeeld.titel };
}

/** Steps 1–3 are the application; 4–6 are tools for after it. */
const AANVRAAG_STAPPEN = stappenVanSoort("vragen");

export default async function GedeeldeAanvraag({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const sessie = await leesDeelSessie();
  if (sessie.status !== "ok") redirect(gedeeldMisluktPad(sessie.status));
  const { ondertekend } = await searchParams;
  const taal = await leesTaal();
  const t = inTaal(taal, delenNl, delenEn).gedeeld;
  const aanvraag = inTaal(taal, aanvraagNl, aanvraagEn);
  const a = sessie.antwoorden;
  const gh = sessie.rol === "gewaarborgde-hulp";
  const rolTekst = gh ? t.gewaarborgdeHulp : t.meekijken;
  // Whether a signature holds and whether one may sign: from the real answers. What is shown: without the name.
  const echt = handtekeningOverzicht(a, taal);
  const handtekeningen = gh ? regelsZonderGhNaam(a, echt, taal) : echt;
  const getoond = gh ? zonderGhNaam(a) : a;
  // Glossary terms linked at their first use in the introduction: the notice's texts and the line
  // above the answers (lib/begrippen-paginas.ts); not the form, the headings or the answers.
  const { delen: begrippen } = gedeeldBegrippen({
    melding: [rolTekst.tekst, ...(gh ? [t.naamNietGetoond] : [])],
    antwoorden: [t.antwoordenVan(aanspreking(a).zelf ? null : aanspreking(a).naam)],
  });

  return (
    <>
      {ondertekend === "1" && (
        <MeldingKop titel={t.ondertekend.titel}>
          <p>{t.ondertekend.tekst}</p>
        </MeldingKop>
      )}
      <PaginaKop titel={t.titel} />
      <Melding soort="info" titel={rolTekst.titel}>
        <p>{begrippen.melding[0] ? <BegripTekst delen={begrippen.melding[0]} /> : rolTekst.tekst}</p>
        <p>{t.geldigTot(formatDatumTijdstip(sessie.verlooptOp))}</p>
        {gh && <p>{begrippen.melding[1] ? <BegripTekst delen={begrippen.melding[1]} /> : t.naamNietGetoond}</p>}
      </Melding>
      {gh && (
        <section aria-labelledby="kop-teken-als-gh" className="mb-8">
          <h2 id="kop-teken-als-gh" className="text-2xl font-bold mb-3">
            {t.ondertekenKop}
          </h2>
          <p className="mb-4">
            <a href="#antwoorden">{t.naarAntwoorden}</a>
          </p>
          {sessie.eigenLink ? (
            <p>{t.eigenLink}</p>
          ) : !ghViaLink(a) ? (
            <p data-voor-publiek>{t.geenGh(naamVoorDeellink(a))}</p>
          ) : !budgetplanKlaar(a) ? (
            <p data-voor-publiek>{t.nogNietKlaar(naamVoorDeellink(a))}</p>
          ) : handtekeningen.find((r) => r.rol === "gewaarborgde-hulp")?.status === "geldig" ? (
            <p>{t.alGetekend}</p>
          ) : (
            <VraagFormulier
              actie={ondertekenAlsGh}
              schema="onderteken-gh"
              titel={t.ondertekenKop}
              zonderKop
              velden={ondertekenViaDeellinkVelden(taal)}
              waarden={ONDERTEKEN_VIA_DEELLINK_WAARDEN}
              verborgen={{ versie: String(sessie.versie) }}
              knop={t.ondertekenKnop}
            >
              <p className="mb-4">{t.datum(formatDatumTijdstip(new Date()))}</p>
            </VraagFormulier>
          )}
        </section>
      )}
      {/* Not on the owner's own gewaarborgde-hulp link: there "u" would be the wrong person. */}
      {gh && !sessie.eigenLink && ghViaLink(a) && <OndertekenenPaneel antwoorden={a} kijker="gewaarborgde-hulp" taal={taal} />}
      <p id="antwoorden" className="mb-6">
        {begrippen.antwoorden[0] ? <BegripTekst delen={begrippen.antwoorden[0]} /> : t.antwoordenVan(aanspreking(a).zelf ? null : aanspreking(a).naam)}
      </p>

      {AANVRAAG_STAPPEN.map(({ slug, nummer }) => {
        const rijen = samenvattingRijen(slug, getoond, { wijzigen: false, taal });
        return (
          <section key={slug} aria-labelledby={`kop-${slug}`} className="mt-8">
            <h2 id={`kop-${slug}`} className="text-2xl font-bold mb-3">
              {t.stapKop(nummer, aanvraag.overzicht.stappen[slug])}
            </h2>
            {rijen.length === 0 ? <p>{t.leeg}</p> : <SamenvattingLijst rijen={rijen} />}
          </section>
        );
      })}

      {(a.zorgverleners ?? []).length > 0 && (
        <section aria-labelledby="kop-budgetplan" className="mt-8">
          <h2 id="kop-budgetplan" className="text-2xl font-bold mb-3">
            {t.budgetplanKop}
          </h2>
          <BedragenOverzicht antwoorden={getoond} publiek={publiekVanDeellink(a, sessie.rol)} taal={taal} />
        </section>
      )}
      {budgetplanKlaar(a) && <BudgetplanDownload href={`${GEDEELD}/budgetplan/pdf`} taal={taal} />}

      <section aria-labelledby="kop-handtekeningen" className="mt-8">
        <h2 id="kop-handtekeningen" className="text-2xl font-bold mb-3">
          {t.handtekeningenKop}
        </h2>
        <HandtekeningLijst regels={handtekeningen} taal={taal} />
      </section>
    </>
  );
}
