/**
 * After stap 3 (docs/decisions/031-burgerpaginas.md): "Klaar" is not "verstuurd". Says plainly
 * that nothing has been sent, what to send, to which zorgkantoor, who still signs, what happens
 * next (AV-05, TK-01; the brochure gives no time for either, so neither does this page), and lets
 * the person tick that they sent it themselves. Plain links and one plain form: works without
 * JavaScript. Before stap 3 is klaar there is nothing to send, and the page redirects.
 */
import type { Metadata } from "next";
import Link from "@/components/link";
import { redirect } from "next/navigation";
import { BegripTekst } from "@/components/begrip-tekst";
import { Knop, TerugLink } from "@/components/knoppen";
import { Melding } from "@/components/melding";
import { OndertekenenPaneel } from "@/components/ondertekenen-paneel";
import { PaginaKop, stapTitel } from "@/components/pagina-kop";
import { CheckboxGroep } from "@/components/velden";
import { versturen as versturenEn } from "@/content/en/versturen";
import { inTaal } from "@/content/vertaling";
import { versturen } from "@/content/versturen";
import { metBronVoor } from "@/content/wizard/algemeen";
import { publiekVan } from "@/lib/wizard/publiek";
import { budgetplanVragen } from "@/content/wizard/budgetplan";
import { budgetplanVragen as budgetplanVragenEn } from "@/content/en/wizard/budgetplan";
import { heleTekst, type TekstDeel } from "@/lib/begrippen";
import { versturenBegrippen } from "@/lib/begrippen-paginas";
import { vandaagInAmsterdam } from "@/lib/datum";
import { leesTaal } from "@/lib/taal";
import { GewijzigdMelding } from "../stap-afronden";
import { vereisSessie } from "@/lib/wizard/laad";
import { aanspreking, startVanStap } from "@/lib/wizard/journey";
import { documenten } from "@/lib/wizard/documenten";
import { BUDGETPLAN_PDF, controlePad, OVERZICHT, padVan } from "@/lib/wizard/paden";
import { verstuurStatus } from "@/lib/wizard/versturen";
import { zorgkantoorUit } from "@/lib/wizard/vragen/zorgkantoor";
import { formatDatumNl } from "@/rules/datum";
import { reden } from "@/rules/redenen";
import { toekenningsfeiten } from "@/rules/toekenning";
import { meldVerstuurd } from "./acties";

export async function generateMetadata(): Promise<Metadata> {
  return { title: stapTitel("aanvraag", inTaal(await leesTaal(), versturen, versturenEn).titel) };
}

