/**
 * The English of content/wizard/keuze.ts: stap 2, zorg in natura or pgb. The forms keep their
 * Dutch names in brackets where the zorgkantoor and the brochure use them (vpt, mpt, pgb).
 */
import type {
  keuzeVragen as keuzeVragenNl,
  leveringsvormNamen as leveringsvormNamenNl,
  pakketNamen as pakketNamenNl,
  uitkomstLabels as uitkomstLabelsNl,
  vormNamen as vormNamenNl,
} from "@/content/wizard/keuze";
import type { zorgsoortLabels as zorgsoortLabelsNl } from "@/content/redenen/leveringsvorm";
import type { Vertaling } from "@/content/vertaling";
import type { Aanspreking } from "@/lib/wizard/types";

export const keuzeVragen: Vertaling<typeof keuzeVragenNl> = {
  woonwens: {
    titel: (a: Aanspreking): string => (a.zelf ? "Where do you want to live?" : `Where does ${a.naam} want to live?`),
    opties: {
      thuis: "At home",
      instelling: "In an institution",
      deeltijd: "Partly at home and partly in an institution",
    },
    hints: {
      instelling: "For example a nursing home or a home for people with a disability. This is called a Wlz-instelling (a care institution under the Wlz).",
      deeltijd: (dagen: string): string =>
        `This is called deeltijdverblijf (part-time stay): ${dagen} days out of 14 in an institution, the other days at home.`,
    },
    leeg: "Choose at home, in an institution, or partly at home and partly in an institution.",
    dagenLabel: (a: Aanspreking): string =>
      a.zelf ? "How many days out of 14 do you want to live in the institution?" : `How many days out of 14 does ${a.naam} want to live in the institution?`,
    dagenHint: "Only fill this in if you choose part-time. For example: 7.",
    dagenLeeg: "Enter how many days out of 14 in the institution. For example: 7.",
    dagenGeenGetal: "Enter a whole number, for example 7.",
    dagenBereik: (min: number, max: number): string => `Enter a number from ${min} to ${max}.`,
    deeltijdAntwoord: (dagen: number): string =>
      `Partly at home and partly in an institution: ${dagen} ${dagen === 1 ? "day" : "days"} out of 14 in the institution`,
  },
  regie: {
    titel: (a: Aanspreking): string => (a.zelf ? "Who will arrange your care?" : `Who will arrange the care of ${a.naam}?`),
    hint: "The zorgkantoor (the care office of your region) arranges the care from the Wlz. Every region has its own zorgkantoor. The care can also be arranged by yourself.",
    opties: {
      zorgkantoor: "The zorgkantoor",
      zelf: "Arrange it myself, with a pgb",
      allebei: "Both: part myself, part through the zorgkantoor",
    },
    hints: {
      zorgkantoor: "The zorgkantoor makes sure a care provider gives the care. This is called zorg in natura (care in kind, zin).",
      zelf: (a: Aanspreking): string =>
        a.zelf
          ? "You buy the care yourself with a persoonsgebonden budget (pgb, a personal budget). You choose who gives the care, when and where."
          : `${a.naam} buys the care with a persoonsgebonden budget (pgb, a personal budget), with help if needed. That way you choose who gives the care, when and where.`,
      allebei: "You arrange part of the care yourself with a pgb. The zorgkantoor arranges the other part.",
    },
    leeg: "Choose who will arrange the care.",
  },
  uitkomst: {
    titel: (a: Aanspreking): string =>
      a.zelf ? "What is possible with your zorgprofiel?" : `What is possible with the zorgprofiel of ${a.naam}?`,
    keuzeKop: (a: Aanspreking): string => (a.zelf ? "Your choice" : `The choice for ${a.naam}`),
    zorgprofiel: (naam: string): string => `Zorgprofiel: ${naam}.`,
    gekozenNee: (a: Aanspreking): string =>
      a.zelf ? "Warning: your choice is not possible" : `Warning: the choice for ${a.naam} is not possible`,
    kiesOpnieuw: "Choose something else in the questions before. Or ask the zorgkantoor what is possible.",
    gekozenVorm: (vorm: string, uitkomst: string): string => `${vorm}: ${uitkomst}.`,
    vormenKop: "What is possible with this zorgprofiel?",
    vormenUitleg:
      "Below you see for each form if it is possible, and why. A code like LV-02 is the rule it is based on. After it you see where to read it in the brochure.",
    vormKop: (vorm: string, uitkomst: string): string => `${vorm}: ${uitkomst}`,
    pakketKop: (pakket: string): string => `What is in a ${pakket}?`,
    pgbPakketKop: "What can you use a pgb for?",
    geenBehandeling: "With a pgb you can buy your own care. You cannot get a pgb for Wlz treatment (Wlz-behandeling).",
  },
};

export const vormNamen: Vertaling<typeof vormNamenNl> = {
  verblijf: "Living in a Wlz-instelling (zorg in natura)",
  vpt: "Volledig pakket thuis (vpt, full package at home, zorg in natura)",
  mpt: "Modulair pakket thuis (mpt, modular package at home, zorg in natura)",
  pgb: "Persoonsgebonden budget (pgb, personal budget)",
  pgbMetMpt: "Pgb together with a modulair pakket thuis (mpt)",
  deeltijdverblijf: "Deeltijdverblijf (partly at home, partly in an institution)",
};

export const leveringsvormNamen: Vertaling<typeof leveringsvormNamenNl> = {
  pgb: "Persoonsgebonden budget (pgb, personal budget)",
  "zin-thuis": "Care at home through the zorgkantoor (vpt or mpt)",
  "pgb-met-mpt": "Pgb together with a modulair pakket thuis (mpt)",
  verblijf: "Living in a Wlz-instelling (zorg in natura)",
  "pgb-in-instelling": "Living in an institution, with a pgb for daytime activities (dagbesteding)",
  deeltijdverblijf: "Deeltijdverblijf (partly at home, partly in an institution)",
};

export const uitkomstLabels: Vertaling<typeof uitkomstLabelsNl> = {
  ja: "possible",
  nee: "not possible",
  navragen: "ask the zorgkantoor",
};

export const pakketNamen: Vertaling<typeof pakketNamenNl> = {
  vpt: "volledig pakket thuis (vpt)",
  mpt: "modulair pakket thuis (mpt)",
};

/** The kinds of care in each package, in English (content/redenen/leveringsvorm.ts has the Dutch). */
export const zorgsoortLabels: Vertaling<typeof zorgsoortLabelsNl> = {
  verpleging: "nursing",
  "persoonlijke-verzorging": "personal care",
  begeleiding: "support (individual and in a group)",
  "wlz-behandeling": "Wlz treatment",
  "vervoer-dagbesteding-of-dagbehandeling": "transport to and from daytime activities or day treatment",
  "vervoer-dagbesteding": "transport to and from daytime activities (group support)",
  maaltijden: "meals (food and drink)",
  "schoonmaken-woning": "cleaning the home",
  "huishoudelijke-hulp": "help in the household",
  logeeropvang: "short stays (logeeropvang)",
};
