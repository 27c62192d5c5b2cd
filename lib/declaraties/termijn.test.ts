import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { declaratiesTeksten } from "@/content/wizard/declaraties";
import { declaratiesTeksten as declaratiesEnTeksten } from "@/content/en/wizard/declaraties";
import { datumVanDagNummer, plusDagen } from "@/rules/datum";
import { datumMetDag, termijnSchema, termijnUitkomst, weekdagIndex } from "./termijn";

const t = declaratiesTeksten.termijn;
const VANDAAG = "2026-03-10";

function fout(invoer: unknown): string | undefined {
  const uitkomst = termijnSchema(VANDAAG).safeParse({ ontvangen: invoer });
  return uitkomst.success ? undefined : uitkomst.error.issues[0]?.message;
}

describe("termijnSchema", () => {
  it("reads a Dutch date as typed", () => {
    expect(termijnSchema(VANDAAG).parse({ ontvangen: " 2-3-2026 " })).toEqual({ ontvangen: "2026-03-02" });
    expect(termijnSchema(VANDAAG).parse({ ontvangen: "10/03/2026" })).toEqual({ ontvangen: VANDAAG });
  });

  it("says in Dutch what is wrong: empty, no date, a day that does not exist, a day to come", () => {
    expect(fout("")).toBe(t.fout.leeg);
    expect(fout(undefined)).toBe(t.fout.leeg);
    expect(fout("gisteren")).toBe(t.fout.vorm);
    expect(fout("2026-03-02")).toBe(t.fout.vorm);
    expect(fout("2-3/2026")).toBe(t.fout.vorm);
    expect(fout("31-02-2026")).toBe(t.fout.bestaatNiet);
    expect(fout("29-02-2025")).toBe(t.fout.bestaatNiet);
    expect(fout("11-03-2026")).toBe(t.fout.toekomst);
    expect(fout(["1-3-2026", "2-3-2026"])).toBeDefined();
  });
});

describe("weekdagIndex and datumMetDag", () => {
  it("names the day: 1 January 1970 was a Thursday, 30 March 2026 is a Monday", () => {
    expect(weekdagIndex("1970-01-01")).toBe(3);
    expect(weekdagIndex("1969-12-29")).toBe(0);
    expect(datumMetDag("2026-03-30")).toBe("maandag 30-03-2026");
    expect(datumMetDag("2026-04-05")).toBe("zondag 05-04-2026");
  });

  it("property: the next day is the next weekday", () => {
    fc.assert(
      fc.property(fc.integer({ min: -700000, max: 2900000 }), (n) => {
        const dag = datumVanDagNummer(n);
        expect(weekdagIndex(plusDagen(dag, 1))).toBe((weekdagIndex(dag) + 1) % 7);
      }),
    );
  });
});

describe("termijnUitkomst (DE-03)", () => {
  it("the last day is four weeks after receipt, with the days left", () => {
    const u = termijnUitkomst("2026-03-02", VANDAAG);
    expect(u).toMatchObject({ uiterlijk: "2026-03-30", dagenOver: 20, teLaat: false });
    expect(u.kop).toBe(t.uitkomstKop("maandag 30-03-2026"));
    expect(u.stand).toBe(t.nogDagen(20));
    expect(u.redenen.every((r) => r.regel === "DE-03")).toBe(true);
  });

  it("says today, tomorrow, yesterday and days ago", () => {
    expect(termijnUitkomst("2026-02-10", VANDAAG).stand).toBe(t.vandaag);
    expect(termijnUitkomst("2026-02-11", VANDAAG).stand).toBe(t.morgen);
    const gisteren = termijnUitkomst("2026-02-09", VANDAAG);
    expect(gisteren).toMatchObject({ teLaat: true, dagenOver: -1, stand: t.teLaat(1) });
    expect(gisteren.kop).toBe(t.teLaatKop("maandag 09-03-2026"));
    expect(termijnUitkomst("2026-01-01", VANDAAG).stand).toBe(t.teLaat(40));
    expect(gisteren.redenen).toHaveLength(2);
  });
});

describe("in English (docs/decisions/032-talen.md)", () => {
  it("gives the error, the weekday and the outcome in English, the date in the Dutch notation", () => {
    const en = declaratiesEnTeksten.termijn;
    const fout = termijnSchema(VANDAAG, "en").safeParse({ ontvangen: "31-02-2026" });
    expect(fout.success ? null : fout.error.issues[0]?.message).toBe(en.fout.bestaatNiet);
    expect(datumMetDag("2026-03-30", "en")).toBe("Monday 30-03-2026");
    expect(termijnUitkomst("2026-03-02", VANDAAG, "en").kop).toBe(en.uitkomstKop("Monday 30-03-2026"));
    expect(termijnUitkomst("2026-03-02", VANDAAG).kop).toBe(t.uitkomstKop("maandag 30-03-2026"));
  });
});
