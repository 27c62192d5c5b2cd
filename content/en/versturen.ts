/** The English of content/versturen.ts: the page after stap 3, what to send and where. */
import type { versturen as nl } from "@/content/versturen";
import type { Vertaling } from "@/content/vertaling";
import type { Aanspreking } from "@/lib/wizard/types";

const vanAanvrager = (a: Aanspreking): string => (a.zelf ? "your application" : `${a.naam}'s application`);

export const versturen: Vertaling<typeof nl> = {
  titel: "Sending the application",
  terug: "Back to the overview",
  nietVerstuurd: {
    titel: (a: Aanspreking): string => `${a.zelf ? "Your application" : `${a.naam}'s application`} has not been sent yet`,
    tekst: (a: Aanspreking): string =>
      `Step 3 is done, but this website does not send anything. You send ${vanAanvrager(a)} to the zorgkantoor (the care office of your region) yourself. Below you can read how.`,
  },
  antwoordenLink: "View or change the answers of step 3",
  watKop: "What do you send?",
  watUitleg: "Send these papers together to the zorgkantoor:",
  naarWieKop: "To which zorgkantoor?",
  zorgkantoor: {
    naam: "Zorgkantoor",
    regio: (regio: string, zorgverzekeraar: string): string => `Zorgkantoor ${regio} (${zorgverzekeraar})`,
    telefoon: "Phone",
    website: "Website",
    adres: "Address",
    adresOnbekend: "The address is not in the brochure. You can find it on the zorgkantoor's website. You can also ask for it on the phone.",
  },
  daarnaKop: "What happens next?",
  geenTermijn: "The brochure does not say how long the talk and the decision take. Do you want to know how long it takes? Ask your zorgkantoor.",
  verstuurdKop: "Have you sent the application?",
  verstuurdUitleg: "Tick the box when you have sent the application to the zorgkantoor. Then the overview shows that it was sent, and when. We do not send anything on.",
  verstuurdLabel: "I have sent the application to the zorgkantoor",
  verstuurdKnop: "Save",
  verstuurdOp: (datum: string): string => `You ticked this on ${datum}. Is that not right? Untick the box and click Save.`,
  verstuurdMelding: {
    titel: "You have sent the application",
    tekst: (datum: string): string => `On ${datum} you said that you sent the application to the zorgkantoor. The zorgkantoor will then invite you for a talk.`,
  },
};
