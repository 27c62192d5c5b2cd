/**
 * Drafts (docs/decisions/017-drafts.md): "A database file must not contain any answer in plain text." After a journey with
 * distinctive answers, the test server's SQLite files (`drafts.sqlite` and its write-ahead log)
 * are read byte for byte: none of the answers occurs, in UTF-8 or UTF-16LE, nor does the key.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { aanvraagVragen } from "@/content/wizard/aanvraag";
import { bezoeker, expect, test } from "./hulp/bezoeker";
import { MOEDER, standaardBudgetplan, vulBudgetplanIn } from "./hulp/budgetplan";
import {
  begin,
  beantwoordWeigeringsgronden,
  bewaarVoorLater,
  controleerEnRondAf,
  controleRij,
  doeStap1MetIndicatie,
  doeStap2,
  geefGewaarborgdeHulp,
  kiesVoorWie,
  leesGesprek,
  openStap,
  vinkVaardighedenAan,
} from "./hulp/stappen";

function databaseBestanden(): { naam: string; inhoud: Buffer }[] {
  const map = process.env.E2E_DATA_DIR;
  if (map === undefined) throw new Error("E2E_DATA_DIR ontbreekt: playwright.config.ts zet die");
  return ["drafts.sqlite", "drafts.sqlite-wal"]
    .map((naam) => path.join(map, naam))
    .filter((bestand) => existsSync(bestand))
    .map((bestand) => ({ naam: path.basename(bestand), inhoud: readFileSync(bestand) }));
}

test.describe("de database", () => {
  test("bevat na een reis geen van de getypte antwoorden leesbaar", async ({ page, browser, javaScriptEnabled }) => {
    const aanvrager = "Bartholomeus-Wilhelmina";
    const hulp = {
      naam: "Petronella Mantelzorg-Verhoeven",
      relatie: "achterkleindochter van moederskant",
      wettelijkVertegenwoordiger: "ja",
      telefoon: "+31 6 1357 9246",
      email: "petronella.verhoeven@voorbeeld-mantelzorg.nl",
    } as const;
    const henk = { zelf: false, naam: aanvrager };
    const b = bezoeker(page, { browser, javaScriptEnabled, aanspreking: henk });

    await begin(b);
    await kiesVoorWie(b, "familie", aanvrager);
    await doeStap1MetIndicatie(b, "VV 5");
    await doeStap2(b, "thuis", "zelf");
    await openStap(b, "aanvraag", "vaardigheden");
    await vinkVaardighedenAan(b, 4);
    await geefGewaarborgdeHulp(b, hulp);
    await beantwoordWeigeringsgronden(b);
    const plan = standaardBudgetplan({ rol: "beide" });
    const zorgverlener = { ...MOEDER, naam: "Cornelia Zorgzaam-Terpstra", plaats: "Oudeschild", nummer: "100000009" };
    await vulBudgetplanIn(b, {
      ...plan,
      persoonsgegevens: { achternaam: "Wolkenkrabber-Ypma", geboortedatum: "17-05-1948", bsn: "111111110" },
      reden: "Vanwege de schildpadverzameling van oom Ferdinand",
      zorgverleners: [zorgverlener],
    });
    await leesGesprek(b);
    // The answers reached the server: the check page shows them back.
    const gh = aanvraagVragen.gewaarborgdeHulp;
    for (const [rij, waarde] of [
      [gh.rijen.naam, hulp.naam],
      [gh.rijen.relatie, hulp.relatie],
      [gh.rijen.telefoon, hulp.telefoon],
      [gh.rijen.email, hulp.email],
    ] as const) {
      await expect(controleRij(page, rij)).toContainText(waarde);
    }
    await controleerEnRondAf(b, "aanvraag");
    const link = await bewaarVoorLater(b);
    const sleutel = /sleutel=[\w-]+\.([\w-]{43})$/.exec(link)?.[1];
    expect(sleutel).toBeDefined();

    const bestanden = databaseBestanden();
    expect(bestanden.map((b) => b.naam)).toContain("drafts.sqlite");
    expect(bestanden.reduce((som, b) => som + b.inhoud.length, 0)).toBeGreaterThan(0);

    const geheimen = [
      aanvrager, hulp.naam, hulp.relatie, hulp.telefoon, hulp.email, "Mantelzorg", "Verhoeven", "13579246", sleutel ?? "",
      // The budgetplan: the achternaam, BSNs, the reason, a zorgverlener and where she lives.
      "Wolkenkrabber", "111111110", "schildpadverzameling", "Zorgzaam-Terpstra", "Oudeschild", "100000009",
    ];
    const gevonden: string[] = [];
    for (const { naam, inhoud } of bestanden) {
      for (const geheim of geheimen) {
        for (const codering of ["utf8", "utf16le"] as const) {
          if (inhoud.includes(Buffer.from(geheim, codering))) gevonden.push(`${geheim} (${codering}) in ${naam}`);
        }
      }
      // The key itself, as bytes, is not there either: the server does not keep it.
      if (sleutel !== undefined && inhoud.includes(Buffer.from(sleutel, "base64url"))) gevonden.push(`de sleutel (bytes) in ${naam}`);
    }
    expect(gevonden).toEqual([]);
  });
});
