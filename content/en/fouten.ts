/**
 * The English of content/fouten.ts: the error pages. `serverpaginas` are the words of the pages
 * the server builds without React (serverpaginas.json, which plain Node reads too): proxy.ts
 * answers in them when the page's language is English, and the front door shows them below the
 * Dutch (docs/decisions/032-talen.md, addendum 2026-12-05).
 */
import type { foutTeksten as nl } from "@/content/fouten";
import type { Vertaling } from "@/content/vertaling";
import serverpaginas from "./serverpaginas.json" with { type: "json" };

export const foutTeksten: Vertaling<typeof nl> = {
  nietGevonden: {
    titel: "This page does not exist",
    tekst: "We cannot find this page. Maybe the address was not copied correctly, or the page no longer exists.",
    getypt: "Did you type the address yourself? Then check that it is spelled correctly.",
  },
  fout: {
    titel: "Something went wrong",
    tekst: "Something went wrong on our side. It is not your fault.",
    bewaard: "What you saved earlier with Continue is not lost.",
    opnieuw: "Try again",
  },
  storing: {
    titel: "This did not work",
    tekst: "Something went wrong on our side. Nothing has changed: nothing saved and nothing deleted. Please try again in a few minutes.",
    terug: "Back to your application",
  },
  home: "Go to the start page",
  serverpaginas,
};
