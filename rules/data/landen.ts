/**
 * Every country and territory of ISO 3166-1 alpha-2 (249 codes) with its Dutch name, and the
 * memberships that TK-06 and TK-07 (Stap 4, Pgb in het buitenland) decide with.
 *
 * Sources: the ISO 3166-1 alpha-2 code list; Dutch names from CLDR (Unicode Common Locale Data
 * Repository, locale `nl`), with a few shortened to everyday Dutch (Hongkong, Macau, Myanmar).
 * Copied as literals, not read from `Intl` at run time, so a name never changes with the ICU
 * version of a server or browser.
 *
 * Decisions (for docs/decisions):
 * - EU: the 27 member states since 1 February 2020, after the United Kingdom left.
 * - Parts of a member state with their own ISO code count where EU law applies to them
 *   (art. 349 and 355 VWEU): Åland and the French outermost regions Frans-Guyana, Guadeloupe,
 *   Martinique, Réunion, Mayotte and Saint-Martin. The overseas countries and territories of
 *   Annex II VWEU (Aruba, Curaçao, Sint-Maarten, Caribisch Nederland, Groenland, …) do not.
 * - EER = EU + Liechtenstein, Noorwegen, IJsland (brochure, footnote 1). Spitsbergen en Jan
 *   Mayen is Norwegian but outside the EER agreement, so not EER.
 * - "BQ" Caribisch Nederland (Bonaire, Sint Eustatius, Saba) is part of the Netherlands but
 *   outside the EU (an overseas territory, Annex II VWEU) and outside the EER. The Wlz does not
 *   apply there, so for the pgb it is abroad: 13 weeks at most, aanvaardbaarheidspercentage 60.
 * - "NL" Nederland is in the list with its true memberships, because it is a country like any
 *   other; it is left out of `LANDEN_BUITENLAND`, the choices for a stay abroad.
 */

export interface Land {
  /** ISO 3166-1 alpha-2 */
  code: string;
  naam: string;
  eu: boolean;
  eer: boolean;
  zwitserland: boolean;
}

export const CODE_NEDERLAND = "NL";
export const CODE_ZWITSERLAND = "CH";

/** EU-27 since 1 February 2020 (the United Kingdom left on 31 January 2020). */
export const EU_LIDSTATEN: readonly string[] = [
  "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU",
  "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK",
];

/** Parts of member states with their own ISO code where EU law applies (art. 349, 355 VWEU). */
const EU_GEBIEDEN: readonly string[] = ["AX", "GF", "GP", "MQ", "RE", "YT", "MF"];

/** Brochure, Stap 4, footnote 1: "Bij de EER horen alle EU-landen plus Liechtenstein, Noorwegen en IJsland." */
export const EER_LANDEN_BUITEN_EU: readonly string[] = ["LI", "NO", "IS"];

