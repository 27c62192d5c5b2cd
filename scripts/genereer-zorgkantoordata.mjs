#!/usr/bin/env node
/**
 * Generates `rules/data/gemeenten.ts` and `rules/data/postcodes.ts` (ZK-01) from the source
 * data in `bronnen/` (its README.md names each file's origin, licence and confidence). Plain
 * Node, no dependencies, deterministic: the same CSVs give byte-for-byte the same files.
 *
 *   node scripts/genereer-zorgkantoordata.mjs [data-map]     (default bronnen/)
 *   node scripts/genereer-zorgkantoordata.mjs --controleer   (writes nothing; exit 1 when stale)
 *   npm run genereer:zorgkantoren
 *
 * The data map is resolved relative to the repository root. The script stops with a message
 * (exit code 1) when the data does not hang together, e.g. when a 2014 gemeente of the PC4
 * table maps to a 2025 gemeente in another region than the PC4 row says.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const WORTEL = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const ARGUMENTEN = process.argv.slice(2);
/** `--controleer`: the unit test asks whether the committed files are what the sources give. */
const CONTROLEER = ARGUMENTEN.includes("--controleer");
const DATA_MAP = path.resolve(WORTEL, ARGUMENTEN.find((a) => !a.startsWith("--")) ?? "bronnen/");

const CSV_GEMEENTEN = "gemeente_zorgkantoorregio_2025_afgeleid.csv";
const CSV_POSTCODES = "pc4_zorgkantoorregio_afgeleid_4pp2014.csv";

const UIT_GEMEENTEN = path.join(WORTEL, "rules/data/gemeenten.ts");
const UIT_POSTCODES = path.join(WORTEL, "rules/data/postcodes.ts");

/** Same as VERVALLEN_ZK_CODES in rules/data/zorgkantoren.ts: the 2015 codes merged into ZK33 in 2016. */
const VERVALLEN_ZK_CODES = { ZK05: "ZK33", ZK15: "ZK33" };

/**
 * 2014 (and older) gemeente names of the 4pp table → the 2025 gemeente that took them over
 * whole. Municipal mergers 2010–2023 (Wet algemene regels herindeling; CBS "Gemeentelijke
 * indeling"). Every entry is checked below against the region (zk_code) of the PC4 rows.
 */
