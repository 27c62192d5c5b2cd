/**
 * Stap 2, information page: the option the two questions lead to (LV-01), for this zorgprofiel
 * each form with its outcome and reasons (LV-02 … LV-13), and what vpt, mpt and pgb contain
 * (LV-07, LV-08, LV-10). A chosen form that is `nee` says so first, before anyone builds on it.
 */
import * as z from "zod";
import * as keuzeNl from "@/content/wizard/keuze";
import * as keuzeEn from "@/content/en/wizard/keuze";
import { zorgsoortLabels } from "@/content/redenen/leveringsvorm";
import { STANDAARDTAAL, type Taal } from "@/content/taal";
import { inTaal } from "@/content/vertaling";
import { beoordeelLeveringsvormen, PAKKETTEN, type AfgeleideLeveringsvorm, type VormSleutel } from "@/rules/leveringsvorm";
import { reden } from "@/rules/redenen";
import type { Antwoord, Reden } from "@/rules/types";
import { formatZorgprofiel } from "@/rules/zorgprofiel";
import type { Antwoorden } from "../antwoorden";
import type { Aanspreking, Uitleg, VraagDefinitie } from "../types";
import { keuzeSituatie, keuzeUit, zorgprofielWeergave } from "./feiten";
import { metBronIn } from "./met-bron";
import { metGezien } from "./velden";

/** Stap 2's words in `taal`, with the kinds of care in each package (docs/decisions/032-talen.md). */
function woordenIn(taal: Taal = STANDAARDTAAL) {
  const w = inTaal(taal, keuzeNl, keuzeEn);
  return { ...w, zorgsoortLabels: inTaal(taal, zorgsoortLabels, keuzeEn.zorgsoortLabels) };
}

/** The brochure's order of Stap 2: 1 verblijf, 2 zorg thuis (vpt, mpt), 3 pgb, 4 combinatie, 5 deeltijd. */
export const VORMEN_IN_VOLGORDE = ["verblijf", "vpt", "mpt", "pgb", "pgbMetMpt", "deeltijdverblijf"] as const satisfies readonly VormSleutel[];

export interface VormOverzicht {
  vorm: VormSleutel;
  naam: string;
  uitkomst: Antwoord;
  /** "mogelijk", "niet mogelijk", "vraag het zorgkantoor". */
  uitkomstLabel: string;
  redenen: Reden[];
  gekozen: boolean;
}

export interface PakketOverzicht {
  pakket: keyof typeof PAKKETTEN;
  kop: string;
  inhoud: string[];
  reden: Reden;
}

export interface KeuzeOverzicht {
  zorgprofiel: { code: string; naam: string; weergave: string };
  /** `null` while where to live or who arranges is not answered yet. */
  keuze: { leveringsvorm: AfgeleideLeveringsvorm; naam: string; redenen: Reden[]; mogelijk: boolean } | null;
  vormen: VormOverzicht[];
  /** The chosen forms that are `nee`: the page shows them first. */
  gekozenNietMogelijk: VormOverzicht[];
  pakketten: PakketOverzicht[];
}

function pakketten(taal: Taal): PakketOverzicht[] {
  const { keuzeVragen, pakketNamen, zorgsoortLabels } = woordenIn(taal);
  const t = keuzeVragen.uitkomst;
  const inhoud = (pakket: keyof typeof PAKKETTEN) => PAKKETTEN[pakket].map((soort) => zorgsoortLabels[soort]);
  return [
    { pakket: "vpt", kop: t.pakketKop(pakketNamen.vpt), inhoud: inhoud("vpt"), reden: reden("LV-07", "lv.vpt") },
    { pakket: "mpt", kop: t.pakketKop(pakketNamen.mpt), inhoud: inhoud("mpt"), reden: reden("LV-08", "lv.mpt") },
    { pakket: "pgb", kop: t.pgbPakketKop, inhoud: inhoud("pgb"), reden: reden("LV-10", "lv.pgb-geen-behandeling") },
  ];
}

