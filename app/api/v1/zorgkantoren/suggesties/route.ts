/**
 * `GET /api/v1/zorgkantoren/suggesties?zoek=…`: places whose name starts with what was typed (or
 * the place of a 4-digit postcode), for the search field's suggestions on /zorgkantoor (ZK-01).
 * Small answers on purpose: the browser gets names and a region, never the postcode table.
 */
import { apiTeksten } from "@/content/api";
import { zorgkantoorApiTeksten } from "@/content/redenen/zorgkantoor";
import { zorgkantoorPagina } from "@/content/zorgkantoor";
import { PROBLEEM_TYPE_BASIS, probleemAntwoord } from "@/lib/http/problem";
import { MAX_ZOEKLENGTE, suggesties, type Suggestie } from "@/rules/zorgkantoor-zoeken";

/** One suggestion as the browser gets it. */
export interface SuggestieJson {
  /** The gemeente's or woonplaats's name; for a postcode the woonplaats */
  naam: string;
  soort: Suggestie["soort"];
  /** `null` for a woonplaats of a gemeente that was split up */
  gemeente: { code: string; naam: string } | null;
  /** The zorgkantoorregio, "Midden Brabant" */
  regio: string;
  /** Only for `soort: "postcode"`: the 4 digits */
  postcode?: string;
}

const MAX_SUGGESTIES = 8;
const CACHE_EEN_DAG = "public, max-age=86400";

function suggestieJson(suggestie: Suggestie): SuggestieJson {
  return {
    naam: suggestie.naam,
    soort: suggestie.soort,
    gemeente: suggestie.gemeente === null ? null : { code: suggestie.gemeente.code, naam: suggestie.gemeente.naam },
    regio: suggestie.zorgkantoor.regio,
    ...(suggestie.soort === "postcode" && { postcode: suggestie.postcode }),
  };
}

function ongeldigeZoek(reden: string): Response {
  return probleemAntwoord({
    type: `${PROBLEEM_TYPE_BASIS}ongeldige-invoer`,
    title: apiTeksten.ongeldigeInvoer.title,
    status: 400,
    detail: reden,
    invalidParams: [{ name: "zoek", reason: reden }],
  });
}

export function GET(request: Request): Response {
  try {
    const zoek = new URL(request.url).searchParams.getAll("zoek");
    const [term] = zoek;
    if (term === undefined) return ongeldigeZoek(zorgkantoorPagina.apiZoekOntbreekt);
    if (zoek.length > 1) return ongeldigeZoek(zorgkantoorApiTeksten.zoekDubbel);
    if (term.length > MAX_ZOEKLENGTE) return ongeldigeZoek(zorgkantoorApiTeksten.zoekTeLang(MAX_ZOEKLENGTE));
    return Response.json(
      { suggesties: suggesties(term, MAX_SUGGESTIES).map(suggestieJson) },
      { headers: { "Cache-Control": CACHE_EEN_DAG } },
    );
  } catch (fout) {
    // Never log the query: it can say where someone lives.
    console.error("zorgkantoren/suggesties: onverwachte fout", fout instanceof Error ? fout.stack : String(fout));
    return probleemAntwoord({
      type: `${PROBLEEM_TYPE_BASIS}interne-fout`,
      title: apiTeksten.interneFout.title,
      status: 500,
      detail: apiTeksten.interneFout.detail,
    });
  }
}
