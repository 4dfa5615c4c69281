import { applyDecorators } from '@nestjs/common';
import { IsString, Length, Matches, MaxLength } from 'class-validator';
import { DESCRIPTION_MAX_LENGTH, NAME_MAX_LENGTH } from '../domain/product';

/** Something other than whitespace: the catalog trims names and refuses an empty one. */
const NOT_BLANK = /\S/;

/** A product name as created or changed: 1-200 characters, not blank (stored trimmed). */
export const NameRules = (): PropertyDecorator =>
  applyDecorators(IsString(), Length(1, NAME_MAX_LENGTH), Matches(NOT_BLANK, { message: 'name must not be blank' }));

/** A product description as created or changed: up to 5,000 characters, possibly empty (stored trimmed). */
export const DescriptionRules = (): PropertyDecorator => applyDecorators(IsString(), MaxLength(DESCRIPTION_MAX_LENGTH));
