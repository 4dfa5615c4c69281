import { Stars, toStars } from '../domain/stars';

/** A nullable `smallint` stars column as the domain type (the column's CHECK keeps it within 1..5). */
export const storedStars = (value: number | null): Stars | null => (value === null ? null : toStars(value));
