/**
 * The markup of a list of reasons, each sentence already made: a server component where
 * components/uitkomst.tsx (RedenenLijst) uses it, a client component where the profielen table
 * does (app/zorgkantoor/profielen/tabel.tsx). So it imports nothing that only the server may hold:
 * no words of its own, no reason texts (docs/decisions/030-snelheid.md, addendum 2026-12-05).
 */
import type { ReactNode } from "react";
import type { Reden } from "@/rules/types";
import { RegelEnBron } from "./component-woorden";

/** The one way a rule is cited on a page: "Regel AV-02 · Bron: Stap 3, Gewaarborgde hulp". */
export function Bronvermelding({ reden }: { reden: Pick<Reden, "regel" | "bron"> }) {
  return (
    <p className="bronvermelding">
      <RegelEnBron regel={reden.regel} bron={reden.bron} />
    </p>
  );
}

/** One reason in a list: its code (for `data-reden`), its sentence, and its rule and source when they show under it. */
export interface RedenInLijst {
  code: string;
  regel: string;
  zin: ReactNode;
  /** Given: the citation under the sentence. */
  bron?: Pick<Reden, "regel" | "bron">;
}

/** Every reason's sentence carries `data-reden` (its code), wherever it sits: tests find them all by it. */
export function RedenenOpsomming({ redenen }: { redenen: readonly RedenInLijst[] }) {
  return (
    <ul className="redenen">
      {redenen.map((reden, index) => (
        <li key={`${reden.regel}-${index}`} className="reden">
          <p className="m-0" data-reden={reden.code}>
            {reden.zin}
          </p>
          {reden.bron !== undefined && <Bronvermelding reden={reden.bron} />}
        </li>
      ))}
    </ul>
  );
}
