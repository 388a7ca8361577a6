// Which Country/Region codes both sites accept: ISO 3166-1 alpha-2, as LicenseServer.countryRegion and
// RecoveryRequest.countryRegion store them. The codes are written out here rather than read from
// i18n-iso-countries (7 kB gzip with its alpha-3 and numeric tables) because the forms' schemas check them
// in the browser (docs/decisions/030-forms-on-react-hook-form.md); countries.test.ts holds the list equal
// to i18n-iso-countries' own, whose names (names.ts) the selects show.
const CODES = new Set(
  (
    "AF AL DZ AS AD AO AI AQ AG AR AM AW AU AT AZ BS BH BD BB BY BE BZ BJ BM BT BO BA BW BV BR IO BN BG BF BI KH CM CA CV KY " +
    "CF TD CL CN CX CC CO KM CG CD CK CR CI HR CU CY CZ DK DJ DM DO EC EG SV GQ ER EE ET FK FO FJ FI FR GF PF TF GA GM GE DE " +
    "GH GI GR GL GD GP GU GT GN GW GY HT HM VA HN HK HU IS IN ID IR IQ IE IL IT JM JP JO KZ KE KI KP KR KW KG LA LV LB LS LR " +
    "LY LI LT LU MO MG MW MY MV ML MT MH MQ MR MU YT MX FM MD MC MN MS MA MZ MM NA NR NP NL NC NZ NI NE NG NU NF MP MK NO OM " +
    "PK PW PS PA PG PY PE PH PN PL PT PR QA RE RO RU RW SH KN LC PM VC WS SM ST SA SN SC SL SG SK SI SB SO ZA GS ES LK SD SR " +
    "SJ SZ SE CH SY TW TJ TZ TH TL TG TK TO TT TN TR TM TC TV UG UA AE GB US UM UY UZ VU VE VN VG VI WF EH YE ZM ZW AX BQ CW " +
    "GG IM JE ME BL MF RS SX SS XK"
  ).split(" "),
);

export function isCountryCode(code: string): boolean {
  return CODES.has(code);
}

/** Every accepted code (for the test that keeps the list equal to i18n-iso-countries'). */
export function countryCodes(): string[] {
  return [...CODES];
}
