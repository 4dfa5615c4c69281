import { applyDecorators } from '@nestjs/common';
import { IsString, Length, Matches } from 'class-validator';
import { Trim } from './trim';

/** Review text: trimmed before the length limit applies, and never blank. */
export const ReviewTextRules = (field: 'title' | 'body', maxLength: number): PropertyDecorator =>
  applyDecorators(Trim(), IsString(), Matches(/\S/, { message: `${field} must not be blank` }), Length(1, maxLength));
