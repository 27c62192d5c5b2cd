/**
 * The zorgkantoor of a region (ZK-01, ZK-02). The table is Bijlage 2 of the brochure
 * (`data/zorgkantoren.ts`); finding the region from a gemeente or postcode comes later.
 *
 * Decisions (for docs/decisions):
 * - ZK-02: the brochure's table (31 regions, 7 of VGZ) is shown, not the "32 zorgkantoren" of
 *   the page Vind uw zorgkantoor; the 32 is the 2014 division before ZK33 merged two regions.
 * - The zorgverzekeraar is derived from the printed website, so the two cannot disagree.
 * - Links use https://, although the brochure's links are http://: an http address is sent on
 *   to https anyway by these sites. Not checked online here; check when the table is refreshed.
 */
import {
  BRON_ZORGKANTOREN,
  VERVALLEN_ZK_CODES,
  ZORGKANTOORREGIOS,
  type ZorgkantoorRegio,
  type ZorgkantoorWebsite,
} from "./data/zorgkantoren";
import { reden } from "./redenen";
import type { Reden } from "./types";

export type Zorgverzekeraar = "Menzis" | "Zilveren Kruis" | "VGZ" | "CZ" | "Zorg en Zekerheid" | "DSW" | "De Friesland" | "Salland";

/** ZK-01: "Elk zorgkantoor is gekoppeld aan een zorgverzekeraar", read from the website it prints. */
export const ZORGVERZEKERAAR_PER_WEBSITE: Readonly<Record<ZorgkantoorWebsite, Zorgverzekeraar>> = {
  "www.menziszorgkantoor.nl": "Menzis",
  "www.zilverenkruis.nl/zorgkantoor": "Zilveren Kruis",
  "www.vgz-zorgkantoren.nl": "VGZ",
  "www.cz.nl/zorgkantoor": "CZ",
  "www.zorgkantoor-zorgenzekerheid.nl": "Zorg en Zekerheid",
  "www.zorgkantoordsw.nl": "DSW",
  "www.zorgkantoorfriesland.nl": "De Friesland",
  "www.zorgkantoormiddenijssel.nl": "Salland",
};

export interface Zorgkantoor extends ZorgkantoorRegio {
  zorgverzekeraar: Zorgverzekeraar;
  /** For a link: "https://www.menziszorgkantoor.nl" */
  websiteUrl: string;
  /** For a `tel:` link: "+31882224949" */
  telefoonInternationaal: string;
}

const LANDNUMMER_NEDERLAND = "+31";

/** "(088) 222 49 49" → "+31882224949": digits only, the trunk 0 replaced by +31. */
export function telefoonInternationaal(telefoon: string): string {
  const cijfers = telefoon.replace(/\D/g, "");
  return cijfers.startsWith("0") ? `${LANDNUMMER_NEDERLAND}${cijfers.slice(1)}` : `+${cijfers}`;
}

function maakZorgkantoor(regio: ZorgkantoorRegio): Zorgkantoor {
  return {
    ...regio,
    zorgverzekeraar: ZORGVERZEKERAAR_PER_WEBSITE[regio.website],
    websiteUrl: `https://${regio.website}`,
    telefoonInternationaal: telefoonInternationaal(regio.telefoon),
  };
}

/** ZK-02: the 31 regions of Bijlage 2, in the brochure's order. */
export const ALLE_ZORGKANTOREN: readonly Zorgkantoor[] = ZORGKANTOORREGIOS.map(maakZorgkantoor);

/** The zorgkantoor of a CBS region code ("ZK01"; any case), or `null` for a code that names none. */
export function zorgkantoorVoorRegio(zkCode: string): Zorgkantoor | null {
  const code = zkCode.trim().toUpperCase();
  const actueel = VERVALLEN_ZK_CODES[code] ?? code;
  return ALLE_ZORGKANTOREN.find((zk) => zk.zkCode === actueel) ?? null;
}

/** ZK-01, ZK-02: why this is the person's zorgkantoor and where the contact details come from. */
export function zorgkantoorRedenen(zorgkantoor: Zorgkantoor): Reden[] {
  return [
    reden("ZK-01", "zk.regio-bepaalt"),
    reden("ZK-01", "zk.regio", { regio: zorgkantoor.regio, zorgverzekeraar: zorgkantoor.zorgverzekeraar }),
    reden("ZK-02", "zk.bron", { bron: BRON_ZORGKANTOREN }),
  ];
}

/** ZK-02: how many zorgkantoren there are, and why the two sources count differently. */
export function overZorgkantoren(): Reden[] {
  const vgz = ALLE_ZORGKANTOREN.filter((zk) => zk.zorgverzekeraar === "VGZ").length;
  return [reden("ZK-02", "zk.aantal", { aantalRegios: ALLE_ZORGKANTOREN.length, aantalVgz: vgz })];
}
