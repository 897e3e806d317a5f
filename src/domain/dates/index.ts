/**
 * Every date and time computation of the product (issue 20, one home per rule): calendar days,
 * the one time-zone algorithm, cells read as dates, date-times and clock times.
 */
export * from './days';
export * from './zone';
export * from './cell';
export * from './clock';
