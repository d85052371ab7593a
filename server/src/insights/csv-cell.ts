/**
 * A spreadsheet runs cells that start like a formula (OWASP "CSV injection"): `=`, `+`, `-`, `@`,
 * a tab, CR or LF (some spreadsheets skip leading line breaks), and the full-width forms
 * (`＝＋－＠`) that some spreadsheets read as their ASCII twins. A leading apostrophe keeps the
 * cell text.
 */
const FORMULA_START = /^[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/;

export const csvCell = (v: string | null | undefined): string =>
  v && FORMULA_START.test(v) ? `'${v}` : (v ?? '');
