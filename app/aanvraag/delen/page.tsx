/**
 * Delen en ondertekenen (docs/decisions/019-delen-en-ondertekenen.md): the applicant signs the budgetplan, sees who else signed and
 * whether a signature needs renewal, and makes, copies and revokes share links. Every part is a
 * plain form, so all of it works without JavaScript.
 */
import type { Metadata } from "next";
import Link from "@/components/link";
import { HandtekeningLijst } from "@/components/handtekening-lijst";
import { Knop, TerugLink } from "@/components/knoppen";
import { LinkDoorgeven } from "@/components/link-doorgeven";
import { Melding } from "@/components/melding";
import { MeldingKop } from "@/components/melding-kop";
import { OndertekenenPaneel } from "@/components/ondertekenen-paneel";
import { PaginaKop } from "@/components/pagina-kop";
import { VraagFormulier } from "@/components/vraag-formulier";
import { delen as delenNl } from "@/content/delen";
import { delen as delenEn } from "@/content/en/delen";
import { linkDoorgeven as linkDoorgevenEn } from "@/content/en/link-doorgeven";
import { linkDoorgeven as linkDoorgevenNl } from "@/content/link-doorgeven";
import type { Taal } from "@/content/taal";
import { inTaal } from "@/content/vertaling";
import { deellinkVelden, eigenRol, ghViaLink, ondertekenVelden, ondertekenWaarden } from "@/lib/delen/formulieren";
import { handtekeningOverzicht } from "@/lib/delen/handtekeningen";
import type { DeellinkInfo } from "@/lib/drafts/deellinks";
import { deellinken } from "@/lib/drafts/server";
import { publiekAdres } from "@/lib/http/publiek-adres";
import { leesTaal } from "@/lib/taal";
import { formatDatumTijdstip } from "@/lib/wizard/datum";
import { budgetplanKlaar, startVanStap } from "@/lib/wizard/journey";
import { OVERZICHT, padVan } from "@/lib/wizard/paden";
import { BudgetplanDownload } from "../budgetplan/download";
import { vereisSessie } from "@/lib/wizard/laad";
import { maakDeellink, ondertekenZelf, trekDeellinkIn } from "./acties";

export async function generateMetadata(): Promise<Metadata> {
  return { title: inTaal(await leesTaal(), delenNl, delenEn).pagina.titel };
}

type Zoek = Record<string, string | string[] | undefined>;

/** The link as the person will paste it: absolute, on this site's public address (lib/http/publiek-adres.ts). */
function linkAdres(link: DeellinkInfo): Promise<string> {
  return publiekAdres(`/gedeeld?sleutel=${link.token}`);
}

/**
 * The mail is in the page's language: the applicant reads it before sending it, and may add a
 * line in the other person's language (docs/decisions/032-talen.md, addendum 2026-12-05).
 */
function LinkVeld({ link, adres, id, taal }: { link: DeellinkInfo; adres: string; id: string; taal: Taal }) {
  const delen = inTaal(taal, delenNl, delenEn);
  const t = delen.pagina;
  const linkDoorgeven = inTaal(taal, linkDoorgevenNl, linkDoorgevenEn);
  const datum = formatDatumTijdstip(link.verlooptOp);
  return (
    <LinkDoorgeven
      id={id}
      label={t.linkLabel(delen.rollen[link.rol])}
      link={adres}
      geldig={t.geldigTot(datum)}
      mail={{ onderwerp: linkDoorgeven.deel.onderwerp[link.rol], tekst: linkDoorgeven.deel.tekst(adres, datum, link.rol) }}
      kopieer={t.kopieer}
      gekopieerd={t.gekopieerd}
      taal={taal}
    />
  );
}