/** The data of the uitkomst page, for a page that renders it richly; `null` without a zorgprofiel. Names in `taal`. */
export function keuzeOverzicht(a: Antwoorden, taal: Taal = STANDAARDTAAL): KeuzeOverzicht | null {
  const { vormNamen, uitkomstLabels, leveringsvormNamen } = woordenIn(taal);
  const situatie = keuzeSituatie(a);
  if (situatie === null) return null;
  const keuze = keuzeUit(a);
  const uitkomsten = keuze?.vormen ?? beoordeelLeveringsvormen(situatie);
  const vormen = VORMEN_IN_VOLGORDE.map((vorm): VormOverzicht => {
    const { uitkomst, redenen } = uitkomsten[vorm];
    return { vorm, naam: vormNamen[vorm], uitkomst, uitkomstLabel: uitkomstLabels[uitkomst], redenen, gekozen: keuze?.gekozen.includes(vorm) ?? false };
  });
  return {
    zorgprofiel: { code: situatie.zorgprofiel.code, naam: formatZorgprofiel(situatie.zorgprofiel), weergave: zorgprofielWeergave(situatie.zorgprofiel) },
    keuze:
      keuze === null
        ? null
        : { leveringsvorm: keuze.leveringsvorm, naam: leveringsvormNamen[keuze.leveringsvorm], redenen: keuze.redenen, mogelijk: keuze.mogelijk },
    vormen,
    gekozenNietMogelijk: vormen.filter((v) => v.gekozen && v.uitkomst === "nee"),
    pakketten: pakketten(taal),
  };
}

/** The same as text blocks, for the generic page. */
export function keuzeUitleg(a: Antwoorden, aanspreking: Aanspreking, taal: Taal = STANDAARDTAAL): Uitleg[] {
  const overzicht = keuzeOverzicht(a, taal);
  const t = woordenIn(taal).keuzeVragen.uitkomst;
  const metBron = metBronIn(taal);
  if (overzicht === null) return [];
  const blokken: Uitleg[] = [];
  if (overzicht.gekozenNietMogelijk.length > 0) {
    blokken.push({
      kop: t.gekozenNee(aanspreking),
      alineas: [
        ...overzicht.gekozenNietMogelijk.flatMap((v) => [t.gekozenVorm(v.naam, v.uitkomstLabel), ...v.redenen.map(metBron)]),
        t.kiesOpnieuw,
      ],
    });
  }
  blokken.push({
    kop: t.keuzeKop(aanspreking),
    alineas: [
      t.zorgprofiel(overzicht.zorgprofiel.weergave),
      ...(overzicht.keuze?.redenen.map(metBron) ?? []),
      ...overzicht.vormen.filter((v) => v.gekozen).map((v) => t.gekozenVorm(v.naam, v.uitkomstLabel)),
    ],
  });
  blokken.push({ kop: t.vormenKop, alineas: [t.vormenUitleg] });
  for (const v of overzicht.vormen) blokken.push({ kop: t.vormKop(v.naam, v.uitkomstLabel), alineas: v.redenen.map(metBron) });
  for (const p of overzicht.pakketten) blokken.push({ kop: p.kop, alineas: [metBron(p.reden)], lijst: p.inhoud });
  return blokken;
}

const schema = z.object({});

export const uitkomstVraag: VraagDefinitie<z.output<typeof schema>> = {
  slug: "uitkomst",
  stap: "keuze",
  ingevuld: (a) => a.gezien?.includes("uitkomst") === true,
  titel: ({ aanspreking, taal }) => woordenIn(taal).keuzeVragen.uitkomst.titel(aanspreking),
  uitleg: ({ antwoorden, aanspreking, taal }) => keuzeUitleg(antwoorden, aanspreking, taal),
  velden: () => [],
  schema,
  waarden: () => ({}),
  verwerk: (_geldig, a) => ({ ...a, gezien: metGezien(a.gezien, "uitkomst") }),
  samenvatting: () => [],
  // The button is the form's default, "Doorgaan", in the page's language.
};
