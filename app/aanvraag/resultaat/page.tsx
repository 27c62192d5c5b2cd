import type { Metadata } from "next";
import Link from "@/components/link";
import { redirect } from "next/navigation";
import { TerugLink } from "@/components/knoppen";
import { Melding } from "@/components/melding";
import { PaginaKop } from "@/components/pagina-kop";
import { RedenenLijst, UitkomstBlok, UitkomstLabel } from "@/components/uitkomst";
import { aanvraag as aanvraagNl } from "@/content/aanvraag";
import { aanvraag as aanvraagEn } from "@/content/en/aanvraag";
import { componenten as componentenNl } from "@/content/componenten";
import { componenten as componentenEn } from "@/content/en/componenten";
import type { Taal } from "@/content/taal";
import { inTaal } from "@/content/vertaling";
import { leesTaal } from "@/lib/taal";
import { vandaagInAmsterdam } from "@/lib/datum";
import { maakResultaat, type ResultaatItem } from "@/lib/wizard/resultaat";
import { OVERZICHT, padVan } from "@/lib/wizard/paden";
import { vereisSessie } from "@/lib/wizard/laad";
import { budgetplanKlaar } from "@/lib/wizard/journey";
import type { Publiek } from "@/content/redenen";
import { publiekVan } from "@/lib/wizard/publiek";
import { BudgetplanDownload } from "../budgetplan/download";
import { UitlegBlokken } from "@/components/uitleg";
import { Uitklap } from "@/components/uitklap";
import { aanvraagVragen } from "@/content/wizard/aanvraag";
import { aanvraagVragen as aanvraagVragenEn } from "@/content/en/wizard/aanvraag";
import { zorgkantoorUitleg } from "@/lib/wizard/vragen/zorgkantoor";
import { BegripTekst } from "@/components/begrip-tekst";
import { planBegrippen, type TekstDeel } from "@/lib/begrippen";

/** The page's own words in `taal`. */
const woorden = (taal: Taal) => inTaal(taal, aanvraagNl, aanvraagEn).resultaat;

/** An item's own texts in sight, in reading order: where its glossary terms may be linked. */
const itemTeksten = (item: ResultaatItem): string[] => [...(item.tekst ? [item.tekst] : []), ...(item.lijst ?? [])];

/** Per item in sight, its texts in parts (lib/begrippen.ts); items not in it show their text as it is. */
type Begrippen = Map<ResultaatItem, TekstDeel[][]>;

function tekstVan(item: ResultaatItem, begrippen: Begrippen | undefined, index: number, tekst: string) {
  const delen = begrippen?.get(item)?.[index];
  return delen === undefined ? tekst : <BegripTekst delen={delen} />;
}

export async function generateMetadata(): Promise<Metadata> {
  return { title: woorden(await leesTaal()).titel };
}

/**
 * One point: what it is and its state first, then what to do; the reasons in words and their
 * rules behind "Waarom?" at the end (docs/decisions/028).
 */
function Item({ item, publiek, begrippen, taal }: { item: ResultaatItem; publiek: Publiek; begrippen?: Begrippen; taal: Taal }) {
  const t = woorden(taal);
  const lijstBegin = item.tekst ? 1 : 0;
  return (
    <li className="border-l-4 border-lijn pl-4">
      <h3 className="text-xl font-bold mb-1">{item.titel}</h3>
      {item.uitkomst !== undefined && <UitkomstLabel uitkomst={item.uitkomst} />}
      {item.geregeld !== undefined && <p className="font-bold mb-1">{item.geregeld ? t.geregeld : t.nogNietGeregeld}</p>}
      {item.tekst && <p className="mt-1 mb-1">{tekstVan(item, begrippen, 0, item.tekst)}</p>}
      {item.lijst && item.lijst.length > 0 && (
        <ul className="list-disc pl-6 mt-1 mb-1">
          {item.lijst.map((regel, i) => (
            <li key={regel}>{tekstVan(item, begrippen, lijstBegin + i, regel)}</li>
          ))}
        </ul>
      )}
      {item.link && (
        <p className="mt-1 mb-1">
          <Link href={padVan(item.link)}>
            {t.naarDeVraag}
            <span className="sr-only">: {item.titel}</span>
          </Link>
        </p>
      )}
      <RedenenLijst redenen={item.redenen} publiek={publiek} waarom="alles" taal={taal} />
    </li>
  );
}