export default async function Delen({ searchParams }: { searchParams: Promise<Zoek> }) {
  const sessie = await vereisSessie();
  const taal = await leesTaal();
  const zoek = await searchParams;
  const a = sessie.antwoorden;
  const links = await deellinken().lijst(sessie.toegang, new Date());
  const adressen = await Promise.all(links.map(linkAdres));
  const nieuw = links.findIndex((l) => l.id === zoek.nieuw);
  const rol = eigenRol(a);
  const regels = handtekeningOverzicht(a, taal);
  const eigen = regels.find((r) => r.rol === rol);
  const versie = String(sessie.versie);
  const delen = inTaal(taal, delenNl, delenEn);
  const t = delen.pagina;

  return (
    <>
      <TerugLink href={OVERZICHT}>{t.terug}</TerugLink>
      {nieuw >= 0 && links[nieuw] && adressen[nieuw] && (
        <MeldingKop key={links[nieuw].id} titel={t.meldingen.nieuw.titel}>
          <p className="mb-3">{t.meldingen.nieuw.tekst}</p>
          {/* Keyed: a new link is a new banner, whose heading takes focus again. */}
          <LinkVeld link={links[nieuw]} adres={adressen[nieuw]} id={`nieuw-${links[nieuw].id}`} taal={taal} />
        </MeldingKop>
      )}
      {zoek.ingetrokken === "1" && (
        <MeldingKop titel={t.meldingen.ingetrokken.titel}>
          <p>{t.meldingen.ingetrokken.tekst}</p>
        </MeldingKop>
      )}
      {zoek.onbekend === "1" && (
        <Melding soort="waarschuwing" titel={t.meldingen.nietGevonden.titel}>
          <p>{t.meldingen.nietGevonden.tekst}</p>
        </Melding>
      )}
      {zoek.ondertekend === "1" && (
        <MeldingKop titel={t.meldingen.ondertekend.titel}>
          <p>{t.meldingen.ondertekend.tekst}</p>
        </MeldingKop>
      )}
      <PaginaKop titel={t.titel} />
      <OndertekenenPaneel antwoorden={a} taal={taal} />

      <section aria-labelledby="kop-handtekeningen">
        <h2 id="kop-handtekeningen" className="text-2xl font-bold mb-3">
          {t.handtekeningenKop}
        </h2>
        <HandtekeningLijst regels={regels} taal={taal} />
        {!budgetplanKlaar(a) ? (
          <p className="mb-6">
            {t.nogNietKlaar} <Link href={padVan(startVanStap("aanvraag", a))}>{t.naarBudgetplan}</Link>
          </p>
        ) : eigen?.status === "geldig" ? null : (
          <>
            <h3 className="text-xl font-bold mb-3">{eigen !== undefined ? t.opnieuwKop : rol === "gewaarborgde-hulp" ? t.zelfKopGh : t.zelfKop}</h3>
            <VraagFormulier
              actie={ondertekenZelf}
              schema={rol === "gewaarborgde-hulp" ? "onderteken-gh" : "onderteken-aanvrager"}
              titel={t.zelfKop}
              zonderKop
              velden={ondertekenVelden(a, rol, taal)}
              waarden={ondertekenWaarden(a, rol)}
              verborgen={{ versie }}
              knop={t.zelfKop}
            />
          </>
        )}
      </section>

      {budgetplanKlaar(a) && <BudgetplanDownload taal={taal} />}

      <section aria-labelledby="kop-links" className="mt-10">
        <h2 id="kop-links" className="text-2xl font-bold mb-3">
          {t.linksKop}
        </h2>
        {t.linksUitleg.map((alinea) => (
          <p key={alinea} className="mb-4">
            {alinea}
          </p>
        ))}
        {!ghViaLink(a) && <p className="mb-4">{rol === "gewaarborgde-hulp" ? t.ghZelf : t.geenGh}</p>}
        <VraagFormulier actie={maakDeellink} schema="deellink" titel={t.linksKop} zonderKop velden={deellinkVelden(a, taal)} waarden={{}} knop={t.maakKnop} />

        <h3 className="text-xl font-bold mt-8 mb-3">{t.uwLinksKop}</h3>
        {links.length === 0 ? (
          <p>{t.geenLinks}</p>
        ) : (
          <ul className="list-none p-0">
            {links.map((link, i) => (
              <li key={link.id} className="mb-6 border-l-4 border-lijn pl-4">
                <LinkVeld link={link} adres={adressen[i] ?? ""} id={`link-${link.id}`} taal={taal} />
                <p className="mb-3">{t.gemaakt(formatDatumTijdstip(link.aangemaaktOp))}</p>
                <form action={trekDeellinkIn}>
                  <input type="hidden" name="link" value={link.id} />
                  <Knop variant="waarschuwing">
                    {t.intrekken}
                    <span className="sr-only">{t.intrekkenVoor(delen.rollen[link.rol], formatDatumTijdstip(link.aangemaaktOp))}</span>
                  </Knop>
                </form>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