const OPVOLGER_2025 = {
  Aalburg: "Altena", // 2019
  Abcoude: "De Ronde Venen", // 2011
  Andijk: "Medemblik", // 2011
  "Anna Paulowna": "Hollands Kroon", // 2012
  Appingedam: "Eemsdelta", // 2021
  Bedum: "Het Hogeland", // 2019
  Beemster: "Purmerend", // 2022
  Bellingwedde: "Westerwolde", // 2018
  Bergambacht: "Krimpenerwaard", // 2015
  Bernisse: "Nissewaard", // 2015
  Binnenmaas: "Hoeksche Waard", // 2019
  Bodegraven: "Bodegraven-Reeuwijk", // 2011
  Bolsward: "Súdwest Fryslân", // 2011
  Boskoop: "Alphen aan den Rijn", // 2014
  Boxmeer: "Land van Cuijk", // 2022
  Breukelen: "Stichtse Vecht", // 2011
  Brielle: "Voorne aan Zee", // 2023
  Bussum: "Gooise Meren", // 2016
  Cromstrijen: "Hoeksche Waard", // 2019
  Cuijk: "Land van Cuijk", // 2022
  "De Marne": "Het Hogeland", // 2019
  Delfzijl: "Eemsdelta", // 2021
  "Den Haag": "'s-Gravenhage", // the same gemeente: 4pp uses the everyday name
  Dirksland: "Goeree-Overflakkee", // 2013
  Dongeradeel: "Noardeast-Fryslân", // 2019
  Eemsmond: "Het Hogeland", // 2019
  Eijsden: "Eijsden-Margraten", // 2011
  Ferwerderadiel: "Noardeast-Fryslân", // 2019
  Franekeradeel: "Waadhoeke", // 2018
  "Gaasterlân-Sleat": "De Fryske Marren", // 2014 (as De Friese Meren; Frisian name since 2015)
  Geldermalsen: "West Betuwe", // 2019
  Giessenlanden: "Molenlanden", // 2019
  Glas: "Groningen", // "Glas" is a 4pp error for Ten Boer (CSV opmerking); Ten Boer → Groningen 2019
  Goedereede: "Goeree-Overflakkee", // 2013
  Graafstroom: "Molenlanden", // Molenwaard 2013, Molenlanden 2019
  "Graft-De Rijp": "Alkmaar", // 2015
  Grave: "Land van Cuijk", // 2022
  Groesbeek: "Berg en Dal", // 2015 (renamed 2016)
  Grootegast: "Westerkwartier", // 2019
  "Haarlemmerliede en Spaarnwoude": "Haarlemmermeer", // 2019
  Haren: "Groningen", // 2019
  Harenkarspel: "Schagen", // 2013
  Heerhugowaard: "Dijk en Waard", // 2022
  Helden: "Peel en Maas", // 2010
  Hellevoetsluis: "Voorne aan Zee", // 2023
  "Hoogezand-Sappemeer": "Midden-Groningen", // 2018
  "Kollumerland en Nieuwkruisland": "Noardeast-Fryslân", // 2019
  Korendijk: "Hoeksche Waard", // 2019
  Landerd: "Maashorst", // 2022
  Langedijk: "Dijk en Waard", // 2022
  Leek: "Westerkwartier", // 2019
  Leerdam: "Vijfheerenlanden", // 2019
  Leeuwarderadeel: "Leeuwarden", // 2018
  Lemsterland: "De Fryske Marren", // 2014 (as De Friese Meren; Frisian name since 2015)
  Liesveld: "Molenlanden", // Molenwaard 2013, Molenlanden 2019
  Lingewaal: "West Betuwe", // 2019
  Lith: "Oss", // 2011
  Loenen: "Stichtse Vecht", // 2011
  Loppersum: "Eemsdelta", // 2021
  Maarssen: "Stichtse Vecht", // 2011
  Margraten: "Eijsden-Margraten", // 2011
  Marum: "Westerkwartier", // 2019
  Menaldumadeel: "Waadhoeke", // 2018
  Menterwolde: "Midden-Groningen", // 2018
  Middelharnis: "Goeree-Overflakkee", // 2013
  "Mill en Sint Hubert": "Land van Cuijk", // 2022
  "Millingen aan de Rijn": "Berg en Dal", // 2015
  Muiden: "Gooise Meren", // 2016
  Naarden: "Gooise Meren", // 2016
  Nederlek: "Krimpenerwaard", // 2015
  Neerijnen: "West Betuwe", // 2019
  Niedorp: "Hollands Kroon", // 2012
  "Nieuw-Lekkerland": "Molenlanden", // Molenwaard 2013, Molenlanden 2019
  Nijefurd: "Súdwest Fryslân", // 2011
  Noordwijkerhout: "Noordwijk", // 2019
  Nuth: "Beekdaelen", // 2019
  Onderbanken: "Beekdaelen", // 2019
  Oostflakkee: "Goeree-Overflakkee", // 2013
  "Oud-Beijerland": "Hoeksche Waard", // 2019
  Ouderkerk: "Krimpenerwaard", // 2015
  Reeuwijk: "Bodegraven-Reeuwijk", // 2011
  Rijnwaarden: "Zevenaar", // 2018
  Rijnwoude: "Alphen aan den Rijn", // 2014
  Rozenburg: "Rotterdam", // 2010
  Schermer: "Alkmaar", // 2015
  Schijndel: "Meierijstad", // 2017
  Schinnen: "Beekdaelen", // 2019
  Schoonhoven: "Krimpenerwaard", // 2015
  "Sint Anthonis": "Land van Cuijk", // 2022
  "Sint-Oedenrode": "Meierijstad", // 2017
  Skarsterlân: "De Fryske Marren", // 2014 (as De Friese Meren; Frisian name since 2015)
  Slochteren: "Midden-Groningen", // 2018
  Sneek: "Súdwest Fryslân", // 2011
  Spijkenisse: "Nissewaard", // 2015
  Strijen: "Hoeksche Waard", // 2019
  Ubbergen: "Berg en Dal", // 2015
  Uden: "Maashorst", // 2022
  Veghel: "Meierijstad", // 2017
  Vianen: "Vijfheerenlanden", // 2019
  Vlagtwedde: "Westerwolde", // 2018
  Vlist: "Krimpenerwaard", // 2015 (Polsbroek went to Lopik; 4pp already says Lopik)
  Weesp: "Amsterdam", // 2022
  Werkendam: "Altena", // 2019
  Wervershoof: "Medemblik", // 2011
  Westvoorne: "Voorne aan Zee", // 2023
  Wieringen: "Hollands Kroon", // 2012
  Wieringermeer: "Hollands Kroon", // 2012
  Winsum: "Het Hogeland", // 2019 (the Ezinge villages went to Westerkwartier: see PER_WOONPLAATS)
  Woudrichem: "Altena", // 2019
  Wymbritseradiel: "Súdwest Fryslân", // 2011
  Wûnseradiel: "Súdwest Fryslân", // 2011
  Zederik: "Vijfheerenlanden", // 2019
  Zeevang: "Edam-Volendam", // 2016
  Zijpe: "Schagen", // 2013
  Zuidhorn: "Westerkwartier", // 2019
  "het Bildt": "Waadhoeke", // 2018
};