function Lijst({
  id,
  kop,
  items,
  publiek,
  eerste = false,
  begrippen,
  taal,
}: {
  id: string;
  kop: string;
  items: ResultaatItem[];
  publiek: Publiek;
  eerste?: boolean;
  begrippen?: Begrippen;
  taal: Taal;
}) {
  const t = woorden(taal);
  // The papers for the zorgkantoor are reference for when the person sends the aanvraag: together,
  // folded, after what is needed now.
  const papieren = items.filter((item) => item.document);
  const punten = items.filter((item) => !item.document);
  return (
    <section className={eerste ? "mt-0" : "mt-8"} aria-labelledby={`kop-${id}`}>
      <h2 id={`kop-${id}`} className="text-2xl font-bold mb-4">
        {kop}
      </h2>
      {items.length === 0 && <p>{t.niets}</p>}
      {punten.length > 0 && (
        <ul className="list-none p-0 space-y-5">
          {punten.map((item) => (
            <Item key={item.sleutel} item={item} publiek={publiek} begrippen={begrippen} taal={taal} />
          ))}
        </ul>
      )}
      {papieren.length > 0 && (
        <div className="mt-5">
          <Uitklap samenvatting={t.papieren(papieren.length)}>
            <ul className="list-none p-0 space-y-5">
              {papieren.map((item) => (
                <Item key={item.sleutel} item={item} publiek={publiek} taal={taal} />
              ))}
            </ul>
          </Uitklap>
        </div>
      )}
    </section>
  );
}

export default async function ResultaatPagina() {
  const sessie = await vereisSessie();
  const taal = await leesTaal();
  const t = woorden(taal);
  const aanvraag = inTaal(taal, aanvraagNl, aanvraagEn);
  const componenten = inTaal(taal, componentenNl, componentenEn);
  const resultaat = maakResultaat(sessie.antwoorden, vandaagInAmsterdam(), taal);
  if (resultaat === null) redirect(OVERZICHT);
  const zorgkantoor = zorgkantoorUitleg(sessie.antwoorden, inTaal(taal, aanvraagVragen, aanvraagVragenEn).zorgkantoor.gevondenKop, false, taal);
  // Who reads: the applicant, or someone filling in for them (docs/decisions/028).
  const publiek = publiekVan(sessie.antwoorden);
  // Glossary terms are linked at their first use in the texts in sight, in reading order: the
  // introduction, the points of "Wat is nodig" and "Wat ontbreekt nog", then the zorgkantoor
  // (lib/begrippen.ts). Folded parts and headings keep their words as they are.
  const inSicht = [resultaat.nodig, resultaat.ontbreekt].flatMap((items) => items.filter((item) => !item.document));
  const plan = planBegrippen([t.inleiding, ...inSicht.flatMap(itemTeksten)]);
  const [inleiding = [], ...rest] = plan.delen;
  const begrippen: Begrippen = new Map();
  for (const item of inSicht) begrippen.set(item, rest.splice(0, itemTeksten(item).length));
  return (
    <>
      <TerugLink href={OVERZICHT}>{aanvraag.terugNaarOverzicht}</TerugLink>
      <PaginaKop titel={t.titel} />
      <p className="mb-6">
        <BegripTekst delen={inleiding} />
      </p>
      <Melding soort={resultaat.kop.uitkomst === "nee" ? "waarschuwing" : "info"} titel={resultaat.kop.tekst}>
        <p className="font-bold mb-0">{componenten.uitkomst[resultaat.kop.uitkomst]}</p>
        <RedenenLijst redenen={resultaat.kop.redenen} publiek={publiek} waarom="alles" taal={taal} />
      </Melding>
      {resultaat.wlz && (
        <section className="mt-8">
          <UitkomstBlok titel={t.wlzKop} uitkomst={resultaat.wlz} publiek={publiek} taal={taal} />
          {resultaat.wlz.verwijzingen.length > 0 && (
            <>
              <h3 className="text-xl font-bold mt-4 mb-2">{t.verwijzingKop}</h3>
              <ul className="list-disc pl-6">
                {resultaat.wlz.verwijzingen.map((plek) => (
                  <li key={plek}>{plek}</li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}
      <Lijst id="nodig" kop={t.nodigKop} items={resultaat.nodig} publiek={publiek} begrippen={begrippen} taal={taal} />
      <Lijst id="ontbreekt" kop={t.ontbreektKop} items={resultaat.ontbreekt} publiek={publiek} begrippen={begrippen} taal={taal} />
      {/* The answer above is the one to the person's own choice; every form, possible or not, is
          one click away (a native <details>: no JavaScript needed, docs/decisions/028). */}
      {(resultaat.mogelijk.length > 0 || resultaat.nietMogelijk.length > 0) && (
        <div className="mt-8">
          <Uitklap samenvatting={t.andereMogelijkheden}>
            <Lijst id="mogelijk" kop={t.mogelijkKop} items={resultaat.mogelijk} publiek={publiek} eerste taal={taal} />
            <Lijst id="niet-mogelijk" kop={t.nietMogelijkKop} items={resultaat.nietMogelijk} publiek={publiek} taal={taal} />
          </Uitklap>
        </div>
      )}
      {zorgkantoor.length > 0 && (
        <section className="mt-8">
          <UitlegBlokken uitleg={zorgkantoor} begrippen={{ eerder: plan.gelinkt }} />
        </section>
      )}
      {budgetplanKlaar(sessie.antwoorden) && (
        <div className="mt-8">
          <BudgetplanDownload taal={taal} />
        </div>
      )}
      <p className="mt-8 niet-printen">{t.printen}</p>
    </>
  );
}
