/** Every question page of the wizard, in the order of the steps (journey.ts decides which apply). */
import type { VraagDefinitie } from "../types";
import { bedragenVraag } from "./bedragen";
import { budgetplanZorgprofielVraag } from "./budgetplan-zorgprofiel";
import { gesprekVraag } from "./gesprek";
import { gewaarborgdeHulpVraag } from "./gewaarborgde-hulp";
import { heeftIndicatieVraag } from "./heeft-indicatie";
import { leeftijdVraag } from "./leeftijd";
import { ondertekeningVraag } from "./ondertekening";
import { persoonsgegevensVraag } from "./persoonsgegevens";
import { redenPgbVraag } from "./reden-pgb";
import { regieVraag } from "./regie";
import { uitkomstVraag } from "./uitkomst";
import { vaardighedenVraag } from "./vaardigheden";
import { weigeringsgrondenVraag } from "./weigeringsgronden";
import { woonwensVraag } from "./woonwens";
import { zorgbehoefteVraag } from "./zorgbehoefte";
import { zorgkantoorVraag } from "./zorgkantoor";
import { zorgInkopenVraag } from "./zorg-inkopen";
import { zorgverlenersVraag } from "./zorgverleners";
import { zorgprofielVraag } from "./zorgprofiel";

export const VRAGEN: readonly VraagDefinitie[] = [
  heeftIndicatieVraag,
  zorgprofielVraag,
  zorgbehoefteVraag,
  leeftijdVraag,
  woonwensVraag,
  regieVraag,
  uitkomstVraag,
  vaardighedenVraag,
  gewaarborgdeHulpVraag,
  weigeringsgrondenVraag,
  persoonsgegevensVraag,
  budgetplanZorgprofielVraag,
  redenPgbVraag,
  zorgInkopenVraag,
  zorgverlenersVraag,
  bedragenVraag,
  ondertekeningVraag,
  zorgkantoorVraag,
  gesprekVraag,
];

const OP_SLUG: ReadonlyMap<string, VraagDefinitie> = new Map(VRAGEN.map((v) => [v.slug, v]));

export function vraagVoor(slug: string): VraagDefinitie | null {
  return OP_SLUG.get(slug) ?? null;
}
