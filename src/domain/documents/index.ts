/**
 * Which documents are due, under which key and file name, and with which tag values
 * (workbook.md, `Documents`). Pure: the action reads the tabs, this decides.
 */
export * from './kinds';
export * from './request';
export * from './values';
export * from './due';
