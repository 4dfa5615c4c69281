import { ValidationError } from '@nestjs/common';
import { flattenValidationErrors } from './validation.pipe';

function error(
  property: string,
  constraints?: Record<string, string>,
  children: ValidationError[] = [],
): ValidationError {
  return { property, constraints, children };
}

describe('flattenValidationErrors', () => {
  it('names every broken constraint by its dotted path, arrays included', () => {
    const errors = [
      error('sku', { isString: 'sku must be a string', isNotEmpty: 'sku should not be empty' }),
      error('price', undefined, [error('amount', { isPositive: 'amount must be a positive number' })]),
      error('items', undefined, [
        error('0', undefined, [error('quantity', { min: 'quantity must not be less than 1' })]),
      ]),
    ];
    expect(flattenValidationErrors(errors)).toEqual([
      { field: 'sku', message: 'sku must be a string' },
      { field: 'sku', message: 'sku should not be empty' },
      { field: 'price.amount', message: 'amount must be a positive number' },
      { field: 'items.0.quantity', message: 'quantity must not be less than 1' },
    ]);
  });
});
