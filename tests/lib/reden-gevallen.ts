/** The example cases of the reason texts, shared by the Dutch snapshot and the English words test. */
import { adviesVaardigheden, gewaarborgdeHulpFeiten, ondertekenaars, PGB_VAARDIGHEDEN, weigeringsgronden } from "@/rules/aanvraag";
import { beoordeel, type ZorgverlenerInvoer } from "@/rules/beoordeel";
import { budgetplanOnderdelen } from "@/rules/budgetplan";
import { beoordeelBuitenland } from "@/rules/buitenland";
import { declaratiesNodig, declaratieTermijn, declarerenViaPortaal, declarerenViaSvb, magDeclareren, subsidievaststelling, takenSvb, verantwoordingsvrijBedrag, wanneerDeclareren } from "@/rules/declaratie";
import { controleerBsn, controleerKvkNummer, identificatieVoorZorgverlener } from "@/rules/identificatie";
import { indicatiebesluitFeiten, wlzPastMogelijk } from "@/rules/indicatie";
import { leidLeveringsvormAf } from "@/rules/leveringsvorm";
import { beeindigingsfeiten, eigenBijdrage, eindgronden, schatLageEigenBijdrage, toekenningsfeiten, toeslagen } from "@/rules/toekenning";
import { ALLE_ZORGKANTOREN, overZorgkantoren, zorgkantoorRedenen } from "@/rules/zorgkantoor";
import { aanleverenZorgovereenkomst, beoordeelZorgverlener, kwaliteitseis, toetsLogeeropvang, toetsUurtarief, zorgovereenkomstEnZorgbeschrijving } from "@/rules/zorgovereenkomst";
import type { Reden } from "@/rules/types";
import { ALLE_ZORGPROFIELEN, parseZorgprofiel, uitlegZorgprofiel } from "@/rules/zorgprofiel";
import { zoekZorgkantoor } from "@/rules/zorgkantoor-zoeken";
import { profiel, situatie, volledigeSituatie, zorgverlener } from "./situaties";

const PEILDATUMS = ["2022-01-01", "2024-07-01", "2026-03-01", "2018-01-01"] as const;

/** Every reason in a result, in the order it appears. */
export function redenenIn(waarde: unknown, uit: Reden[] = []): Reden[] {
  if (Array.isArray(waarde)) {
    for (const w of waarde) redenenIn(w, uit);
  } else if (typeof waarde === "object" && waarde !== null) {
    const o = waarde as Record<string, unknown>;
    if (typeof o.regel === "string" && typeof o.bron === "string") {
      uit.push(o as unknown as Reden);
      return uit;
    }
    for (const w of Object.values(o)) redenenIn(w, uit);
  }
  return uit;
}

function geval(naam: string, maak: () => unknown): [string, Reden[]] {
  return [naam, redenenIn(maak())];
}

/**
 * The example cases of the reason texts: every rule of rules/ over a broad set of inputs, each as
 * its name and the reasons it gives in order. content/redenen/teksten.test.ts keeps their Dutch
 * words in a snapshot; content/redenen/en/en.test.ts checks the English words with the same facts.
 */
