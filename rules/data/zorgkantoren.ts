/**
 * The 31 zorgkantoorregio's of the brochure's Bijlage 2 "Websites en telefoonnummers van de
 * zorgkantoren" (Zelf uw zorg inkopen in 6 stappen, ZN, situatie per 1 januari 2022), in its
 * order, each tied to its CBS zorgkantoorregio code (ZK01..ZK33, the CBS division of 2016–2025;
 * `bronnen/zorgkantoorregios_cbs_2016-2025_en_aanwijzing_2014.csv`).
 *
 * Repairs of the printed table (ZK-02):
 * - "Amstelland- en de" is cut off in print: Amstelland en de Meerlanden (ZK01).
 * - "t Gooi" lost its apostrophe: 't Gooi (ZK21).
 * - "Midden IJssel" is ZK14 Midden-IJssel.
 * - "Westland Schieland Delfland" (ZK33) is the 2016 merger of the 2014 regions Delft Westland
 *   Oostland and Nieuwe Waterweg Noord: that is why the 2014 aanwijzingsbesluit has 32 regions
 *   and the table 31.
 * Website and phone number are exactly as printed.
 */

/** The websites Bijlage 2 prints; the zorgverzekeraar behind each is derived in `zorgkantoor.ts`. */
export type ZorgkantoorWebsite =
  | "www.menziszorgkantoor.nl"
  | "www.zorgkantoorfriesland.nl"
  | "www.zilverenkruis.nl/zorgkantoor"
  | "www.zorgkantoormiddenijssel.nl"
  | "www.vgz-zorgkantoren.nl"
  | "www.zorgkantoor-zorgenzekerheid.nl"
  | "www.cz.nl/zorgkantoor"
  | "www.zorgkantoordsw.nl";

export interface ZorgkantoorRegio {
  /** CBS zorgkantoorregio code, 2016–2025 */
  zkCode: string;
  /** The region's name as Bijlage 2 prints it (repaired where cut off) */
  regio: string;
  /** The region's name at CBS (2025) */
  cbsNaam: string;
  website: ZorgkantoorWebsite;
  /** As printed, e.g. "(088) 222 49 49" */
  telefoon: string;
}

export const BRON_ZORGKANTOREN =
  "Brochure Zelf uw zorg inkopen in 6 stappen (Zorgverzekeraars Nederland), Bijlage 2, situatie per 1 januari 2022";

const MENZIS = { website: "www.menziszorgkantoor.nl", telefoon: "(088) 222 49 49" } as const;
const ZILVEREN_KRUIS = { website: "www.zilverenkruis.nl/zorgkantoor", telefoon: "(038) 456 78 88" } as const;
const VGZ = { website: "www.vgz-zorgkantoren.nl", telefoon: "(040) 297 51 55" } as const;
const CZ = { website: "www.cz.nl/zorgkantoor", telefoon: "(013) 594 91 06" } as const;
const ZORG_EN_ZEKERHEID = { website: "www.zorgkantoor-zorgenzekerheid.nl", telefoon: "(071) 582 58 88" } as const;

