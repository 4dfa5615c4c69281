import { Transform } from 'class-transformer';

/** Trims strings before validation, so length limits apply to the text that is stored. */
export const Trim = (): PropertyDecorator =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));
