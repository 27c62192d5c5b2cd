/**
 * Stap 6, the budget over the year as a tool: the pgb of the year (filled in from the
 * budgetplan's expected pgb when known) and the spending per month, typed by the person or taken
 * from the budgetplan (BP-02, the plan's cost per month) → spent, remaining and a projection to
 * 31 December (TK-01), with a warning when that is more than the budget. A plain GET form; no
 * draft is written. The months are a real table with a CSS bar each (widths from the server,
 * hidden from screen readers: the amounts are in the table).
 */
import type { Metadata } from "next";
import { BegripTekst } from "@/components/begrip-tekst";
import { heleTekst, type TekstDeel } from "@/lib/begrippen";
import { budgetBegrippen, budgetUitkomstBegrippen } from "@/lib/begrippen-paginas";
import { FoutSamenvatting } from "@/components/foutmelding-samenvatting";
import { Knop, TerugLink } from "@/components/knoppen";
import { Melding } from "@/components/melding";
import { PaginaKop, stapTitel } from "@/components/pagina-kop";
import { SamenvattingLijst, type SamenvattingLijstRij } from "@/components/samenvatting";
import { RedenenLijst } from "@/components/uitkomst";
import { TekstVeld } from "@/components/velden";
import type { Publiek } from "@/content/redenen";
import { declaratiesTeksten as declaratiesNl } from "@/content/wizard/declaraties";
import { declaratiesTeksten as declaratiesEn } from "@/content/en/wizard/declaraties";
import type { Taal } from "@/content/taal";
import { inTaal } from "@/content/vertaling";
import { leesTaal } from "@/lib/taal";
import { budgetOverzicht, budgetRedenen, budgetTeksten, budgetWaarschuwing, budgetSchemaIn, maandenUit, MAAND_VELDEN, planPerMaand, type BudgetOverzicht, type BudgetWaarschuwing } from "@/lib/declaraties/budget";
import { bedragOpScherm, metVasteSpatie } from "@/lib/declaraties/invoer";
import { BUDGET, DECLARATIES } from "@/lib/declaraties/paden";
import { vandaagInAmsterdam } from "@/lib/datum";
import { bedragInvoer } from "@/lib/wizard/vragen/velden";
import { foutVan, leesZoekformulier, zoekTitel, type Zoekparameters, type ZoekStaat } from "@/lib/wizard/zoek-hulp";
import { formatDatumNl } from "@/rules/datum";
import { formatBedrag } from "@/rules/geld";
import { eindeToekenningsjaar } from "@/rules/toekenning";
import type { Centen, IsoDatum, Reden } from "@/rules/types";
import { BewaarLink } from "../../bewaar-link";
import { vereisSessie, vereisStap } from "@/lib/wizard/laad";
import { publiekVan } from "@/lib/wizard/publiek";

const woorden = (taal: Taal) => inTaal(taal, declaratiesNl, declaratiesEn);

type Plan = { perMaand: Centen; perJaar: Centen } | null;

type Staat =
  | Exclude<ZoekStaat<unknown>, { soort: "ok" }>
  | {
      soort: "uitkomst";
      waarden: Record<string, string>;
      overzicht: BudgetOverzicht;
      uitPlan: boolean;
      waarschuwing: BudgetWaarschuwing | null;
      redenen: Reden[];
    };

/**
 * "Gebruik de bedragen uit het budgetplan" (`plan` in the query) fills every month with the
 * plan's cost per month, in place of what was typed there; the budget stays as typed.
 */
function bepaal(params: Zoekparameters, vandaag: IsoDatum, plan: Plan, publiek: Publiek, taal: Taal): Staat {
  const uitPlan = params.plan !== undefined && plan !== null;
  const gelezen = leesZoekformulier(params, budgetSchemaIn(taal), {
    extra: ["plan"],
    invullen: (w) => (uitPlan ? { ...w, ...Object.fromEntries(MAAND_VELDEN.map((naam) => [naam, bedragInvoer(plan.perMaand)])) } : w),
  });
  if (gelezen.soort !== "ok") return gelezen;
  const { waarden } = gelezen;
  const overzicht = budgetOverzicht(gelezen.data.budget, maandenUit(gelezen.data));
  return {
    soort: "uitkomst",
    waarden,
    overzicht,
    uitPlan,
    waarschuwing: budgetWaarschuwing(overzicht, uitPlan, publiek, taal),
    redenen: budgetRedenen(vandaag, uitPlan ? plan : null),
  };
}

export async function generateMetadata({ searchParams }: { searchParams: Promise<Zoekparameters> }): Promise<Metadata> {
  const sessie = await vereisSessie();
  const vandaag = vandaagInAmsterdam();
  const publiek = publiekVan(sessie.antwoorden);
  const taal = await leesTaal();
  const staat = bepaal(await searchParams, vandaag, planPerMaand(sessie.antwoorden, vandaag), publiek, taal);
  const titel = stapTitel("declaraties", budgetTeksten(publiek, taal).titel, taal);
  return { title: zoekTitel(titel, staat, taal) };
}