/**
 * Gemeenten that were split, or rows without a gemeente: the 2025 gemeente per woonplaats.
 * Key: 4pp gemeente name ("" = empty in 4pp) → woonplaats → 2025 gemeente. These override
 * OPVOLGER_2025.
 */
const PER_WOONPLAATS = {
  // Haaren, split 2021
  Haaren: { Haaren: "Oisterwijk", Biezenmortel: "Tilburg", Helvoirt: "Vught", Esch: "Vught" },
  // Maasdonk, split 2015
  Maasdonk: { Geffen: "Oss", Nuland: "'s-Hertogenbosch", Vinkel: "'s-Hertogenbosch" },
  // Winsum 2019: the villages of the former gemeente Ezinge went to Westerkwartier
  Winsum: { Ezinge: "Westerkwartier", Garnwerd: "Westerkwartier", Feerwerd: "Westerkwartier" },
  // 4pp has no gemeente; the CSV's opmerking names it
  "": { Veen: "Altena", Well: "Maasdriel", Geerdijk: "Twenterand" },
};

/**
 * Gemeenten split over several 2025 gemeenten where this script does not claim which village
 * went where: the row keeps its region (zk_code, the fallback truth) but no 2025 gemeente.
 */
const GESPLITST_ONBEKEND = new Set(["Boarnsterhim", "Littenseradiel"]);

/** "Bergen" is two gemeenten; the CSV decided by PC range (58xx = Limburg), visible in zk_code. */
const BERGEN_PER_REGIO = { ZK17: "Bergen (L)", ZK18: "Bergen (NH)" };

/**
 * Corrections of 4pp names, from the CSV's opmerking: "Glas" is an error for Ten Boer (PC 979x),
 * both as gemeente and as the woonplaats of 9790 and 9791.
 */
const GEMEENTE_4PP_CORRECTIE = { Glas: "Ten Boer" };
const WOONPLAATS_4PP_CORRECTIE = { Glas: "Ten Boer" };

function stop(melding) {
  console.error(`genereer-zorgkantoordata: ${melding}`);
  process.exit(1);
}

