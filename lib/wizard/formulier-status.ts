import type { VeldFouten, Waarden } from "./types";

/** What a form's server action returns when it does not redirect: errors with the typed values. */
export interface FormulierStatus {
  fouten: VeldFouten;
  waarden: Waarden;
  /** The draft changed elsewhere (another tab): nothing was saved. */
  gewijzigd?: boolean;
  /** The database failed (full disk, gone): nothing was saved (docs/decisions/025-opslag.md). */
  nietBewaard?: boolean;
}
