/**
 * Stap 6, the verantwoordingsvrij bedrag (DE-05) as a tool: the pgb of the year (filled in from
 * the budgetplan's expected pgb when known) and whether anything was spent on care, in a plain
 * GET form; the amount and its reasons on the same page. No draft is written.
 */
import type { Metadata } from "next";
import { cache } from "react";
import { FoutSamenvatting } from "@/components/foutmelding-samenvatting";
import { Knop, TerugLink } from "@/components/knoppen";
import { PaginaKop, stapTitel } from "@/components/pagina-kop";
import { foutTitel } from "@/lib/fout-titel";
import { RedenenLijst } from "@/components/uitkomst";
import { RadioGroep, TekstVeld } from "@/components/velden";
import { declaratiesTeksten } from "@/content/wizard/declaraties";
import { eersteWaarde, metVasteSpatie } from "@/lib/declaraties/invoer";
import { DECLARATIES, VERANTWOORDINGSVRIJ } from "@/lib/declaraties/paden";
import { verantwoordingsvrijSchema, verantwoordingsvrijUitkomst, type VerantwoordingsvrijUitkomst } from "@/lib/declaraties/verantwoordingsvrij";
import { vandaagInAmsterdam } from "@/lib/datum";
import { veldFouten } from "@/lib/wizard/formulier";
import { bedragInvoer } from "@/lib/wizard/vragen/velden";
import { BewaarLink } from "../../bewaar-link";
import { vereisStap } from "@/lib/wizard/laad";
import { publiekVan } from "@/lib/wizard/publiek";

const t = declaratiesTeksten.verantwoordingsvrij;
const VELDEN = ["budget", "zorg"] as const;

type Zoekparameters = Promise<Record<string, string | string[] | undefined>>;
type Waarden = Record<(typeof VELDEN)[number], string>;

type Staat =
  | { soort: "start" }
  | { soort: "fout"; waarden: Waarden; fouten: { naam: string; tekst: string }[] }
  | { soort: "uitkomst"; waarden: Waarden; uitkomst: VerantwoordingsvrijUitkomst };

const bepaal = cache((budget: string | string[] | undefined, zorg: string | string[] | undefined, vandaag: string): Staat => {
  if (budget === undefined && zorg === undefined) return { soort: "start" };
  const waarden = { budget: eersteWaarde(budget), zorg: eersteWaarde(zorg) };
  const gelezen = verantwoordingsvrijSchema.safeParse({ budget, zorg });
  if (!gelezen.success) {
    const perVeld = veldFouten(gelezen.error);
    const fouten = VELDEN.flatMap((naam) => (perVeld[naam] === undefined ? [] : [{ naam, tekst: perVeld[naam] }]));
    return { soort: "fout", waarden, fouten };
  }
  return { soort: "uitkomst", waarden, uitkomst: verantwoordingsvrijUitkomst(gelezen.data.budget, gelezen.data.zorg, vandaag) };
});

async function staatVan(searchParams: Zoekparameters): Promise<Staat> {
  const params = await searchParams;
  return bepaal(params.budget, params.zorg, vandaagInAmsterdam());
}

export async function generateMetadata({ searchParams }: { searchParams: Zoekparameters }): Promise<Metadata> {
  const staat = await staatVan(searchParams);
  const titel = stapTitel("declaraties", t.titel);
  return { title: foutTitel(titel, staat.soort === "fout") };
}

export default async function VerantwoordingsvrijPagina({ searchParams }: { searchParams: Zoekparameters }) {
  const sessie = await vereisStap("declaraties");
  const a = sessie.antwoorden;
  const staat = await staatVan(searchParams);
  const fouten = staat.soort === "fout" ? staat.fouten : [];
  const fout = (naam: string) => fouten.find((f) => f.naam === naam)?.tekst;
  // Start: the pgb the person expected in the budgetplan (BP-02), when they gave it.
  const waarden: Waarden =
    staat.soort === "start"
      ? { budget: typeof a.verwachtJaarbudget === "number" ? bedragInvoer(a.verwachtJaarbudget) : "", zorg: "" }
      : staat.waarden;

  return (
    <>
      <TerugLink href={DECLARATIES}>{declaratiesTeksten.terugNaarStap}</TerugLink>
      {fouten.length > 0 && <FoutSamenvatting fouten={fouten} />}
      <PaginaKop stap="declaraties" titel={t.titel} />
      {staat.soort === "uitkomst" ? (
        <section aria-labelledby="uitkomst" className="mb-10 border-4 border-merk p-4 sm:p-6">
          <h2 id="uitkomst" className="mt-0 mb-4 text-2xl font-bold">
            {metVasteSpatie(staat.uitkomst.kop)}
          </h2>
          <h3 className="mt-0 mb-3 text-xl font-bold">{t.waaromKop}</h3>
          <RedenenLijst redenen={staat.uitkomst.redenen} publiek={publiekVan(a)} />
        </section>
      ) : (
        t.uitleg.map((alinea) => (
          <p key={alinea} className="mb-4">
            {alinea}
          </p>
        ))
      )}
      {staat.soort === "uitkomst" && <h2 className="mt-0 mb-4 text-2xl font-bold">{t.opnieuwKop}</h2>}
      <form method="get" action={VERANTWOORDINGSVRIJ} noValidate className="mt-6">
        <TekstVeld
          veld={{ soort: "tekst", naam: "budget", label: t.budgetLabel, hint: t.budgetHint, breedte: "midden", autocomplete: "off" }}
          waarde={waarden.budget}
          fout={fout("budget")}
        />
        <RadioGroep
          veld={{
            soort: "radio",
            naam: "zorg",
            label: t.zorgLabel,
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
      <BewaarLink />
    </>
  );
}