export function redenGevallen(): [string, Reden[]][] {
  const uit: [string, Reden[]][] = [];
  // beoordeel: every zorgprofiel, each woonsituatie, with and without a gewaarborgde hulp.
  for (const z of ALLE_ZORGPROFIELEN) {
    uit.push(geval(`beoordeel ${z.code}`, () => beoordeel(situatie({ zorgprofiel: z }), "2024-07-01")));
    uit.push(geval(`beoordeel ${z.code} zonder hulp`, () => beoordeel(situatie({ zorgprofiel: z, gewaarborgdeHulp: false }), "2024-07-01")));
    uit.push(geval(`beoordeel ${z.code} met hulp`, () => beoordeel(situatie({ zorgprofiel: z, gewaarborgdeHulp: true }), "2024-07-01")));
  }
  for (const woonsituatie of ["thuis", "wooninitiatief", "instelling"] as const) {
    for (const dagen of [0, 7, 9, 10]) {
      for (const code of ["5VV", "4VG", "5GGZ-W", "SGLVG"]) {
        uit.push(
          geval(`beoordeel ${code} ${woonsituatie} ${dagen}`, () =>
            beoordeel(situatie({ zorgprofiel: profiel(code), woonsituatie, dagenInInstellingPer14Dagen: dagen, dagbestedingVanInstelling: dagen > 8 }), "2024-07-01"),
          ),
        );
      }
    }
  }
  for (const code of ["5VV", "5GGZ-W", "10VV"]) {
    uit.push(geval(`beoordeel ${code} instelling dagbesteding onbekend`, () => beoordeel(situatie({ zorgprofiel: profiel(code), woonsituatie: "instelling" }), "2024-07-01")));
  }
  // Leveringsvorm from the wizard's two questions (LV-01), without and with a zorgprofiel.
  for (const woonwens of ["thuis", "instelling", "deeltijd"] as const) {
    for (const regie of ["zorgkantoor", "zelf", "allebei"] as const) {
      for (const code of [undefined, "5VV", "5GGZ-W"]) {
        uit.push(geval(`leveringsvorm ${woonwens} ${regie} ${code}`, () => leidLeveringsvormAf(woonwens, regie, code === undefined ? undefined : profiel(code))));
      }
    }
  }
  for (const over of [{ woontInNederland: false }, { vastWoonadres: false }, { failliet: true }, { wsnp: true }]) {
    uit.push(geval(`beoordeel weigering ${JSON.stringify(over)}`, () => beoordeel(situatie(over), "2024-07-01")));
  }
  for (const peildatum of PEILDATUMS) {
    uit.push(geval(`beoordeel volledig ${peildatum}`, () => beoordeel(volledigeSituatie(), peildatum)));
    for (const pgbJaarbedrag of [0, 10_000, 100_000, 2_000_000, 5_000_000]) {
      for (const uitgavenAanZorg of [undefined, 0, 5_000, 1_990_000]) {
        uit.push(
          geval(`beoordeel vvb ${pgbJaarbedrag} ${uitgavenAanZorg} ${peildatum}`, () =>
            beoordeel(situatie({ pgbJaarbedrag, uitgavenAanZorg, zorgverleners: [] }), peildatum),
          ),
        );
      }
    }
    for (const etmalen of [0, 1, 156, 157]) {
      for (const dagen of [0, 7]) {
        uit.push(geval(`logeer ${etmalen} ${dagen} ${peildatum}`, () => beoordeel(situatie({ logeeropvangEtmalen: etmalen, dagenInInstellingPer14Dagen: dagen }), peildatum)));
      }
    }
  }
  // Zorgverleners: each kind of reason of ZO-02 … ZO-06, BP-02 … BP-06.
  const varianten: Partial<ZorgverlenerInvoer>[] = [
    {},
    { soort: "instelling", relatie: "overig", kvkGeregistreerd: true, uurtarief: 9000 },
    { soort: "instelling", relatie: undefined, kvkGeregistreerd: undefined, overeenkomst: undefined },
    { soort: "zzp", relatie: "overig", kvkGeregistreerd: true, bigGeregistreerd: true, uurtarief: 5500 },
    { soort: "zzp", relatie: undefined, kvkGeregistreerd: true, uurtarief: 5000 },
    { soort: "zzp", relatie: "overig", kvkGeregistreerd: undefined, overeenkomst: undefined },
    { relatie: "overig", overeenkomst: "arbeidsovereenkomst", dagenPerWeek: 4, uurtarief: 1800 },
    { relatie: "overig", overeenkomst: "arbeidsovereenkomst", dagenPerWeek: 1, uurtarief: 1800 },
    { relatie: "overig", overeenkomst: "arbeidsovereenkomst", dagenPerWeek: 2, optingIn: true },
    { relatie: "overig", overeenkomst: "arbeidsovereenkomst", dagenPerWeek: 1, optingIn: true },
    { relatie: "overig", overeenkomst: "arbeidsovereenkomst", dagenPerWeek: undefined },
    { relatie: "overig", overeenkomst: undefined, dagenPerWeek: 3 },
    { relatie: "partner", overeenkomst: undefined },
    { relatie: "familie-2e-graad", bigGeregistreerd: true },
    { relatie: undefined, bigGeregistreerd: true, uurtarief: 5000 },
    { relatie: undefined, uurtarief: 3000 },
    { relatie: "overig", uurtarief: 3000 },
    { relatie: "overig", uurtarief: 100_000 },
    { uurtarief: 0 },
    { urenPerWeek: 750, uurtarief: 1333 },
    { urenPerWeek: 1, uurtarief: 1 },
  ];
  for (const peildatum of PEILDATUMS) {
    varianten.forEach((over, i) => {
      uit.push(geval(`zorgverlener ${i} ${peildatum}`, () => beoordeel(situatie({ zorgverleners: [zorgverlener(over)], pgbJaarbedrag: 1_000_000 }), peildatum)));
      uit.push(geval(`begeleiding groep ${i} ${peildatum}`, () => toetsUurtarief(zorgverlener(over), peildatum, "begeleiding-groep-dagdeel")));
    });
    uit.push(geval(`zeven zorgverleners ${peildatum}`, () => beoordeel(situatie({ zorgverleners: Array.from({ length: 7 }, () => zorgverlener()) }), peildatum)));
    uit.push(geval(`veertien zorgverleners ${peildatum}`, () => beoordeel(situatie({ zorgverleners: Array.from({ length: 14 }, () => zorgverlener()) }), peildatum)));
  }
  // Buitenland (TK-06, TK-07).
  for (const land of ["ES", "CH", "US", "NL", "BQ", "XX", "TR", "MA"]) {
    for (const weken of [2, 4, 8, 13, 20, 60, 0]) {
      for (const extra of [{}, { palliatiefTerminaal: true }, { palliatiefTerminaal: false }, { zorgverlenersBuitenNederlandseBelasting: true }, { zorgverlenersBuitenNederlandseBelasting: false }, { logeeropvang: true }]) {
        uit.push(geval(`buitenland ${land} ${weken} ${JSON.stringify(extra)}`, () => beoordeelBuitenland({ land, weken, ...extra }, "2024-07-01")));
      }
    }
  }
  // Aanvraag (AV-*), indicatie (IND-*), zorgprofiel.
  uit.push(geval("vaardigheden leeg", () => adviesVaardigheden({})));
  uit.push(geval("vaardigheden alles", () => adviesVaardigheden(Object.fromEntries(PGB_VAARDIGHEDEN.map((v) => [v, true])))));
  uit.push(geval("vaardigheden een nee", () => adviesVaardigheden(Object.fromEntries(PGB_VAARDIGHEDEN.map((v, i) => [v, i !== 0])))));
  uit.push(geval("vaardigheden twee nee", () => adviesVaardigheden(Object.fromEntries(PGB_VAARDIGHEDEN.map((v, i) => [v, i > 1])))));
  uit.push(geval("vaardigheden een open", () => adviesVaardigheden(Object.fromEntries(PGB_VAARDIGHEDEN.slice(1).map((v) => [v, true])))));
  uit.push(geval("weigeringsgronden", () => weigeringsgronden()));
  uit.push(geval("gewaarborgde hulp feiten", () => gewaarborgdeHulpFeiten()));
  for (const wettelijkVertegenwoordiger of [undefined, true, false]) {
    for (const gewaarborgdeHulp of [undefined, true, false]) {
      uit.push(geval(`ondertekenaars ${wettelijkVertegenwoordiger} ${gewaarborgdeHulp}`, () => ondertekenaars({ wettelijkVertegenwoordiger, gewaarborgdeHulp })));
    }
  }
  for (const permanentToezichtOf24UurZorgNabij of [undefined, true, false]) {
    for (const jongerDan18 of [undefined, true, false]) {
      uit.push(geval(`wlz ${permanentToezichtOf24UurZorgNabij} ${jongerDan18}`, () => wlzPastMogelijk({ permanentToezichtOf24UurZorgNabij, jongerDan18 })));
    }
  }
  uit.push(geval("indicatiebesluit", () => indicatiebesluitFeiten()));
  for (const z of ALLE_ZORGPROFIELEN) uit.push(geval(`uitleg ${z.code}`, () => uitlegZorgprofiel(z)));
  for (const invoer of ["", "ZP 5 VV", "1LVG", "onzin", "  ", "5 GGZ-W"]) uit.push(geval(`zorgprofiel ${invoer}`, () => parseZorgprofiel(invoer)));
  // Budgetplan, identificatie.
  uit.push(geval("budgetplan onderdelen", () => budgetplanOnderdelen()));
  for (const soort of [undefined, "instelling", "zzp", "persoon"] as const) uit.push(geval(`identificatie ${soort}`, () => identificatieVoorZorgverlener(soort)));
  for (const bsn of ["111222333", "123456789", "12"]) uit.push(geval(`bsn ${bsn}`, () => controleerBsn(bsn)));
  for (const kvk of ["12345678", "1234", "abc"]) uit.push(geval(`kvk ${kvk}`, () => controleerKvkNummer(kvk)));
  // Zorgovereenkomst.
  uit.push(geval("zorgovereenkomst", () => zorgovereenkomstEnZorgbeschrijving()));
  for (const portaal of [undefined, true, false]) uit.push(geval(`aanleveren ${portaal}`, () => aanleverenZorgovereenkomst(portaal)));
  uit.push(geval("kwaliteit", () => kwaliteitseis()));
  uit.push(geval("geen uurtarief", () => toetsUurtarief(zorgverlener({ uurtarief: undefined }), "2024-07-01")));
  // Declaraties (DE-*).
  for (const route of [undefined, "pgb-portaal", "svb"] as const) {
    uit.push(geval(`wanneer ${route}`, () => wanneerDeclareren(route)));
    for (const goedgekeurdDoorZorgkantoor of [undefined, true, false]) {
      for (const verwerktDoorSvb of [undefined, true, false]) {
        uit.push(geval(`mag declareren ${route} ${goedgekeurdDoorZorgkantoor} ${verwerktDoorSvb}`, () => magDeclareren({ route, goedgekeurdDoorZorgkantoor, verwerktDoorSvb })));
      }
    }
  }
  uit.push(geval("portaal", () => declarerenViaPortaal()));
  uit.push(geval("svb", () => declarerenViaSvb()));
  for (const vast of [true, false]) uit.push(geval(`declaraties nodig ${vast}`, () => declaratiesNodig(vast)));
  uit.push(geval("subsidievaststelling", () => subsidievaststelling()));
  uit.push(geval("taken svb", () => takenSvb()));
  uit.push(geval("taken svb salaris", () => takenSvb({ alleenSalarisadministratie: true })));
  for (const [ontvangen, peildatum] of [["2024-01-10", "2024-01-20"], ["2024-01-10", "2024-06-01"], ["2026-03-01", "2026-03-01"]] as const) {
    uit.push(geval(`termijn ${ontvangen} ${peildatum}`, () => declaratieTermijn(ontvangen, peildatum)));
  }
  // Toekenning (TK-*).
  for (const peildatum of PEILDATUMS) {
    uit.push(geval(`toekenningsfeiten ${peildatum}`, () => toekenningsfeiten(peildatum)));
    for (const woonsituatie of [undefined, "thuis", "wooninitiatief", "instelling"] as const) {
      for (const sector of [undefined, "VV", "VG"]) {
        uit.push(geval(`toeslagen ${woonsituatie} ${sector} ${peildatum}`, () => toeslagen({ woonsituatie, sector }, peildatum)));
      }
    }
    for (const inkomen of [0, 1_000_000, 3_000_000, 10_000_000, 100_000_000]) {
      uit.push(geval(`lage eigen bijdrage ${inkomen} ${peildatum}`, () => schatLageEigenBijdrage({ bijdrageplichtigInkomenPerJaar: inkomen, peildatum })));
    }
  }
  for (const leeftijd of [10, 17, 18, 67]) {
    for (const metMpt of [undefined, true]) uit.push(geval(`eigen bijdrage ${leeftijd} ${metMpt}`, () => eigenBijdrage({ leeftijd, metMpt })));
  }
  for (const gewaarborgdeHulp of [undefined, true, false]) uit.push(geval(`eindgronden ${gewaarborgdeHulp}`, () => eindgronden({ gewaarborgdeHulp })));
  uit.push(geval("beeindiging", () => beeindigingsfeiten()));
  // Zorgkantoren (ZK-*).
  for (const zk of ALLE_ZORGKANTOREN) uit.push(geval(`zorgkantoor ${zk.regio}`, () => zorgkantoorRedenen(zk)));
  uit.push(geval("over zorgkantoren", () => overZorgkantoren()));
  for (const invoer of ["Tilburg", "Weesp", "Vianen", "5038", "5038 AB", "9999", "Nergenshuizen", "Den Bosch", "Bergen", "Haren", "Hengelo", "Utrecht", "1011", "Leidschendam", "Zuidhorn", "Ooltgensplaat", "Ten Boer", "Akkrum", "8490", "8490 AB", "0123"]) {
    uit.push(geval(`zoek ${invoer}`, () => zoekZorgkantoor(invoer)));
  }
  return uit;
}

