/**
 * Which documents are due, under which key and file name, and with which tag values
 * (workbook.md, `Documents`). Pure: the action reads the tabs, this decides.
 */
export * from './kinds';
export * from './tags';
export * from './mentions';
export * from './request';
export * from './values';
export * from './hours';
export * from './job';
export * from './due';