const LANDNAMEN: readonly (readonly [string, string])[] = [
  ["AD", "Andorra"],
  ["AE", "Verenigde Arabische Emiraten"],
  ["AF", "Afghanistan"],
  ["AG", "Antigua en Barbuda"],
  ["AI", "Anguilla"],
  ["AL", "Albanië"],
  ["AM", "Armenië"],
  ["AO", "Angola"],
  ["AQ", "Antarctica"],
  ["AR", "Argentinië"],
  ["AS", "Amerikaans-Samoa"],
  ["AT", "Oostenrijk"],
  ["AU", "Australië"],
  ["AW", "Aruba"],
  ["AX", "Åland"],
  ["AZ", "Azerbeidzjan"],
  ["BA", "Bosnië en Herzegovina"],
  ["BB", "Barbados"],
  ["BD", "Bangladesh"],
  ["BE", "België"],
  ["BF", "Burkina Faso"],
  ["BG", "Bulgarije"],
  ["BH", "Bahrein"],
  ["BI", "Burundi"],
  ["BJ", "Benin"],
  ["BL", "Saint-Barthélemy"],
  ["BM", "Bermuda"],
  ["BN", "Brunei"],
  ["BO", "Bolivia"],
  ["BQ", "Caribisch Nederland"],
  ["BR", "Brazilië"],
  ["BS", "Bahama's"],
  ["BT", "Bhutan"],
  ["BV", "Bouveteiland"],
  ["BW", "Botswana"],
  ["BY", "Belarus"],
  ["BZ", "Belize"],
  ["CA", "Canada"],
  ["CC", "Cocoseilanden"],
  ["CD", "Congo-Kinshasa"],
  ["CF", "Centraal-Afrikaanse Republiek"],
  ["CG", "Congo-Brazzaville"],
  ["CH", "Zwitserland"],
  ["CI", "Ivoorkust"],
  ["CK", "Cookeilanden"],
  ["CL", "Chili"],
  ["CM", "Kameroen"],
  ["CN", "China"],
  ["CO", "Colombia"],
  ["CR", "Costa Rica"],
  ["CU", "Cuba"],
  ["CV", "Kaapverdië"],
  ["CW", "Curaçao"],
  ["CX", "Christmaseiland"],
  ["CY", "Cyprus"],
  ["CZ", "Tsjechië"],
  ["DE", "Duitsland"],
  ["DJ", "Djibouti"],
  ["DK", "Denemarken"],
  ["DM", "Dominica"],
  ["DO", "Dominicaanse Republiek"],
  ["DZ", "Algerije"],
  ["EC", "Ecuador"],
  ["EE", "Estland"],
  ["EG", "Egypte"],
  ["EH", "Westelijke Sahara"],
  ["ER", "Eritrea"],
  ["ES", "Spanje"],
  ["ET", "Ethiopië"],
  ["FI", "Finland"],
  ["FJ", "Fiji"],
  ["FK", "Falklandeilanden"],
  ["FM", "Micronesia"],
  ["FO", "Faeröer"],
  ["FR", "Frankrijk"],
  ["GA", "Gabon"],
  ["GB", "Verenigd Koninkrijk"],
  ["GD", "Grenada"],
  ["GE", "Georgië"],
  ["GF", "Frans-Guyana"],
  ["GG", "Guernsey"],
  ["GH", "Ghana"],
  ["GI", "Gibraltar"],
  ["GL", "Groenland"],
  ["GM", "Gambia"],
  ["GN", "Guinee"],
  ["GP", "Guadeloupe"],
  ["GQ", "Equatoriaal-Guinea"],
  ["GR", "Griekenland"],
  ["GS", "Zuid-Georgia en Zuidelijke Sandwicheilanden"],
  ["GT", "Guatemala"],
  ["GU", "Guam"],
  ["GW", "Guinee-Bissau"],
  ["GY", "Guyana"],
  ["HK", "Hongkong"],
  ["HM", "Heard en McDonaldeilanden"],
  ["HN", "Honduras"],
  ["HR", "Kroatië"],
  ["HT", "Haïti"],
  ["HU", "Hongarije"],
  ["ID", "Indonesië"],
  ["IE", "Ierland"],
  ["IL", "Israël"],
  ["IM", "Isle of Man"],
  ["IN", "India"],
  ["IO", "Brits Indische Oceaanterritorium"],
  ["IQ", "Irak"],
  ["IR", "Iran"],
  ["IS", "IJsland"],
  ["IT", "Italië"],
  ["JE", "Jersey"],
  ["JM", "Jamaica"],
  ["JO", "Jordanië"],
  ["JP", "Japan"],
  ["KE", "Kenia"],
  ["KG", "Kirgizië"],
  ["KH", "Cambodja"],
  ["KI", "Kiribati"],
  ["KM", "Comoren"],
  ["KN", "Saint Kitts en Nevis"],
  ["KP", "Noord-Korea"],
  ["KR", "Zuid-Korea"],
  ["KW", "Koeweit"],
  ["KY", "Kaaimaneilanden"],
  ["KZ", "Kazachstan"],
  ["LA", "Laos"],
  ["LB", "Libanon"],
  ["LC", "Saint Lucia"],
  ["LI", "Liechtenstein"],
  ["LK", "Sri Lanka"],
  ["LR", "Liberia"],
  ["LS", "Lesotho"],
  ["LT", "Litouwen"],
  ["LU", "Luxemburg"],
  ["LV", "Letland"],
  ["LY", "Libië"],
  ["MA", "Marokko"],
  ["MC", "Monaco"],
  ["MD", "Moldavië"],
  ["ME", "Montenegro"],
  ["MF", "Saint-Martin"],
  ["MG", "Madagaskar"],
  ["MH", "Marshalleilanden"],
  ["MK", "Noord-Macedonië"],
  ["ML", "Mali"],
  ["MM", "Myanmar"],
  ["MN", "Mongolië"],
  ["MO", "Macau"],
  ["MP", "Noordelijke Marianen"],
  ["MQ", "Martinique"],
  ["MR", "Mauritanië"],
  ["MS", "Montserrat"],
  ["MT", "Malta"],
  ["MU", "Mauritius"],
  ["MV", "Maldiven"],
  ["MW", "Malawi"],
  ["MX", "Mexico"],
  ["MY", "Maleisië"],
  ["MZ", "Mozambique"],
  ["NA", "Namibië"],
  ["NC", "Nieuw-Caledonië"],
  ["NE", "Niger"],
  ["NF", "Norfolkeiland"],
  ["NG", "Nigeria"],
  ["NI", "Nicaragua"],
  ["NL", "Nederland"],
  ["NO", "Noorwegen"],
  ["NP", "Nepal"],
  ["NR", "Nauru"],
  ["NU", "Niue"],
  ["NZ", "Nieuw-Zeeland"],
  ["OM", "Oman"],
  ["PA", "Panama"],
  ["PE", "Peru"],
  ["PF", "Frans-Polynesië"],
  ["PG", "Papoea-Nieuw-Guinea"],
  ["PH", "Filipijnen"],
  ["PK", "Pakistan"],
  ["PL", "Polen"],
  ["PM", "Saint-Pierre en Miquelon"],
  ["PN", "Pitcairneilanden"],
  ["PR", "Puerto Rico"],
  ["PS", "Palestijnse Gebieden"],
  ["PT", "Portugal"],
  ["PW", "Palau"],
  ["PY", "Paraguay"],
  ["QA", "Qatar"],
  ["RE", "Réunion"],
  ["RO", "Roemenië"],
  ["RS", "Servië"],
  ["RU", "Rusland"],
  ["RW", "Rwanda"],
  ["SA", "Saoedi-Arabië"],
  ["SB", "Salomonseilanden"],
  ["SC", "Seychellen"],
  ["SD", "Soedan"],
  ["SE", "Zweden"],
  ["SG", "Singapore"],
  ["SH", "Sint-Helena"],
  ["SI", "Slovenië"],
  ["SJ", "Spitsbergen en Jan Mayen"],
  ["SK", "Slowakije"],
  ["SL", "Sierra Leone"],
  ["SM", "San Marino"],
  ["SN", "Senegal"],
  ["SO", "Somalië"],
  ["SR", "Suriname"],
  ["SS", "Zuid-Soedan"],
  ["ST", "Sao Tomé en Principe"],
  ["SV", "El Salvador"],
  ["SX", "Sint-Maarten"],
  ["SY", "Syrië"],
  ["SZ", "Eswatini"],
  ["TC", "Turks- en Caicoseilanden"],
  ["TD", "Tsjaad"],
  ["TF", "Franse Gebieden in de zuidelijke Indische Oceaan"],
  ["TG", "Togo"],
  ["TH", "Thailand"],
  ["TJ", "Tadzjikistan"],
  ["TK", "Tokelau"],
  ["TL", "Oost-Timor"],
  ["TM", "Turkmenistan"],
  ["TN", "Tunesië"],
  ["TO", "Tonga"],
  ["TR", "Turkije"],
  ["TT", "Trinidad en Tobago"],
  ["TV", "Tuvalu"],
  ["TW", "Taiwan"],
  ["TZ", "Tanzania"],
  ["UA", "Oekraïne"],
  ["UG", "Oeganda"],
  ["UM", "Kleine afgelegen eilanden van de Verenigde Staten"],
  ["US", "Verenigde Staten"],
  ["UY", "Uruguay"],
  ["UZ", "Oezbekistan"],
  ["VA", "Vaticaanstad"],
  ["VC", "Saint Vincent en de Grenadines"],
  ["VE", "Venezuela"],
  ["VG", "Britse Maagdeneilanden"],
  ["VI", "Amerikaanse Maagdeneilanden"],
  ["VN", "Vietnam"],
  ["VU", "Vanuatu"],
  ["WF", "Wallis en Futuna"],
  ["WS", "Samoa"],
  ["YE", "Jemen"],
  ["YT", "Mayotte"],
  ["ZA", "Zuid-Afrika"],
  ["ZM", "Zambia"],
  ["ZW", "Zimbabwe"],
];

function maakLand([code, naam]: readonly [string, string]): Land {
  const eu = EU_LIDSTATEN.includes(code) || EU_GEBIEDEN.includes(code);
  return { code, naam, eu, eer: eu || EER_LANDEN_BUITEN_EU.includes(code), zwitserland: code === CODE_ZWITSERLAND };
}

/** All 249 ISO codes, in code order. */
export const LANDEN: readonly Land[] = LANDNAMEN.map(maakLand);

const LAND_PER_CODE: ReadonlyMap<string, Land> = new Map(LANDEN.map((land) => [land.code, land]));

/** The choices for a stay abroad: every country but Nederland, in Dutch alphabetical order. */
export const LANDEN_BUITENLAND: readonly Land[] = LANDEN.filter((land) => land.code !== CODE_NEDERLAND).sort((a, b) =>
  a.naam.localeCompare(b.naam, "nl"),
);

/** The country for an ISO code (any case), or `null` when the code names none. */
export function landVoorCode(code: string): Land | null {
  return LAND_PER_CODE.get(code.trim().toUpperCase()) ?? null;
}