/** RFC 4180 CSV: quoted fields with "" escapes, commas and newlines inside quotes. */
function leesCsv(bestand) {
  let tekst;
  try {
    tekst = readFileSync(path.join(DATA_MAP, bestand), "utf8");
  } catch (fout) {
    stop(`kan ${path.join(DATA_MAP, bestand)} niet lezen (${fout.code ?? fout.message})`);
  }
  if (tekst.charCodeAt(0) === 0xfeff) tekst = tekst.slice(1);
  const rijen = [];
  let rij = [];
  let veld = "";
  let inAanhaling = false;
  for (let i = 0; i < tekst.length; i++) {
    const c = tekst[i];
    if (inAanhaling) {
      if (c === '"' && tekst[i + 1] === '"') {
        veld += '"';
        i++;
      } else if (c === '"') inAanhaling = false;
      else veld += c;
    } else if (c === '"') inAanhaling = true;
    else if (c === ",") {
      rij.push(veld);
      veld = "";
    } else if (c === "\n") {
      rij.push(veld);
      rijen.push(rij);
      rij = [];
      veld = "";
    } else if (c !== "\r") veld += c;
  }
  if (veld !== "" || rij.length > 0) {
    rij.push(veld);
    rijen.push(rij);
  }
  const [kop, ...data] = rijen.filter((r) => r.length > 1 || r[0] !== "");
  return data.map((r, i) => {
    if (r.length !== kop.length) stop(`${bestand} regel ${i + 2}: ${r.length} velden, verwacht ${kop.length}`);
    return Object.fromEntries(kop.map((k, j) => [k, r[j].trim()]));
  });
}

const actueleZk = (code) => VERVALLEN_ZK_CODES[code] ?? code;
const zkNummer = (code) => Number(code.slice(2));
const gmNummer = (code) => Number(code.slice(2));

// --- gemeenten 2025 ---------------------------------------------------------------------------
const gemeenten = leesCsv(CSV_GEMEENTEN).map((r) => {
  if (!/^GM\d{4}$/.test(r.gemeentecode)) stop(`onbekende gemeentecode ${r.gemeentecode}`);
  if (!/^ZK\d{2}$/.test(r.zk_code)) stop(`onbekende zk_code ${r.zk_code} bij ${r.gemeentenaam}`);
  return { gemeentecode: r.gemeentecode, gemeentenaam: r.gemeentenaam, zkCode: actueleZk(r.zk_code) };
});
if (gemeenten.length !== 342) stop(`${gemeenten.length} gemeenten, verwacht 342 (1 januari 2025)`);
const perNaam = new Map(gemeenten.map((g) => [g.gemeentenaam, g]));
if (perNaam.size !== gemeenten.length) stop("dubbele gemeentenaam");
if (new Set(gemeenten.map((g) => g.gemeentecode)).size !== gemeenten.length) stop("dubbele gemeentecode");
const regioCodes = new Set(gemeenten.map((g) => g.zkCode));
if (regioCodes.size !== 31) stop(`${regioCodes.size} regiocodes, verwacht 31`);