export default async function Versturen({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const sessie = await vereisSessie();
  const taal = await leesTaal();
  const t = inTaal(taal, versturen, versturenEn);
  const a = sessie.antwoorden;
  if (verstuurStatus(a) === "nog-niet-klaar") redirect(padVan(startVanStap("aanvraag", a)));
  const { gewijzigd } = await searchParams;
  const wie = aanspreking(a);
  const metBron = metBronVoor(publiekVan(a));
  const zorgkantoor = zorgkantoorUit(a);
  const verstuurdOp = a.verstuurd === undefined ? null : formatDatumNl(a.verstuurd);
  const daarna = [reden("AV-05", "av.keuzegesprek"), ...toekenningsfeiten(vandaagInAmsterdam())].map(metBron);
  const papieren = documenten(a, taal);
  // Glossary terms linked at their first use in the running text in sight (lib/begrippen-paginas.ts):
  // the notice, what to send, what happens next; not the headings, the zorgkantoor's details or the form.
  const { delen: begrippen } = versturenBegrippen({
    melding: [verstuurdOp === null ? t.nietVerstuurd.tekst(wie) : t.verstuurdMelding.tekst(verstuurdOp)],
    wat: [t.watUitleg],
    documenten: papieren.map((d) => d.tekst),
    daarna,
  });
  const tekst = (delen: TekstDeel[] | undefined, anders: string) => (delen === undefined ? anders : <BegripTekst delen={delen} />);

  return (
    <>
      <TerugLink href={OVERZICHT}>{t.terug}</TerugLink>
      <GewijzigdMelding tonen={gewijzigd === "1"} />
      <PaginaKop stap="aanvraag" titel={t.titel} />
      {verstuurdOp === null ? (
        <Melding soort="waarschuwing" titel={t.nietVerstuurd.titel(wie)}>
          <p>{tekst(begrippen.melding[0], t.nietVerstuurd.tekst(wie))}</p>
        </Melding>
      ) : (
        <Melding soort="info" titel={t.verstuurdMelding.titel}>
          <p>{tekst(begrippen.melding[0], t.verstuurdMelding.tekst(verstuurdOp))}</p>
        </Melding>
      )}
      <p className="mb-8">
        <Link href={controlePad("aanvraag")}>{t.antwoordenLink}</Link>
      </p>

      <section aria-labelledby="kop-wat" className="mb-8">
        <h2 id="kop-wat" className="mt-0 mb-3 text-2xl font-bold">
          {t.watKop}
        </h2>
        <p className="mb-2">{tekst(begrippen.wat[0], t.watUitleg)}</p>
        <ul className="mb-3 list-disc space-y-2 pl-6">
          {papieren.map((d, i) => (
            <li key={d.sleutel}>
              <span className="font-bold">{d.titel}.</span> {tekst(begrippen.documenten[i], d.tekst)}
            </li>
          ))}
        </ul>
        <p className="mb-0 text-xl font-bold">
          <a href={BUDGETPLAN_PDF} download>
            {inTaal(taal, budgetplanVragen, budgetplanVragenEn).pdf.link}
          </a>
        </p>
      </section>

      <section aria-labelledby="kop-zorgkantoor" className="mb-8">
        <h2 id="kop-zorgkantoor" className="mt-0 mb-3 text-2xl font-bold">
          {t.naarWieKop}
        </h2>
        {/* Stap 3 is klaar, so the zorgkantoor question (ZK-01) is answered and names a region. */}
        {zorgkantoor !== null && (
          <dl className="m-0 space-y-2 wrap-anywhere">
            <div>
              <dt className="font-bold">{t.zorgkantoor.naam}</dt>
              <dd className="m-0">{t.zorgkantoor.regio(zorgkantoor.regio, zorgkantoor.zorgverzekeraar)}</dd>
            </div>
            <div>
              <dt className="font-bold">{t.zorgkantoor.adres}</dt>
              <dd className="m-0">{t.zorgkantoor.adresOnbekend}</dd>
            </div>
            <div>
              <dt className="font-bold">{t.zorgkantoor.telefoon}</dt>
              <dd className="m-0">
                <a href={`tel:${zorgkantoor.telefoonInternationaal}`}>{zorgkantoor.telefoon}</a>
              </dd>
            </div>
            <div>
              <dt className="font-bold">{t.zorgkantoor.website}</dt>
              <dd className="m-0">
                <a href={zorgkantoor.websiteUrl}>{zorgkantoor.website}</a>
              </dd>
            </div>
          </dl>
        )}
      </section>

      <OndertekenenPaneel antwoorden={a} naarDelen taal={taal} />

      <section aria-labelledby="kop-daarna" className="mb-8">
        <h2 id="kop-daarna" className="mt-0 mb-3 text-2xl font-bold">
          {t.daarnaKop}
        </h2>
        {begrippen.daarna.map((delen) => (
          <p key={heleTekst(delen)} className="mb-3">
            <BegripTekst delen={delen} />
          </p>
        ))}
        <p className="mb-0 font-bold">{t.geenTermijn}</p>
      </section>

      <form action={meldVerstuurd} className="mb-8">
        <input type="hidden" name="versie" value={String(sessie.versie)} />
        <CheckboxGroep
          veld={{
            soort: "checkboxes",
            naam: "verstuurd",
            label: t.verstuurdKop,
            hint: verstuurdOp === null ? t.verstuurdUitleg : t.verstuurdOp(verstuurdOp),
            opties: [{ waarde: "ja", label: t.verstuurdLabel }],
          }}
          waarde={verstuurdOp === null ? [] : ["ja"]}
        />
        <Knop>{t.verstuurdKnop}</Knop>
      </form>
    </>
  );
}