export const ZORGKANTOORREGIOS: readonly ZorgkantoorRegio[] = [
  { zkCode: "ZK09", regio: "Groningen", cbsNaam: "Groningen", ...MENZIS },
  { zkCode: "ZK08", regio: "Friesland", cbsNaam: "Friesland", website: "www.zorgkantoorfriesland.nl", telefoon: "(058) 291 38 27" },
  { zkCode: "ZK06", regio: "Drenthe", cbsNaam: "Drenthe", ...ZILVEREN_KRUIS },
  { zkCode: "ZK32", regio: "Zwolle", cbsNaam: "Zwolle", ...ZILVEREN_KRUIS },
  { zkCode: "ZK22", regio: "Twente", cbsNaam: "Twente", ...MENZIS },
  { zkCode: "ZK03", regio: "Apeldoorn, Zutphen e.o.", cbsNaam: "Apeldoorn/Zutphen", ...ZILVEREN_KRUIS },
  { zkCode: "ZK14", regio: "Midden IJssel", cbsNaam: "Midden-IJssel", website: "www.zorgkantoormiddenijssel.nl", telefoon: "(0570) 68 74 51" },
  { zkCode: "ZK04", regio: "Arnhem", cbsNaam: "Arnhem", ...MENZIS },
  { zkCode: "ZK16", regio: "Nijmegen", cbsNaam: "Nijmegen", ...VGZ },
  { zkCode: "ZK23", regio: "Utrecht", cbsNaam: "Utrecht", ...ZILVEREN_KRUIS },
  { zkCode: "ZK07", regio: "Flevoland", cbsNaam: "Flevoland", ...ZILVEREN_KRUIS },
  { zkCode: "ZK21", regio: "'t Gooi", cbsNaam: "'t Gooi", ...ZILVEREN_KRUIS },
  { zkCode: "ZK18", regio: "Noord-Holland-Noord", cbsNaam: "Noord-Holland Noord", ...VGZ },
  { zkCode: "ZK11", regio: "Kennemerland", cbsNaam: "Kennemerland", ...ZILVEREN_KRUIS },
  { zkCode: "ZK26", regio: "Zaanstreek/Waterland", cbsNaam: "Zaanstreek/Waterland", ...ZILVEREN_KRUIS },
  { zkCode: "ZK02", regio: "Amsterdam", cbsNaam: "Amsterdam", ...ZILVEREN_KRUIS },
  { zkCode: "ZK01", regio: "Amstelland en de Meerlanden", cbsNaam: "Amstelland en De Meerlanden", ...ZORG_EN_ZEKERHEID },
  { zkCode: "ZK28", regio: "Zuid-Holland Noord", cbsNaam: "Zuid-Holland Noord", ...ZORG_EN_ZEKERHEID },
  { zkCode: "ZK10", regio: "Haaglanden", cbsNaam: "Haaglanden", ...CZ },
  { zkCode: "ZK33", regio: "Westland Schieland Delfland", cbsNaam: "Westland Schieland Delfland", website: "www.zorgkantoordsw.nl", telefoon: "(010) 242 27 46" },
  { zkCode: "ZK13", regio: "Midden Holland", cbsNaam: "Midden-Holland", ...VGZ },
  { zkCode: "ZK20", regio: "Rotterdam", cbsNaam: "Rotterdam", ...ZILVEREN_KRUIS },
  { zkCode: "ZK29", regio: "Zuid-Hollandse eilanden", cbsNaam: "Zuid-Hollandse Eilanden", ...CZ },
  { zkCode: "ZK24", regio: "Waardenland", cbsNaam: "Waardenland", ...VGZ },
  { zkCode: "ZK27", regio: "Zeeland", cbsNaam: "Zeeland", ...CZ },
  { zkCode: "ZK25", regio: "West-Brabant", cbsNaam: "West-Brabant", ...CZ },
  { zkCode: "ZK12", regio: "Midden Brabant", cbsNaam: "Midden-Brabant", ...VGZ },
  { zkCode: "ZK19", regio: "Noordoost Brabant", cbsNaam: "Noordoost-Brabant", ...VGZ },
  { zkCode: "ZK30", regio: "Zuidoost Brabant", cbsNaam: "Zuidoost-Brabant", ...CZ },
  { zkCode: "ZK17", regio: "Noord en Midden Limburg", cbsNaam: "Noord- en Midden-Limburg", ...VGZ },
  { zkCode: "ZK31", regio: "Zuid Limburg", cbsNaam: "Zuid-Limburg", ...CZ },
];

/** CBS codes of 2015 that the 2016 division merged into ZK33 (see the CSV's opmerking). */
export const VERVALLEN_ZK_CODES: Readonly<Record<string, string>> = { ZK05: "ZK33", ZK15: "ZK33" };
