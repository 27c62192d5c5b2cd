/**
 * A resume or share link to pass on: shown in full as text that wraps (a textarea cut it off at
 * 360 px), the date until which it works, "Mail deze link" (a `mailto:` the person's own mail
 * program opens, no JavaScript needed) and, once JavaScript runs, a copy button
 * (docs/decisions/031-burgerpaginas.md).
 */
import { linkDoorgeven as linkDoorgevenEn } from "@/content/en/link-doorgeven";
import { linkDoorgeven } from "@/content/link-doorgeven";
import { STANDAARDTAAL, type Taal } from "@/content/taal";
import { inTaal } from "@/content/vertaling";
import { mailtoLink, type Mail } from "@/lib/mailto";
import { KopieerKnop } from "./kopieer-knop";

export interface LinkDoorgevenProps {
  /** The id of the element holding the link; its hint is `<id>-hint`. */
  id: string;
  label: string;
  link: string;
  /** "De link werkt tot en met dd-mm-jjjj." */
  geldig: string;
  mail: Omit<Mail, "aan">;
  kopieer: string;
  gekopieerd: string;
  /** The page's language, for "Mail deze link"; the mail itself comes in `mail`, in the same language. */
  taal?: Taal;
}

/** A date dd-mm-jjjj in the text stays on one line: it broke after "03-01-" at 360 px. */
function DatumHeel({ tekst }: { tekst: string }) {
  return tekst.split(/(\d{2}-\d{2}-\d{4})/).map((deel, i) =>
    i % 2 === 1 ? (
      <span key={i} className="whitespace-nowrap">
        {deel}
      </span>
    ) : (
      deel
    ),
  );
}

export function LinkDoorgeven({ id, label, link, geldig, mail, kopieer, gekopieerd, taal = STANDAARDTAAL }: LinkDoorgevenProps) {
  const t = inTaal(taal, linkDoorgeven, linkDoorgevenEn);
  return (
    <div>
      <p id={`${id}-label`} className="mb-1 font-bold">
        {label}
      </p>
      <p
        id={id}
        data-volledige-link=""
        className="mb-2 border-2 border-inkt bg-white p-2 font-mono text-base break-all select-all"
      >
        {link}
      </p>
      <p id={`${id}-hint`} className="mb-3">
        <DatumHeel tekst={geldig} />
      </p>
      <p className="mb-1">
        <a href={mailtoLink(mail)} className="font-bold">
          {t.mail}
        </a>
      </p>
      <p className="mb-0 text-grijs">{t.mailUitleg}</p>
      <KopieerKnop tekst={link} label={kopieer} gelukt={gekopieerd} />
    </div>
  );
}
