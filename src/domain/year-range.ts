/**
 * The years a cohort date can fall in (workbook.md, `invalid_date`): anything else is a number
 * typed in a date cell (a phone number, a serial gone wrong), never a real date of the programme.
 */
export const FIRST_YEAR = 1990;
export const LAST_YEAR = 2100;
