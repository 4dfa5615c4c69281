import 'reflect-metadata';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsDefined,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { FieldError } from './problem-details';
import { ProblemException } from './problem.exception';
import { createValidationPipe } from './validation.pipe';

class Price {
  @IsInt()
  @Min(0)
  @Max(1000)
  amount!: number;

  @IsString()
  @IsIn(['EUR', 'USD'])
  currency!: string;
}

class Line {
  @IsInt()
  @Min(1)
  quantity!: number;
}

class Order {
  @IsString()
  @Length(1, 20)
  @Matches(/\S/, { message: 'name must not be blank' })
  name!: string;

  @IsString()
  @MaxLength(50)
  note!: string;

  @IsInt()
  @Min(1)
  @Max(10)
  quantity!: number;

  @IsDefined()
  @ValidateNested()
  @Type(() => Price)
  price!: Price;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(2)
  @Matches(/^[a-z]+$/, { each: true, message: 'each tag must be lower-case letters' })
  tags?: string[];

  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => Line)
  lines?: Line[];
}

const valid = { name: 'Lamp', note: '', quantity: 2, price: { amount: 5, currency: 'EUR' } };

/** The `errors` of the 400 the pipe answers for `body`, or `[]` when it accepts it. */
async function errorsFor(body: unknown): Promise<FieldError[]> {
  try {
    await createValidationPipe().transform(body, { type: 'body', metatype: Order });
    return [];
  } catch (error) {
    if (!(error instanceof ProblemException)) throw error;
    return error.problem.errors ?? [];
  }
}

describe('the validation pipe', () => {
  it('accepts a valid body', async () => {
    expect(await errorsFor(valid)).toEqual([]);
  });

  it('says a missing field is required, once, without its other rules', async () => {
    expect(await errorsFor({})).toEqual([
      { field: 'name', message: 'name is required' },
      { field: 'note', message: 'note is required' },
      { field: 'quantity', message: 'quantity is required' },
      { field: 'price', message: 'price is required' },
    ]);
  });

  it('reports a value of the wrong kind once, as that, not also as out of bounds', async () => {
    expect(await errorsFor({ ...valid, quantity: '2' })).toEqual([
      { field: 'quantity', message: 'quantity must be an integer' },
    ]);
    expect(await errorsFor({ ...valid, quantity: 2.5 })).toEqual([
      { field: 'quantity', message: 'quantity must be an integer' },
    ]);
  });

  it('words bounds and lengths in plain terms', async () => {
    expect(await errorsFor({ ...valid, quantity: 11, note: 'n'.repeat(51), name: '' })).toEqual([
      { field: 'name', message: 'name must be 1 to 20 characters long' },
      { field: 'note', message: 'note must be at most 50 characters long' },
      { field: 'quantity', message: 'quantity must be at most 10' },
    ]);
  });

  it("keeps a DTO's own message", async () => {
    expect(await errorsFor({ ...valid, name: '   ' })).toEqual([{ field: 'name', message: 'name must not be blank' }]);
    expect(await errorsFor({ ...valid, tags: ['ok', 'Not OK'] })).toEqual([
      { field: 'tags', message: 'each tag must be lower-case letters' },
    ]);
  });

  it('names nested fields by their dotted path, array items included', async () => {
    expect(await errorsFor({ ...valid, price: { amount: 1.5 }, lines: [{ quantity: 1 }, { quantity: 0 }] })).toEqual([
      { field: 'price.amount', message: 'price.amount must be an integer' },
      { field: 'price.currency', message: 'price.currency is required' },
      { field: 'lines.1.quantity', message: 'lines.1.quantity must be at least 1' },
    ]);
    expect(await errorsFor({ ...valid, price: { amount: 1, currency: 'GBP' } })).toEqual([
      { field: 'price.currency', message: 'price.currency must be one of EUR, USD' },
    ]);
  });

  it('refuses unknown and null fields, naming each', async () => {
    expect(await errorsFor({ ...valid, colour: 'red', price: { ...valid.price, tax: 1 } })).toEqual([
      { field: 'colour', message: 'colour is not a known field' },
      { field: 'price.tax', message: 'price.tax is not a known field' },
    ]);
    expect(await errorsFor({ ...valid, price: null })).toEqual([{ field: 'price', message: 'price must not be null' }]);
  });

  it('refuses a body that is not an object', async () => {
    expect(await errorsFor('lamp')).toEqual([{ field: 'body', message: 'body must be a JSON object' }]);
    expect(await errorsFor([valid])).toEqual([{ field: 'body', message: 'body must be a JSON object' }]);
  });
});
