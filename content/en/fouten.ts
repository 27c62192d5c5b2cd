/**
 * The English of content/fouten.ts: the error pages. `serverpaginas` are the words of the pages
 * the server builds without React; those pages still show the Dutch of serverpaginas.json
 * (docs/decisions/032-talen.md, addendum 2026-12-05), this English is ready for when they follow
 * the language too.
 */
import type { foutTeksten as nl } from "@/content/fouten";
import type { Vertaling } from "@/content/vertaling";

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
  serverpaginas: {
    kader: {
      dienstnaam: "Applying for a Wlz pgb",
      voetTekst: "This website helps you. It does not decide anything. The zorgkantoor (the care office of your region) decides on your application.",
      home: "Go to the start page",
      overDezeWebsite: {
        label: "About this website",
        privacy: "Privacy",
        toegankelijkheid: "Accessibility",
        contact: "Contact",
        begrippen: "Words explained",
        reactie: "Give your opinion",
      },
    },
    ongeldigAdres: {
      titel: "This address is not right",
      tekst: [
        "The address of this page contains a character we cannot read.",
        "Were you sent a link? Then copy the whole link and try again.",
      ],
    },
    onleesbaar: {
      titel: "We could not read what you sent",
      tekst: ["What you sent did not reach us properly. Nothing has been saved.", "Go back to the previous page and send the form again."],
    },
    teGroot: {
      titel: "What you sent is too big",
      tekst: [
        "This form cannot save that much text. Nothing has been saved.",
        "Go back to the previous page, make your text shorter and send the form again.",
      ],
    },
    teLangzaam: {
      titel: "Sending took too long",
      tekst: [
        "What you sent did not reach us in time. Maybe your internet connection is poor for a moment. Nothing has been saved.",
        "Go back to the previous page and send the form again.",
      ],
    },
    kapotVerzoek: {
      titel: "This request is not right",
      tekst: ["Your browser sent something we cannot read.", "Open the start page again."],
    },
    api: {
      teGroot: { title: "Request too large", detail: "The request is too large." },
      teLangzaam: { title: "Request too slow", detail: "The request did not arrive in full in time. Send it again." },
    },
  },
};
