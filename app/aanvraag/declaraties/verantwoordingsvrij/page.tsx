/**
 * Stap 6, the verantwoordingsvrij bedrag (DE-05) as a tool: the pgb of the year (filled in from
 * the budgetplan's expected pgb when known) and whether anything was spent on care, in a plain
 * GET form; the amount and its reasons on the same page. No draft is written.
 */
import { BegripTekst } from "@/components/begrip-tekst";
import { heleTekst } from "@/lib/begrippen";
import { verantwoordingsvrijBegrippen } from "@/lib/begrippen-paginas";
import type { Metadata } from "next";
import { FoutSamenvatting } from "@/components/foutmelding-samenvatting";
import { Knop, TerugLink } from "@/components/knoppen";
import { PaginaKop, stapTitel } from "@/components/pagina-kop";
import { RedenenLijst } from "@/components/uitkomst";
import { RadioGroep, TekstVeld } from "@/components/velden";
import { declaratiesTeksten as declaratiesNl } from "@/content/wizard/declaraties";
import { declaratiesTeksten as declaratiesEn } from "@/content/en/wizard/declaraties";
import type { Taal } from "@/content/taal";
import { inTaal } from "@/content/vertaling";
import { leesTaal } from "@/lib/taal";
import { metVasteSpatie } from "@/lib/declaraties/invoer";
import { DECLARATIES, VERANTWOORDINGSVRIJ } from "@/lib/declaraties/paden";
import { verantwoordingsvrijSchemaIn, verantwoordingsvrijUitkomst } from "@/lib/declaraties/verantwoordingsvrij";
import { vandaagInAmsterdam } from "@/lib/datum";
import { foutVan, leesZoekformulier, zoekTitel, type Zoekparameters } from "@/lib/wizard/zoek-hulp";
import { bedragInvoer } from "@/lib/wizard/vragen/velden";
import { BewaarLink } from "../../bewaar-link";
import { vereisStap } from "@/lib/wizard/laad";
import { publiekVan } from "@/lib/wizard/publiek";
import { persoonVoor } from "@/content/redenen";

const woorden = (taal: Taal) => inTaal(taal, declaratiesNl, declaratiesEn);

/** The query read with the form's schema; the title and the page read it the same way. */
async function staatVan(searchParams: Promise<Zoekparameters>, taal: Taal) {
  return leesZoekformulier(await searchParams, verantwoordingsvrijSchemaIn(taal));
}

export async function generateMetadata({ searchParams }: { searchParams: Promise<Zoekparameters> }): Promise<Metadata> {
  const taal = await leesTaal();
  const staat = await staatVan(searchParams, taal);
  return { title: zoekTitel(stapTitel("declaraties", woorden(taal).verantwoordingsvrij.titel, taal), staat, taal) };
}

export default async function VerantwoordingsvrijPagina({ searchParams }: { searchParams: Promise<Zoekparameters> }) {
  const sessie = await vereisStap("declaraties");
  const a = sessie.antwoorden;
  const taal = await leesTaal();
  const w = woorden(taal);
  const t = w.verantwoordingsvrij;
  const staat = await staatVan(searchParams, taal);
  const uitkomst = staat.soort === "ok" ? verantwoordingsvrijUitkomst(staat.data.budget, staat.data.zorg, vandaagInAmsterdam(), taal) : null;
  const fout = (naam: string) => foutVan(staat, naam);
  const publiek = publiekVan(a);
  const persoon = persoonVoor(publiek);
  // Start: the pgb the person expected in the budgetplan (BP-02), when they gave it.
  const waarden =
    staat.soort === "start"
      ? { budget: typeof a.verwachtJaarbudget === "number" ? bedragInvoer(a.verwachtJaarbudget) : "", zorg: "" }
      : { budget: staat.waarden.budget ?? "", zorg: staat.waarden.zorg ?? "" };

  return (
    <>
      <TerugLink href={DECLARATIES}>{w.terugNaarStap}</TerugLink>
      {staat.soort === "fout" && <FoutSamenvatting fouten={staat.fouten} />}
      <PaginaKop stap="declaraties" titel={t.titel} />
      {uitkomst !== null ? (
        <section aria-labelledby="uitkomst" className="mb-10 border-4 border-merk p-4 sm:p-6">
          <h2 id="uitkomst" className="mt-0 mb-4 text-2xl font-bold">
            {metVasteSpatie(uitkomst.kop)}
          </h2>
          <h3 className="mt-0 mb-3 text-xl font-bold">{t.waaromKop}</h3>
          {/* In place of the introduction: its glossary terms are linked from nothing (lib/begrippen-paginas.ts). */}
          <RedenenLijst redenen={uitkomst.redenen} publiek={publiek} begrippenEerder={[]} taal={taal} />
        </section>
      ) : (
        verantwoordingsvrijBegrippen(persoon, taal).delen.inleiding.map((delen) => (
          <p key={heleTekst(delen)} className="mb-4" data-voor-publiek>
            <BegripTekst delen={delen} />
          </p>
        ))
      )}
      {uitkomst !== null && <h2 className="mt-0 mb-4 text-2xl font-bold">{t.opnieuwKop}</h2>}
      <form method="get" action={VERANTWOORDINGSVRIJ} noValidate className="mt-6">
        <TekstVeld
          veld={{ soort: "tekst", naam: "budget", label: t.budgetLabel(persoon), hint: t.budgetHint, breedte: "midden", autocomplete: "off" }}
          waarde={waarden.budget}
          fout={fout("budget")}
        />
        <RadioGroep
          veld={{
            soort: "radio",
            naam: "zorg",
            label: t.zorgLabel(persoon),
            hint: t.zorgHint,
            inline: true,
            opties: [
              { waarde: "ja", label: t.zorgOpties.ja },
              { waarde: "nee", label: t.zorgOpties.nee },
            ],
          }}
          waarde={waarden.zorg}
          fout={fout("zorg")}
        />
        <Knop>{t.knop}</Knop>
      </form>
      <BewaarLink metVelden={false} />
    </>
  );
}
