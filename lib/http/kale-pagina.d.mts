/** Types of kale-pagina.mjs (plain JavaScript, so server.mjs can run it without a build). */
export declare const KALE_PAGINA_CSP: string;
export declare const VOET_PADEN: {
  readonly privacy: "/privacy";
  readonly toegankelijkheid: "/toegankelijkheid";
  readonly contact: "/contact";
  readonly begrippen: "/begrippen";
  readonly reactie: "/contact#reactie";
};
export interface OverDezeWebsite {
  label: string;
  privacy: string;
  toegankelijkheid: string;
  contact: string;
  begrippen: string;
  reactie: string;
}
export declare function kalePaginaHtml(
  pagina: { titel: string; tekst: readonly string[] },
  kader: { dienstnaam: string; voetTekst: string; home: string; overDezeWebsite?: OverDezeWebsite },
  taal?: "nl" | "en",
  ook?: { taal: "nl" | "en"; pagina: { titel: string; tekst: readonly string[] } },
): string;
