/** The English of content/componenten.ts: words the shared components show on every page. */
import type { componenten as nl } from "@/content/componenten";
import type { Vertaling } from "@/content/vertaling";

export const componenten: Vertaling<typeof nl> = {
  begrip: {
    nieuwTabblad: "What this word means. Opens in a new tab.",
  },
  fout: {
    samenvattingKop: "There is a problem",
    voorvoegsel: "Error:",
  },
  stap: {
    van: (nummer: number, aantal: number) => `Step ${nummer} of ${aantal}`,
    kort: (nummer: number) => `Step ${nummer}`,
    deel: (nummer: number, aantal: number) => `Page ${nummer} of ${aantal}`,
  },
  knoppen: {
    doorgaan: "Continue",
    terug: "Back",
    startNu: "Start now",
  },
  samenvatting: {
    wijzig: "Change",
  },
  bewaarLink: {
    knop: "Save and continue later",
    eerstKnop: "Did you fill in something on this page? Then press the button above first. Otherwise it is not saved.",
  },
  onthul: {
    alleenBij: (optie: string) => `Only fill this in if you choose ${optie.toLowerCase()}.`,
  },
  status: {
    "niet-begonnen": "Not started",
    bezig: "In progress",
    klaar: "Completed",
    "kan-nog-niet": "Cannot start yet",
    "klaar-om-te-versturen": "Ready to send",
    verstuurd: "Sent",
  },
  statusOp: (status: string, datum: string) => `${status} on ${datum}`,
  uitkomst: {
    ja: "Possible",
    nee: "Not possible",
    navragen: "The zorgkantoor decides",
  },
  reden: {
    regel: (id: string) => `Rule ${id}`,
    bron: (bron: string) => `Source: ${bron}`,
    inTekst: (id: string, bron: string) => `(Rule ${id}, Source: ${bron})`,
    waarom: (regels: readonly string[]) =>
      regels.length === 1 ? `Why? (rule ${regels.join("")})` : `Why? (rules ${regels.slice(0, -1).join(", ")} and ${regels.at(-1) ?? ""})`,
  },
  melding: {
    info: "Important",
    succes: "Done",
    waarschuwing: "Warning",
  },
  maximaalTekens: (aantal: number) => `You can enter up to ${aantal} characters.`,
};
