/**
 * Stap 5, the checklist for one zorgverlener of the budgetplan: professional or not and the
 * maximum tarief (ZO-03, ZO-04), werkgever or opdrachtgever (ZO-02), loonbelasting and the SVB
 * (ZO-06, DE-07), what goes into the zorgovereenkomst and zorgbeschrijving (ZO-01, ZO-08), how
 * to hand them in (ZO-07) and logeeropvang (ZO-05), with a small GET tool for the etmalen (read
 * with lib/wizard/zoek-hulp.ts, as on the other GET tool pages, docs/decisions/024-foutpaden.md). The
 * page prints as the checklist (screen-only parts are `niet-printen`); the same checklist comes
 * as a PDF from ./pdf. An unknown id gets a message, not an error.
 */
import type { Metadata } from "next";
import Link from "@/components/link";
import { cache } from "react";
import { FoutSamenvatting } from "@/components/foutmelding-samenvatting";
import { Knop, TerugLink } from "@/components/knoppen";
import { PaginaKop, stapTitel } from "@/components/pagina-kop";
import { SamenvattingLijst } from "@/components/samenvatting";
import { UitkomstBlok } from "@/components/uitkomst";
import { TekstVeld } from "@/components/velden";
import { STANDAARDTAAL, type Taal } from "@/content/taal";
import { leesTaal } from "@/lib/taal";
import { vandaagInAmsterdam } from "@/lib/datum";
import { zorgverlenerPad } from "@/lib/wizard/paden";
import { checklistWoorden, zorgovereenkomstChecklist, type ChecklistOnderdeel, type ZorgovereenkomstChecklist } from "@/lib/zorgovereenkomst/checklist";
import { etmalenFormulierIn } from "@/lib/zorgovereenkomst/logeeropvang";
import { foutVan, leesZoekformulier, zoekTitel, type Zoekparameters, type ZoekStaat } from "@/lib/wizard/zoek-hulp";
import { checklistPad, checklistPdfPad, ZORGOVEREENKOMSTEN } from "@/lib/zorgovereenkomst/paden";
import { BewaarLink } from "../../bewaar-link";
import { vereisStap } from "@/lib/wizard/laad";
import { OnderdeelBlok, ZorgkantoorContact } from "../checklist-weergave";
import { publiekVan } from "@/lib/wizard/publiek";
import { tekstVoor, type Publiek } from "@/content/redenen";

/** The checklist page's words in `taal`. */
const ETMALEN = "etmalen";

type EtmalenStaat = ZoekStaat<{ etmalen: number }>;

interface Props {
  params: Promise<{ id: string }>;
  searchParams: Promise<Zoekparameters>;
}

/** Cached: the title and the page read the draft once per request. */
const bepaal = cache(async (id: string, etmalen: number | undefined, taal: Taal) => {
  const sessie = await vereisStap("zorgovereenkomsten");
  const publiek = publiekVan(sessie.antwoorden);
  const checklist = zorgovereenkomstChecklist(sessie.antwoorden, id, vandaagInAmsterdam(), etmalen, taal);
  return { checklist, publiek };
});

async function staatVan({ params, searchParams }: Props) {
  const { id } = await params;
  const taal = await leesTaal();
  const invoer = leesZoekformulier(await searchParams, etmalenFormulierIn(taal));
  return { ...(await bepaal(id, invoer.soort === "ok" ? invoer.data.etmalen : undefined, taal)), invoer, taal };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { checklist, invoer, publiek, taal } = await staatVan(props);
  const t = checklistWoorden(taal, publiek);
  if (checklist === null) return { title: stapTitel("zorgovereenkomsten", t.nietGevondenTitel, taal) };
  return { title: zoekTitel(stapTitel("zorgovereenkomsten", t.titel(checklist.naam), taal), invoer, taal) };
}

/** ZO-05: the etmalen as typed, judged by the rule; the form to (re)check them is screen-only. */
function LogeeropvangFormulier({ id, invoer, publiek, taal }: { id: string; invoer: EtmalenStaat; publiek: Publiek; taal: Taal }) {
  const l = checklistWoorden(taal, publiek).logeeropvang;
  // `tekstVoor` rewrites Dutch "u" for someone filling in; the English is for every reader as it is.
  const w = (tekst: string) => (taal === STANDAARDTAAL ? tekstVoor(tekst, publiek) : tekst);
  return (
    <div className="niet-printen mt-8 border-l-4 border-lijn pl-4">
      <h3 className="mt-0 mb-3 text-xl font-bold">{l.formKop}</h3>
      {/* The fragment brings a person without JavaScript back to this part, with the answer. */}
      <form method="get" action={`${checklistPad(id)}#logeeropvang`} noValidate>
        <TekstVeld
          veld={{ soort: "tekst", naam: ETMALEN, label: w(l.label), hint: l.hint, breedte: "kort", inputMode: "numeric", autocomplete: "off" }}
          waarde={invoer.waarden[ETMALEN] ?? ""}
          fout={foutVan(invoer, ETMALEN)}
        />
        <Knop variant="secundair">{l.knop}</Knop>
      </form>
    </div>
  );
}

