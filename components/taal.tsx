"use client";
/**
 * The page's language for client components (docs/decisions/032-talen.md). The root layout reads
 * it on the server (lib/taal.ts) and hands it down; a client component picks its words with
 * `inTaal(useTaal(), nl, en)`.
 */
import { createContext, use, type ReactNode } from "react";
import { STANDAARDTAAL, type Taal } from "@/content/taal";

const TaalContext = createContext<Taal>(STANDAARDTAAL);

export function TaalBron({ taal, children }: { taal: Taal; children: ReactNode }) {
  return <TaalContext value={taal}>{children}</TaalContext>;
}

export function useTaal(): Taal {
  return use(TaalContext);
}
