/** Every question page of the wizard, in the order of the steps (journey.ts decides which apply). */
import type * as z from "zod";
import type { Taal } from "@/content/taal";
import type { VraagDefinitie, Waarden } from "../types";
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

/**
 * The schema that checks a question's form on a page in `taal`: its messages in that language
 * where the question has them, else the Dutch one. The browser (lib/wizard/formulier-schemas.ts)
 * and the server action (app/aanvraag/acties.ts) both take it from here, so they agree.
 */
export function schemaVan<P>(vraag: VraagDefinitie<P>, taal: Taal): z.ZodType<P, Waarden> {
  return vraag.schemaIn?.(taal) ?? vraag.schema;
}