function Onderdeel({
  onderdeel,
  checklist,
  invoer,
  publiek,
  taal,
}: {
  onderdeel: ChecklistOnderdeel;
  checklist: ZorgovereenkomstChecklist;
  invoer: EtmalenStaat;
  publiek: Publiek;
  taal: Taal;
}) {
  const l = checklistWoorden(taal, publiek).logeeropvang;
  if (onderdeel.sleutel === "aanleveren") {
    return (
      <OnderdeelBlok onderdeel={onderdeel} publiek={publiek} taal={taal}>
        <ZorgkantoorContact zorgkantoor={checklist.zorgkantoor} publiek={publiek} taal={taal} />
      </OnderdeelBlok>
    );
  }
  if (onderdeel.sleutel === "logeeropvang") {
    const toets = checklist.logeeropvang;
    return (
      <OnderdeelBlok onderdeel={onderdeel} publiek={publiek} taal={taal} na={<LogeeropvangFormulier id={checklist.id} invoer={invoer} publiek={publiek} taal={taal} />}>
        {toets !== null && (
          <div className="border-l-4 border-merk pl-4" data-voor-publiek>
            {/* The reasons are the part's own: shown once, under "Waarom?". "Riets aantal" for someone filling in (docs/decisions/028). */}
            <UitkomstBlok
              kopNiveau={3}
              titel={taal === STANDAARDTAAL ? tekstVoor(l.uitkomstKop(toets.etmalen), publiek) : l.uitkomstKop(toets.etmalen)}
              uitkomst={{ uitkomst: toets.uitkomst.uitkomst, redenen: [] }}
              publiek={publiek}
              taal={taal}
            />
          </div>
        )}
      </OnderdeelBlok>
    );
  }
  return <OnderdeelBlok onderdeel={onderdeel} publiek={publiek} taal={taal} />;
}

export default async function ChecklistPagina(props: Props) {
  const { id } = await props.params;
  const { checklist, invoer, publiek, taal } = await staatVan(props);
  const t = checklistWoorden(taal, publiek);
  const w = (tekst: string) => (taal === STANDAARDTAAL ? tekstVoor(tekst, publiek) : tekst);

  if (checklist === null) {
    return (
      <>
        <TerugLink href={ZORGOVEREENKOMSTEN}>{t.terug}</TerugLink>
        <PaginaKop stap="zorgovereenkomsten" titel={t.nietGevondenTitel} />
        <p className="mb-4">{t.nietGevonden}</p>
        <p className="mb-8">
          <Link href={ZORGOVEREENKOMSTEN}>{t.terug}</Link>
        </p>
        <BewaarLink metVelden={false} />
      </>
    );
  }

  const gegevens = <SamenvattingLijst rijen={checklist.gegevens.map((g) => ({ vraag: g.label, antwoord: g.waarde }))} />;
  const pdf = checklistPdfPad(checklist.id, checklist.logeeropvang?.etmalen);
  return (
    <article className="max-w-3xl">
      <TerugLink href={ZORGOVEREENKOMSTEN}>{t.terug}</TerugLink>
      {invoer.soort === "fout" && (
        <div className="niet-printen">
          <FoutSamenvatting fouten={invoer.fouten} />
        </div>
      )}
      <PaginaKop stap="zorgovereenkomsten" titel={t.titel(checklist.naam)} />
      <p className="mb-4">{t.inleiding(checklist.naam)}</p>
      <div className="niet-printen mb-8">
        <p className="mb-2 text-xl font-bold">
          <a href={pdf} download>
            {t.pdfLink}
          </a>
        </p>
        <p className="m-0">{t.printen}</p>
      </div>

      <section aria-labelledby="gegevens-kop" className="mb-12">
        <h2 id="gegevens-kop" className="mt-0 mb-4 text-2xl font-bold">
          {w(t.gegevensKop)}
        </h2>
        {gegevens}
        <p className="niet-printen -mt-4 mb-0">
          <Link href={zorgverlenerPad(id)}>{w(t.wijzigen)}</Link>
        </p>
      </section>

      {checklist.onderdelen.map((o) => (
        <Onderdeel key={o.sleutel} onderdeel={o} checklist={checklist} invoer={invoer} publiek={publiek} taal={taal} />
      ))}
      <BewaarLink metVelden={false} />
    </article>
  );
}