// --- postcodes (4pp, 2014) --------------------------------------------------------------------
const fouten = [];
/** Entries of the tables above that a row used: an unused entry is a typo or stale. */
const gebruikt = new Set();
const postcodes = leesCsv(CSV_POSTCODES).map((r) => {
  if (!/^[1-9]\d{3}$/.test(r.pc4)) stop(`ongeldige pc4 ${r.pc4}`);
  const zkCode = actueleZk(r.zk_code);
  if (!regioCodes.has(zkCode)) stop(`pc4 ${r.pc4}: regio ${r.zk_code} bestaat niet in de gemeentetabel`);
  const oud = r.gemeente_4pp;
  let naam2025;
  if (GESPLITST_ONBEKEND.has(oud)) naam2025 = null;
  else if (oud === "Bergen") naam2025 = BERGEN_PER_REGIO[zkCode];
  else {
    const perWoonplaats = PER_WOONPLAATS[oud]?.[r.woonplaats_4pp];
    if (perWoonplaats !== undefined) gebruikt.add(`${oud}/${r.woonplaats_4pp}`);
    else if (!perNaam.has(oud)) gebruikt.add(oud);
    naam2025 = perWoonplaats ?? (perNaam.has(oud) ? oud : OPVOLGER_2025[oud]);
  }
  if (naam2025 === undefined) {
    fouten.push(`pc4 ${r.pc4}: geen gemeente 2025 voor "${oud}" (${r.woonplaats_4pp})`);
    naam2025 = null;
  }
  const gemeente = naam2025 === null ? null : perNaam.get(naam2025);
  if (gemeente === undefined) fouten.push(`pc4 ${r.pc4}: "${naam2025}" staat niet in de gemeentetabel 2025`);
  else if (gemeente !== null && gemeente.zkCode !== zkCode) {
    fouten.push(`pc4 ${r.pc4} ${r.woonplaats_4pp} (${oud}): ${naam2025} ligt in ${gemeente.zkCode}, de PC4-rij zegt ${zkCode}`);
  }
  return {
    pc4: Number(r.pc4),
    woonplaats: WOONPLAATS_4PP_CORRECTIE[r.woonplaats_4pp] ?? r.woonplaats_4pp,
    gemeente4pp: GEMEENTE_4PP_CORRECTIE[oud] ?? oud,
    gemeente2025: gemeente ?? null,
    zkCode,
  };
});
for (const oud of Object.keys(OPVOLGER_2025)) if (!gebruikt.has(oud)) fouten.push(`OPVOLGER_2025: "${oud}" komt in de PC4-tabel niet voor`);
for (const [oud, plaatsen] of Object.entries(PER_WOONPLAATS)) {
  for (const woonplaats of Object.keys(plaatsen)) {
    if (!gebruikt.has(`${oud}/${woonplaats}`)) fouten.push(`PER_WOONPLAATS: "${woonplaats}" (${oud}) komt in de PC4-tabel niet voor`);
  }
}
if (fouten.length > 0) stop(`de data sluit niet aan:\n  ${fouten.join("\n  ")}`);
if (new Set(postcodes.map((p) => p.pc4)).size !== postcodes.length) stop("dubbele pc4");
postcodes.sort((a, b) => a.pc4 - b.pc4);

// --- write ------------------------------------------------------------------------------------
const js = (s) => JSON.stringify(s);
const KOP_NIET_BEWERKEN =
  " * GENERATED by scripts/genereer-zorgkantoordata.mjs (npm run genereer:zorgkantoren). Do not edit:\n" +
  " * change the script or the source file and run it again.";

const HERKOMST_GEMEENTEN =
  "Derived from the 2019 list in github michielwoerkom/regions (MIT, © 2019 Michiel van Woerkom), " +
  "which matches the 2014 aanwijzingsbesluit of VWS (BWBR0034132), plus the municipal mergers of " +
  "2021–2023 and the 2016 merger of \"Delft Westland Oostland\" and \"Nieuwe Waterweg Noord\" into ZK33 " +
  "\"Westland Schieland Delfland\"; border cases (Almere → 't Gooi, Weesp → Amsterdam, Vianen → " +
  "Waardenland, Haarlemmerliede → Amstelland en de Meerlanden) checked against CBS's 2025 region " +
  "boundaries. Medium–high confidence: check against CBS StatLine 86059NED \"Gebieden in Nederland\" " +
  "when a newer year is wanted.";

const HERKOMST_POSTCODES =
  "Derived from github bobdenotter/4pp (MIT, © 2014 Bob den Otter), data of 2014: postcodes made " +
  "after 2014 are missing, some gemeente names are old, some PO-box coordinates are wrong, and a PC4 " +
  "can straddle a border. Use it to suggest a gemeente, which the user confirms; never as the final word.";