const hoofdletter = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function MaandTabel({ overzicht, jaar, uitleg, taal }: { overzicht: BudgetOverzicht; jaar: string; uitleg: readonly TekstDeel[]; taal: Taal }) {
  const tt = woorden(taal).budget.tabel;
  return (
    <>
      <table className="mb-3 w-full border-collapse text-base">
        <caption className="mb-2 text-left text-xl font-bold">{tt.bijschrift(jaar)}</caption>
        <thead>
          <tr>
            <th scope="col" className="w-[8rem] border-b-2 border-inkt px-2 py-2 text-left font-bold">
              {tt.maand}
            </th>
            <th scope="col" className="border-b-2 border-inkt px-2 py-2 text-left font-bold">
              {tt.bedrag}
            </th>
          </tr>
        </thead>
        <tbody>
          {overzicht.maanden.map((r) => {
            const naam = woorden(taal).maanden[r.maand - 1] ?? "";
            const tekst =
              r.bedrag !== null ? bedragOpScherm(r.bedrag) : r.verwacht !== null ? metVasteSpatie(tt.verwacht(formatBedrag(r.verwacht))) : tt.leeg;
            return (
              <tr key={r.maand}>
                <th scope="row" className="border-b border-lijn px-2 py-2 text-left align-top font-normal">
                  {hoofdletter(naam)}
                </th>
                <td className="border-b border-lijn px-2 py-2 align-top">
                  <span className={`block tabular-nums ${r.bedrag === null ? "text-grijs" : ""}`}>{tekst}</span>
                  {r.balk > 0 && (
                    // The bar repeats the amount for the eye only; a dashed one is a projected amount.
                    <span aria-hidden="true" className="mt-1 block h-3 w-full">
                      <span
                        className={
                          r.bedrag !== null
                            ? "block h-3 bg-merk forced-colors:bg-[CanvasText]"
                            : "block h-3 border-2 border-dashed border-merk bg-white"
                        }
                        style={{ width: `${r.balk}%` }}
                      />
                    </span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="mb-8 text-base text-grijs">
        <BegripTekst delen={uitleg} />
      </p>
    </>
  );
}

function Uitkomst({ staat, plan, vandaag, publiek, taal }: { staat: Extract<Staat, { soort: "uitkomst" }>; plan: Plan; vandaag: IsoDatum; publiek: Publiek; taal: Taal }) {
  const { overzicht: o, uitPlan, waarschuwing, redenen } = staat;
  const jaar = vandaag.slice(0, 4);
  const einde = formatDatumNl(eindeToekenningsjaar(vandaag));
  const w = budgetTeksten(publiek, taal);
  const r = w.rijen;
  // Glossary terms linked at their first use in the outcome's running text (lib/begrippen-paginas.ts).
  const planGebruikt = uitPlan && plan !== null ? metVasteSpatie(w.planGebruikt(formatBedrag(plan.perMaand))) : null;
  const waarschuwingTekst = waarschuwing === null ? null : metVasteSpatie(waarschuwing.tekst);
  const begrippen = budgetUitkomstBegrippen(publiek, { planGebruikt, waarschuwing: waarschuwingTekst, geenMaanden: o.aantalIngevuld === 0, redenen }, taal);
  const b = begrippen.delen;
  const rijen: SamenvattingLijstRij[] = [
    { vraag: r.budget, antwoord: bedragOpScherm(o.budget) },
    { vraag: uitPlan ? r.uitPlan : r.ingevuld(o.aantalIngevuld), antwoord: bedragOpScherm(o.besteed) },
    o.over >= 0
      ? { vraag: uitPlan ? r.planOver : r.over, antwoord: bedragOpScherm(o.over) }
      : { vraag: uitPlan ? r.planTekort : r.teVeel, antwoord: bedragOpScherm(-o.over) },
  ];
  if (o.gemiddelde !== null && o.verwachtTotaal !== null && o.verwachtOver !== null && !uitPlan && o.aantalIngevuld < 12) {
    rijen.push(
      { vraag: r.gemiddeld, antwoord: bedragOpScherm(o.gemiddelde) },
      { vraag: r.verwacht(einde), antwoord: bedragOpScherm(o.verwachtTotaal) },
      o.verwachtOver >= 0
        ? { vraag: r.verwachtOver(einde), antwoord: bedragOpScherm(o.verwachtOver) }
        : { vraag: r.verwachtTekort(einde), antwoord: bedragOpScherm(-o.verwachtOver) },
    );
  }
  return (
    <section aria-labelledby="uitkomst" className="mb-10 border-4 border-merk p-4 sm:p-6">
      <h2 id="uitkomst" className="mt-0 mb-4 text-2xl font-bold" data-voor-publiek>
        {w.uitkomstKop(jaar)}
      </h2>
      {b.planGebruikt.map((delen) => (
        <p key={heleTekst(delen)} className="mb-6">
          <BegripTekst delen={delen} />
        </p>
      ))}
      {waarschuwing !== null && (
        <Melding soort="waarschuwing" titel={waarschuwing.titel} niveau={3}>
          <p className="mt-0 mb-4" data-waarschuwing-tekst>
            <BegripTekst delen={b.waarschuwing[0] ?? []} />
          </p>
          <p data-voor-publiek>
            <BegripTekst delen={b.waarschuwing[1] ?? []} />
          </p>
        </Melding>
      )}
      <SamenvattingLijst rijen={rijen} />
      {b.geenMaanden.map((delen) => (
        <p key={heleTekst(delen)} className="mb-8" data-voor-publiek>
          <BegripTekst delen={delen} />
        </p>
      ))}
      <MaandTabel overzicht={o} jaar={jaar} uitleg={b.tabel[0] ?? []} taal={taal} />
      <h3 className="mt-0 mb-3 text-xl font-bold">{w.rekenwijzeKop}</h3>
      <p className="mb-4" data-voor-publiek>
        <BegripTekst delen={b.rekenwijze[0] ?? []} />
      </p>
      <RedenenLijst redenen={redenen} publiek={publiek} begrippenEerder={begrippen.voor.redenen} taal={taal} />
    </section>
  );
}

export default async function BudgetPagina({ searchParams }: { searchParams: Promise<Zoekparameters> }) {
  const sessie = await vereisStap("declaraties");
  const a = sessie.antwoorden;
  const vandaag = vandaagInAmsterdam();
  const plan = planPerMaand(a, vandaag);
  const publiek = publiekVan(a);
  const taal = await leesTaal();
  // The budget is the applicant's: "u" for them, their name for someone filling in (docs/decisions/028).
  const w = budgetTeksten(publiek, taal);
  const maanden = woorden(taal).maanden;
  const staat = bepaal(await searchParams, vandaag, plan, publiek, taal);
  const jaar = vandaag.slice(0, 4);
  const fout = (naam: string) => (staat.soort === "fout" ? foutVan(staat, naam) : undefined);
  // Start: the pgb the person expected in the budgetplan (BP-02), when they gave it; no months yet.
  const waarden: Record<string, string> =
    staat.soort === "start"
      ? { budget: typeof a.verwachtJaarbudget === "number" ? bedragInvoer(a.verwachtJaarbudget) : "" }
      : staat.waarden;

  return (
    <>
      <TerugLink href={DECLARATIES}>{woorden(taal).terugNaarStap}</TerugLink>
      {staat.soort === "fout" && <FoutSamenvatting fouten={staat.fouten} />}
      <PaginaKop stap="declaraties" titel={w.titel} />
      {staat.soort === "uitkomst" ? (
        <Uitkomst staat={staat} plan={plan} vandaag={vandaag} publiek={publiek} taal={taal} />
      ) : (
        // Glossary terms linked at their first use in the introduction (lib/begrippen-paginas.ts).
        budgetBegrippen(publiek, jaar, taal).delen.inleiding.map((delen, i) =>
          i === 0 ? (
            <p key={heleTekst(delen)} className="mb-4">
              <BegripTekst delen={delen} />
            </p>
          ) : (
            <p key={heleTekst(delen)} className="mb-6" data-voor-publiek>
              <BegripTekst delen={delen} />
            </p>
          ),
        )
      )}
      {staat.soort === "uitkomst" && <h2 className="mt-0 mb-4 text-2xl font-bold">{w.opnieuwKop}</h2>}
      <form method="get" action={BUDGET} noValidate>
        <TekstVeld
          veld={{ soort: "tekst", naam: "budget", label: w.budgetLabel(jaar), hint: w.budgetHint, breedte: "midden", autocomplete: "off" }}
          waarde={waarden.budget ?? ""}
          fout={fout("budget")}
        />
        <fieldset aria-describedby="maanden-hint" className="mb-4">
          <legend className="mb-2 text-xl font-bold">{w.maandenKop}</legend>
          <div id="maanden-hint" className="mb-4 text-grijs">
            {w.maandenHint}
          </div>
          <div className="grid grid-cols-2 gap-x-4 sm:grid-cols-3 [&>div]:mb-5">
            {MAAND_VELDEN.map((naam, i) => (
              <TekstVeld
                key={naam}
                veld={{ soort: "tekst", naam, label: hoofdletter(maanden[i] ?? ""), breedte: "kort", autocomplete: "off" }}
                waarde={waarden[naam] ?? ""}
                fout={fout(naam)}
              />
            ))}
          </div>
        </fieldset>
        {/* First in the form: Enter in a field submits with this button, not the plan's. */}
        <Knop>{w.knop}</Knop>
        {plan !== null && (
          <div className="mt-4 border-t border-lijn pt-6">
            <p>{metVasteSpatie(w.planUitleg(formatBedrag(plan.perMaand)))}</p>
            <Knop variant="secundair" name="plan" value="ja">
              {w.planKnop}
            </Knop>
          </div>
        )}
      </form>
      <BewaarLink metVelden={false} />
    </>
  );
}
