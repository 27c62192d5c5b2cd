/** The English of content/link-doorgeven.ts: passing a resume or share link on, and its e-mail. */
import type { linkDoorgeven as nl } from "@/content/link-doorgeven";
import type { Vertaling } from "@/content/vertaling";

export const linkDoorgeven: Vertaling<typeof nl> = {
  mail: "Email this link",
  mailUitleg: "Your email program opens a new email with the link in it. You choose who to send it to.",
  hervat: {
    onderwerp: "Your link to continue your pgb application",
    tekst: (link: string, datum: string) =>
      [
        "With this link you continue your application for a pgb (personal budget) from the Wlz (Long-term Care Act):",
        "",
        link,
        "",
        `The link works until ${datum}.`,
        "Anyone with this link can read your answers. Do not forward this email.",
      ].join("\n"),
  },
  deel: {
    onderwerp: {
      meekijken: "Link to read a pgb application",
      "gewaarborgde-hulp": "Link to sign the budgetplan as gewaarborgde hulp",
    },
    tekst: (link: string, datum: string, rol: "meekijken" | "gewaarborgde-hulp") =>
      [
        rol === "meekijken"
          ? "With this link you can read an application for a pgb (personal budget) from the Wlz (Long-term Care Act). You cannot change anything:"
          : "With this link you read the application for a pgb (personal budget) from the Wlz (Long-term Care Act) and sign the budgetplan (budget plan) as gewaarborgde hulp (the person who guarantees the care):",
        "",
        link,
        "",
        `The link works until ${datum}.`,
        "Anyone with this link can read the application. Do not forward this email.",
      ].join("\n"),
  },
};