/** Wraps prose into ` * ` comment lines of at most ~100 characters. */
function commentaar(tekst) {
  const regels = [];
  let regel = "";
  for (const woord of tekst.split(" ")) {
    if (regel !== "" && regel.length + 1 + woord.length > 96) {
      regels.push(` * ${regel}`);
      regel = woord;
    } else regel = regel === "" ? woord : `${regel} ${woord}`;
  }
  if (regel !== "") regels.push(` * ${regel}`);
  return regels.join("\n");
}

const gemeentenTs = `/**
${KOP_NIET_BEWERKEN}
 *
 * The 342 gemeenten of 1 January 2025, each with its CBS zorgkantoorregio code (ZK-01).
 * Source file: bronnen/${CSV_GEMEENTEN}.
${commentaar(HERKOMST_GEMEENTEN)}
 * Data of: 1 January 2025.
 */

export interface GemeenteRij {
  /** CBS gemeentecode, e.g. "GM0855" */
  gemeentecode: string;
  /** Official name, as CBS writes it: "'s-Gravenhage", "Súdwest Fryslân", "Bergen (NH)" */
  gemeentenaam: string;
  /** CBS zorgkantoorregio code (2016–2025), a row of ZORGKANTOORREGIOS */
  zkCode: string;
}

export const PEILDATUM_GEMEENTEN = "2025-01-01";

export const BRON_GEMEENTEN =
  ${js(`${CSV_GEMEENTEN}: afgeleid van michielwoerkom/regions (MIT, © 2019 Michiel van Woerkom), het aanwijzingsbesluit zorgkantoren 2014 (BWBR0034132) en de CBS-gebiedsindeling 2025`)};

export const GEMEENTEN: readonly GemeenteRij[] = [
${gemeenten.map((g) => `  { gemeentecode: ${js(g.gemeentecode)}, gemeentenaam: ${js(g.gemeentenaam)}, zkCode: ${js(g.zkCode)} },`).join("\n")}
];
`;

/**
 * Rows with the same woonplaats, gemeente (4pp and 2025) and region become one "plaats" with its
 * postcodes as ranges ("1000-1109 1381"): a quarter of the size of one row per PC4.
 */
const plaatsen = new Map();
for (const p of postcodes) {
  const code = p.gemeente2025 === null ? 0 : gmNummer(p.gemeente2025.gemeentecode);
  const sleutel = JSON.stringify([p.woonplaats, p.gemeente4pp, code, zkNummer(p.zkCode)]);
  const plaats = plaatsen.get(sleutel) ?? { woonplaats: p.woonplaats, gemeente4pp: p.gemeente4pp, code, zk: zkNummer(p.zkCode), pc4s: [] };
  plaats.pc4s.push(p.pc4);
  plaatsen.set(sleutel, plaats);
}
// A woonplaats has one plaats per 2025 gemeente (the search relies on it): two 4pp gemeenten of
// one woonplaats that merged into the same 2025 gemeente would have to be joined here first.
const woonplaatsGemeente = new Set();
for (const p of plaatsen.values()) {
  const sleutel = `${p.woonplaats}|${p.code === 0 ? `?${p.gemeente4pp}` : p.code}`;
  if (woonplaatsGemeente.has(sleutel)) stop(`${p.woonplaats} staat twee keer in dezelfde gemeente (${sleutel})`);
  woonplaatsGemeente.add(sleutel);
}
const opVolgorde = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
const plaatsRijen = [...plaatsen.values()].sort(
  (a, b) => opVolgorde(a.woonplaats, b.woonplaats) || opVolgorde(a.gemeente4pp, b.gemeente4pp) || a.pc4s[0] - b.pc4s[0],
);

/** [1000, 1001, 1002, 1005] → "1000-1002 1005" (the list is ascending). */
function reeksen(pc4s) {
  const delen = [];
  for (let i = 0; i < pc4s.length; ) {
    let j = i;
    while (j + 1 < pc4s.length && pc4s[j + 1] === pc4s[j] + 1) j++;
    delen.push(j === i ? String(pc4s[i]) : `${pc4s[i]}-${pc4s[j]}`);
    i = j + 1;
  }
  return delen.join(" ");
}

