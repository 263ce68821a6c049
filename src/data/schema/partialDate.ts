/** YYYY, YYYY-MM or YYYY-MM-DD: sources often state only a year or a month. Kept free of zod so display code can use it. */
export const PARTIAL_DATE = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;