/**
 * The reasons of stap 4 to 6 and of the zorgkantoor search, each family from its own rules over a
 * spread of inputs, so every code of the family is produced (the words for someone filling in, and
 * the English words, are tested with them).
 */
export function declaratieRedenenVoorbeelden(): Reden[] {
  const redenen: Reden[] = [
    ...declaratieTermijn("2026-03-02", "2026-03-30").redenen,
    ...declaratieTermijn("2026-03-02", "2026-04-30").redenen,
    ...declarerenViaPortaal(),
    ...declarerenViaSvb(),
    ...declaratiesNodig(true).redenen,
    ...declaratiesNodig(false).redenen,
    ...subsidievaststelling(),
    ...takenSvb(),
  ];
  for (const route of [undefined, "pgb-portaal", "svb"] as const) {
    for (const stand of [undefined, true, false]) {
      redenen.push(...magDeclareren({ route, goedgekeurdDoorZorgkantoor: stand, verwerktDoorSvb: stand }).redenen);
    }
  }
  for (const pgb of [0, 10_000, 5_000_000, 100_000_000]) {
    for (const uitgavenAanZorg of [undefined, 0, 4_940_000, 4_990_000, 5_000_000]) {
      redenen.push(...verantwoordingsvrijBedrag(pgb, { uitgavenAanZorg, peildatum: "2026-03-01" }).redenen);
    }
  }
  return redenen;
}

