/**
 * The papers that go to the zorgkantoor with a pgb aanvraag: the aanvraagformulier with the
 * budgetplan (AV-08, Bijlage 3), the zorgprofiel from the indicatiebesluit (IND-03), and who the
 * gewaarborgde hulp is when there is one (AV-04). Texts in content/wizard/documenten.ts.
 */
import { documentTeksten } from "@/content/wizard/documenten";
import { documentTeksten as documentTekstenEn } from "@/content/en/wizard/documenten";
import { STANDAARDTAAL, type Taal } from "@/content/taal";
import { inTaal } from "@/content/vertaling";
import { ondertekenaars } from "@/rules/aanvraag";
import { reden } from "@/rules/redenen";
import type { Reden } from "@/rules/types";
import { formatZorgprofiel, uitlegZorgprofiel } from "@/rules/zorgprofiel";
import type { Antwoorden } from "./antwoorden";
import { zorgprofielUit } from "./vragen/feiten";

export type DocumentSleutel = "aanvraagformulier" | "budgetplan" | "indicatiebesluit" | "gewaarborgde-hulp";

export interface Document {
  sleutel: DocumentSleutel;
  titel: string;
  tekst: string;
  redenen: Reden[];
}

/** Whether there is a wettelijk vertegenwoordiger, as far as the answers tell (AV-08 signs). */
function wettelijkVertegenwoordiger(a: Antwoorden): boolean | undefined {
  if (a.voorWie === "wettelijk-vertegenwoordiger") return true;
  if (a.heeftGewaarborgdeHulp === "ja" && a.gewaarborgdeHulp?.isWettelijkVertegenwoordiger === "ja") return true;
  return undefined;
}

/** The papers, their words in `taal` (docs/decisions/032-talen.md); their reasons are data. */
export function documenten(a: Antwoorden, taal: Taal = STANDAARDTAAL): Document[] {
  const t = inTaal(taal, documentTeksten, documentTekstenEn);
  const lijst: Document[] = [
    {
      sleutel: "aanvraagformulier",
      titel: t.aanvraagformulier.titel,
      tekst: t.aanvraagformulier.tekst,
      redenen: [reden("AV-08", "av.ondertekening-budgetplan")],
    },
    {
      sleutel: "budgetplan",
      titel: t.budgetplan.titel,
      tekst: t.budgetplan.tekst,
      // AV-08: who signs depends on the wettelijk vertegenwoordiger and the gewaarborgde hulp.
      redenen: ondertekenaars({
        wettelijkVertegenwoordiger: wettelijkVertegenwoordiger(a),
        gewaarborgdeHulp: a.heeftGewaarborgdeHulp === undefined ? undefined : a.heeftGewaarborgdeHulp === "ja",
      }).redenen,
    },
  ];
  const zorgprofiel = zorgprofielUit(a);
  if (zorgprofiel !== null) {
    lijst.push({
      sleutel: "indicatiebesluit",
      titel: t.indicatiebesluit.titel,
      tekst: t.indicatiebesluit.tekst(formatZorgprofiel(zorgprofiel)),
      redenen: uitlegZorgprofiel(zorgprofiel),
    });
  }
  const gh = a.gewaarborgdeHulp;
  if (a.heeftGewaarborgdeHulp === "ja" && gh !== undefined) {
    lijst.push({
      sleutel: "gewaarborgde-hulp",
      titel: t.gewaarborgdeHulp.titel,
      tekst: t.gewaarborgdeHulp.tekst(gh.naam, gh.relatie),
      redenen: [reden("AV-04", "av.hulp-geschikt")],
    });
  }
  return lijst;
}
