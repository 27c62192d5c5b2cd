/**
 * Stap 4, "De toekenningsbeschikking" (TK-01, TK-02): what the beschikking means this year, and
 * the toeslagen for this person. Whether someone lives in a wooninitiatief is asked in a plain
 * GET form (works without JavaScript, writes nothing to the draft); the answer only changes which
 * toeslagen are shown, with their amount for the year where our data has it.
 */
import { BegripTekst } from "@/components/begrip-tekst";
import { heleTekst } from "@/lib/begrippen";
import { beschikkingBegrippen } from "@/lib/begrippen-paginas";
import type { Metadata } from "next";
import { FoutSamenvatting } from "@/components/foutmelding-samenvatting";
import { Knop, TerugLink } from "@/components/knoppen";
import { PaginaKop, stapTitel } from "@/components/pagina-kop";
import { RedenenLijst } from "@/components/uitkomst";
import { RadioGroep } from "@/components/velden";
import { toekenningPaginas as toekenningNl } from "@/content/wizard/toekenning";
import { toekenningPaginas as toekenningEn } from "@/content/en/wizard/toekenning";
import { inTaal } from "@/content/vertaling";
import { leesTaal } from "@/lib/taal";
import { vandaagInAmsterdam } from "@/lib/datum";
import { beschikkingVoor, WOONINITIATIEF_VELDEN } from "@/lib/toekenning/beschikking";
import { TOEKENNING, toekenningDeelPad } from "@/lib/toekenning/paden";
import { foutVan, zoekTitel, type Zoekparameters } from "@/lib/wizard/zoek-hulp";
import { aanspreking } from "@/lib/wizard/journey";
import { jaNeeOpties } from "@/lib/wizard/vragen/velden";
import { zorgprofielWeergave } from "@/lib/wizard/vragen/feiten";
import { BewaarLink } from "../../bewaar-link";
import { vereisSessie, vereisStap } from "@/lib/wizard/laad";
import { publiekVan } from "@/lib/wizard/publiek";

const PAD = toekenningDeelPad("beschikking");
const [VELD] = WOONINITIATIEF_VELDEN;
const HOOGTE = "hoogte";

interface Props {
  searchParams: Promise<Zoekparameters>;
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const sessie = await vereisSessie();
  const taal = await leesTaal();
  const { formulier } = beschikkingVoor(sessie.antwoorden, await searchParams, vandaagInAmsterdam(), taal);
  const titel = stapTitel("toekenning", inTaal(taal, toekenningNl, toekenningEn).delen.beschikking.titel, taal);
  return { title: zoekTitel(titel, formulier, taal) };
}

const KOP2 = "mt-10 mb-4 text-2xl font-bold";

export default async function BeschikkingPagina({ searchParams }: Props) {
  const sessie = await vereisStap("toekenning");
  const a = sessie.antwoorden;
  const taal = await leesTaal();
  const t = inTaal(taal, toekenningNl, toekenningEn);
  const b = beschikkingVoor(a, await searchParams, vandaagInAmsterdam(), taal);
  const fout = foutVan(b.formulier, VELD);
  const publiek = publiekVan(a);
  // Glossary terms linked at their first use in the running text in sight (lib/begrippen-paginas.ts).
  const zorgprofiel = b.zorgprofiel === null ? null : t.beschikking.zorgprofiel(zorgprofielWeergave(b.zorgprofiel));
  const begrippen = beschikkingBegrippen(publiek, { feiten: b.feiten, zorgprofiel, toeslagen: b.toeslagen.redenen }, taal);

  return (
    <>
      <TerugLink href={TOEKENNING}>{t.terugNaarStap}</TerugLink>
      {b.formulier.soort === "fout" && <FoutSamenvatting fouten={b.formulier.fouten} />}
      <PaginaKop stap="toekenning" titel={t.delen.beschikking.titel} />
      {begrippen.delen.inleiding.map((delen) => (
        <p key={heleTekst(delen)} className="mt-0 mb-6">
          <BegripTekst delen={delen} />
        </p>
      ))}

      <h2 className="mt-8 mb-4 text-2xl font-bold">{t.beschikking.watKop}</h2>
      <RedenenLijst redenen={b.feiten} publiek={publiek} begrippenEerder={begrippen.voor.feiten} taal={taal} />

      <h2 id={HOOGTE} className={KOP2}>
        {t.beschikking.hoogteKop}
      </h2>
      {begrippen.delen.zorgprofiel.map((delen) => (
        <p key={heleTekst(delen)} className="mt-0 mb-4">
          <BegripTekst delen={delen} />
        </p>
      ))}
      <RedenenLijst redenen={b.toeslagen.redenen} publiek={publiek} begrippenEerder={begrippen.voor.toeslagen} taal={taal} />

      {b.vraagWooninitiatief && (
        // Back at the toeslagen after the answer: the page is long on a phone.
        <form method="get" action={`${PAD}#${HOOGTE}`} className="mt-8">
          <RadioGroep
            veld={{
              soort: "radio",
              naam: VELD,
              label: t.beschikking.wooninitiatief.vraag(aanspreking(a, taal)),
              hint: t.beschikking.wooninitiatief.hint,
              opties: jaNeeOpties(taal),
              inline: true,
            }}
            waarde={b.wooninitiatief}
            fout={fout}
          />
          <Knop variant="secundair">{t.beschikking.wooninitiatief.knop}</Knop>
        </form>
      )}
      <BewaarLink metVelden={false} />
    </>
  );
}
