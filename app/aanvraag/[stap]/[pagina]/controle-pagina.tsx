import { Knop, TerugLink } from "@/components/knoppen";
import { PaginaKop } from "@/components/pagina-kop";
import { SamenvattingLijst } from "@/components/samenvatting";
import { aanvraag as aanvraagNl } from "@/content/aanvraag";
import { aanvraag as aanvraagEn } from "@/content/en/aanvraag";
import { inTaal } from "@/content/vertaling";
import { leesTaal } from "@/lib/taal";
import { budgetplanKlaar } from "@/lib/wizard/journey";
import { OVERZICHT } from "@/lib/wizard/paden";
import { samenvattingRijen } from "@/lib/wizard/samenvatting";
import type { Sessie } from "@/lib/wizard/sessie";
import type { StapSlug } from "@/lib/wizard/types";
import { bevestigStap } from "../../acties";
import { BewaarLink } from "../../bewaar-link";
import { GewijzigdMelding } from "../../stap-afronden";
import { BudgetplanDownload } from "../../budgetplan/download";
import { BedragenOverzicht } from "@/components/bedragen-overzicht";
import { publiekVan } from "@/lib/wizard/publiek";

/** Check your answers for one step (GOV.UK pattern): every answer with a "Wijzig" link back. */
export async function ControlePagina({ stap, sessie, gewijzigd }: { stap: StapSlug; sessie: Extract<Sessie, { status: "ok" }>; gewijzigd?: boolean }) {
  const a = sessie.antwoorden;
  const taal = await leesTaal();
  const aanvraag = inTaal(taal, aanvraagNl, aanvraagEn);
  const rijen = samenvattingRijen(stap, a, { wijzigen: true, taal });
  return (
    <>
      <TerugLink href={OVERZICHT}>{aanvraag.terugNaarOverzicht}</TerugLink>
      <GewijzigdMelding tonen={gewijzigd === true} />
      <PaginaKop stap={stap} titel={aanvraag.controleren.titel} />
      <p className="mb-6">{aanvraag.controleren.uitleg}</p>
      <SamenvattingLijst rijen={rijen} />
      {stap === "aanvraag" && (a.zorgverleners ?? []).length > 0 && <BedragenOverzicht antwoorden={a} publiek={publiekVan(a)} taal={taal} />}
      {stap === "aanvraag" && budgetplanKlaar(a) && <BudgetplanDownload taal={taal} />}
      <form action={bevestigStap} className="mt-8">
        <input type="hidden" name="stap" value={stap} />
        <input type="hidden" name="versie" value={String(sessie.versie)} />
        <Knop>{aanvraag.controleren.knop}</Knop>
      </form>
      <BewaarLink metVelden={false} />
    </>
  );
}