export function toekenningRedenenVoorbeelden(): Reden[] {
  const redenen: Reden[] = [...beeindigingsfeiten(), ...eindgronden({ gewaarborgdeHulp: true }).flatMap((g) => g.redenen)];
  for (const peildatum of ["2021-06-01", "2024-06-01", "2026-06-01"]) {
    redenen.push(...toekenningsfeiten(peildatum));
    for (const woonsituatie of [undefined, "thuis", "wooninitiatief"] as const) {
      for (const sector of [undefined, "VV", "VG"]) redenen.push(...toeslagen({ woonsituatie, sector }, peildatum).redenen);
    }
    for (const inkomen of [0, 6_000_000, 100_000_000]) {
      redenen.push(...(schatLageEigenBijdrage({ bijdrageplichtigInkomenPerJaar: inkomen, peildatum })?.redenen ?? []));
    }
  }
  for (const leeftijd of [17, 18]) redenen.push(...eigenBijdrage({ leeftijd, metMpt: true }).redenen);
  return redenen;
}

export function zorgovereenkomstRedenenVoorbeelden(): Reden[] {
  const redenen: Reden[] = [
    ...zorgovereenkomstEnZorgbeschrijving(),
    ...aanleverenZorgovereenkomst(),
    ...kwaliteitseis(),
    ...toetsUurtarief(zorgverlener({ uurtarief: undefined }), "2024-07-01").redenen,
    ...toetsUurtarief(zorgverlener({ uurtarief: 7089 }), "2024-07-01", "begeleiding-groep-dagdeel").redenen,
    ...toetsUurtarief(zorgverlener({ relatie: undefined, uurtarief: 5000 }), "2024-07-01").redenen,
    ...toetsUurtarief(zorgverlener({ uurtarief: 1500 }), "2026-07-01").redenen,
  ];
  for (const [etmalen, inDeeltijdverblijf] of [[10, true], [10, false], [157, false]] as const) {
    redenen.push(...toetsLogeeropvang(etmalen, { inDeeltijdverblijf, peildatum: "2026-03-01" }).redenen);
  }
  const varianten: Partial<ZorgverlenerInvoer>[] = [
    { soort: "instelling", kvkGeregistreerd: undefined, uurtarief: 100_000 },
    { soort: "zzp", relatie: "overig", kvkGeregistreerd: true, uurtarief: 5000 },
    { soort: "persoon", relatie: "overig", bigGeregistreerd: true, uurtarief: 2000 },
    { soort: "persoon", relatie: "partner", bigGeregistreerd: true },
    { soort: "persoon", relatie: undefined, bigGeregistreerd: true, uurtarief: 5000 },
    { soort: "zzp", overeenkomst: undefined },
    { soort: "instelling", overeenkomst: undefined },
    { soort: "persoon", relatie: "partner", overeenkomst: undefined },
    { soort: "persoon", relatie: "overig", overeenkomst: undefined, dagenPerWeek: 2 },
    { soort: "persoon", relatie: "overig", overeenkomst: "arbeidsovereenkomst", dagenPerWeek: 4, uurtarief: 3000 },
    { soort: "persoon", relatie: "overig", overeenkomst: "arbeidsovereenkomst", dagenPerWeek: 1, optingIn: true },
    { soort: "persoon", relatie: "overig", overeenkomst: "arbeidsovereenkomst", dagenPerWeek: 1 },
    { soort: "persoon", relatie: "overig", overeenkomst: "arbeidsovereenkomst", dagenPerWeek: 2 },
    { soort: "persoon", relatie: "overig", overeenkomst: "arbeidsovereenkomst", dagenPerWeek: undefined },
    { soort: "persoon", relatie: "overig", overeenkomst: "opdracht" },
  ];
  for (const over of varianten) redenen.push(...beoordeelZorgverlener(zorgverlener(over), "2024-07-01").redenen);
  return redenen;
}
