/** Types of voordeur.mjs (plain JavaScript, so server.mjs can run it without a build). */
import type { IncomingMessage, Server, ServerResponse } from "node:http";

export declare const STANDAARD: Readonly<{ kopMs: number; lichaamMs: number; maxBytes: number }>;
export declare function antwoordVan(status: number, soort: "teGroot" | "teLangzaam" | "kapotVerzoek", pad: string): { koppen: Record<string, string>; lichaam: string };
export declare function maakVoordeur(opties: {
  behandel: (verzoek: IncomingMessage, antwoord: ServerResponse) => unknown;
  kopMs?: number;
  lichaamMs?: number;
  maxBytes?: number;
}): Server;
