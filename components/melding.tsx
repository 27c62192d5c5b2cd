/**
 * GOV.UK notification banner. A success message is a live status (announced after a form
 * action); other banners are landmarks named by their heading, so they can be found again.
 */
import { type ReactNode, useId } from "react";
import { MeldingWoord } from "./component-woorden";

export type MeldingSoort = "info" | "succes" | "waarschuwing";

export interface MeldingProps {
  soort: MeldingSoort;
  /** The banner's heading; defaults to "Belangrijk", "Gelukt" or "Let op". */
  titel?: string;
  /** Heading level of the title: 2 on the page, 3 under a section's own h2. */
  niveau?: 2 | 3;
  children: ReactNode;
}

const KLEUR: Record<MeldingSoort, { rand: string; kop: string }> = {
  info: { rand: "border-merk", kop: "bg-merk" },
  succes: { rand: "border-goed", kop: "bg-goed" },
  waarschuwing: { rand: "border-let-op", kop: "bg-let-op" },
};

export function Melding({ soort, titel, niveau = 2, children }: MeldingProps) {
  const Kop = niveau === 2 ? "h2" : "h3";
  const titelId = useId();
  const kleur = KLEUR[soort];
  const rol = soort === "succes" ? { role: "status" } : { role: "region", "aria-labelledby": titelId };
  return (
    <div {...rol} data-melding={soort} className={`mb-8 border-[5px] ${kleur.rand}`}>
      <div className={`${kleur.kop} px-4 pt-0.5 pb-1 text-white`}>
        <Kop id={titelId} className="m-0 text-base font-bold">
          {titel ?? <MeldingWoord soort={soort} />}
        </Kop>
      </div>
      <div className="bg-white px-4 py-4 [&>*:last-child]:mb-0">{children}</div>
    </div>
  );
}
