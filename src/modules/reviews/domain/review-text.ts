import { InvalidReviewError } from './reviews.errors';

export const TITLE_MAX_LENGTH = 120;
export const BODY_MAX_LENGTH = 5000;

// Code points, not UTF-16 units, so an emoji counts as one character as the client sees it.
const lengthOf = (value: string): number => [...value].length;

function text(field: 'title' | 'body', raw: string, max: number): string {
  const value = raw.trim();
  const length = lengthOf(value);
  if (length === 0 || length > max) {
    throw new InvalidReviewError(
      `${field} must be 1-${max} characters (after trimming)`,
      `review.invalid-${field}`,
      field,
    );
  }
  return value;
}

/** A review title: trimmed, 1-120 characters. */
export const reviewTitle = (raw: string): string => text('title', raw, TITLE_MAX_LENGTH);

/** A review body: trimmed, 1-5,000 characters. */
export const reviewBody = (raw: string): string => text('body', raw, BODY_MAX_LENGTH);