const postcodesTs = `/**
${KOP_NIET_BEWERKEN}
 *
 * Four-digit postcodes (PC4) → woonplaats, gemeente and zorgkantoorregio (ZK-01): ${postcodes.length}
 * postcodes in ${plaatsRijen.length} plaatsen. Source file: bronnen/${CSV_POSTCODES}.
${commentaar(HERKOMST_POSTCODES)}
 * Data of: 2014 (postcodes and names); regions and 2025 gemeenten as in gemeenten.ts.
 *
 * SERVER ONLY. Only rules/zorgkantoor-zoeken.ts imports this file, and only the server and the
 * API import that one; never import either from a client component.
 *
 * The gemeente of 2025 comes from the script's merger table; 0 means the 2014 gemeente was split
 * and the script does not claim which part the woonplaats went to (${[...GESPLITST_ONBEKEND].join(", ")}).
 * The region (zk) is the PC4 table's own, the fallback truth. Names are 4pp's, except where
 * the CSV's own remarks correct them (${Object.entries(WOONPLAATS_4PP_CORRECTIE).map(([fout, goed]) => `"${fout}" → "${goed}"`).join(", ")}).
 */

export const PEILJAAR_POSTCODES = 2014;

export const BRON_POSTCODES =
  ${js(`${CSV_POSTCODES}: afgeleid van bobdenotter/4pp (MIT, © 2014 Bob den Otter), gegevens van 2014`)};

/**
 * [woonplaats as 4pp writes it, gemeente as 4pp writes it (2014, some older; "" = none),
 * gemeentecode 2025 as a number (855 = GM0855; 0 = unknown), zorgkantoorregio as a number
 * (12 = ZK12), its postcodes as ascending ranges ("5011-5018 5021")]. Sorted by woonplaats.
 */
export type PlaatsRij = readonly [woonplaats: string, gemeente4pp: string, gemeentecode: number, zk: number, postcodes: string];

export const PLAATSEN: readonly PlaatsRij[] = [
${plaatsRijen.map((p) => `  [${js(p.woonplaats)}, ${js(p.gemeente4pp)}, ${p.code}, ${p.zk}, ${js(reeksen(p.pc4s))}],`).join("\n")}
];
`;

if (CONTROLEER) {
  const verouderd = [
    [UIT_GEMEENTEN, gemeentenTs],
    [UIT_POSTCODES, postcodesTs],
  ].filter(([bestand, inhoud]) => !existsSync(bestand) || readFileSync(bestand, "utf8") !== inhoud);
  if (verouderd.length > 0) {
    stop(`${verouderd.map(([bestand]) => path.relative(WORTEL, bestand)).join(" en ")} ${verouderd.length === 1 ? "wijkt" : "wijken"} af van ${path.relative(WORTEL, DATA_MAP)}/: draai npm run genereer:zorgkantoren`);
  }
  console.log(`genereer-zorgkantoordata: ${path.relative(WORTEL, UIT_GEMEENTEN)} en ${path.relative(WORTEL, UIT_POSTCODES)} kloppen met ${path.relative(WORTEL, DATA_MAP)}/`);
  process.exit(0);
}
writeFileSync(UIT_GEMEENTEN, gemeentenTs);
writeFileSync(UIT_POSTCODES, postcodesTs);
const onbekend = postcodes.filter((p) => p.gemeente2025 === null).length;
console.log(
  `genereer-zorgkantoordata: ${gemeenten.length} gemeenten → ${path.relative(WORTEL, UIT_GEMEENTEN)}; ` +
    `${postcodes.length} postcodes (${plaatsRijen.length} plaatsen, ${onbekend} zonder gemeente 2025) → ${path.relative(WORTEL, UIT_POSTCODES)}`,
);
