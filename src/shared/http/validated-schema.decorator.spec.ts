import 'reflect-metadata';
import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsDefined,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  NotContains,
  ValidateNested,
} from 'class-validator';
import { createHttpTestApp } from './testing/http-test-app';
import { UuidParam } from './uuid-param.decorator';
import { ValidatedSchema } from './validated-schema.decorator';

@ValidatedSchema()
class Dimensions {
  @ApiProperty({ example: 30 })
  @IsInt()
  @Min(1)
  width!: number;
}

@ValidatedSchema()
class ParcelRequest {
  @ApiProperty({ example: 'PX-1' })
  @IsString()
  @Length(2, 10)
  @Matches(/^[A-Z0-9-]+$/, { message: 'code must be upper-case letters, digits and dashes' })
  code!: string;

  @ApiProperty({ example: 3 })
  @IsInt()
  @Min(1)
  @Max(5)
  weight!: number;

  @ApiProperty({ type: Dimensions })
  @IsDefined()
  @ValidateNested()
  @Type(() => Dimensions)
  dimensions!: Dimensions;

  @ApiPropertyOptional({ type: [String], example: ['fragile'] })
  @IsOptional()
  @ArrayMaxSize(3)
  @IsString({ each: true })
  @MaxLength(20, { each: true })
  labels?: string[];
}

@ValidatedSchema()
class ParcelQuery {
  @ApiPropertyOptional({ example: 'express' })
  @IsOptional()
  @IsIn(['standard', 'express'])
  speed?: string;

  @ApiPropertyOptional({ example: 'box' })
  @IsOptional()
  @NotContains('\u0000')
  note?: string;
}

@Controller('parcels')
class ParcelsController {
  @Post(':id')
  send(@UuidParam('id') id: string, @Body() body: ParcelRequest) {
    return { id, ...body };
  }

  @Get()
  list(@Query() query: ParcelQuery) {
    return query;
  }
}

describe('@ValidatedSchema', () => {
  let app: NestFastifyApplication;
  let document: any;

  beforeAll(async () => {
    ({ app } = await createHttpTestApp({ controllers: [ParcelsController] }));
    document = (await app.getHttpAdapter().getInstance().inject({ method: 'GET', url: '/docs/openapi.json' })).json();
  });
  afterAll(() => app?.close());

  it("states each property's rules as the validation pipe enforces them", () => {
    const { properties } = document.components.schemas.ParcelRequest;
    expect(properties.code).toMatchObject({ type: 'string', minLength: 2, maxLength: 10, pattern: '^[A-Z0-9-]+$' });
    expect(properties.weight).toMatchObject({ type: 'integer', minimum: 1, maximum: 5 });
    expect(properties.labels).toMatchObject({ type: 'array', maxItems: 3, items: { type: 'string', maxLength: 20 } });
    expect(document.components.schemas.Dimensions.properties.width).toMatchObject({ type: 'integer', minimum: 1 });
  });

  it('marks request bodies, nested objects included, as refusing unknown properties', () => {
    expect(document.components.schemas.ParcelRequest.additionalProperties).toBe(false);
    expect(document.components.schemas.Dimensions.additionalProperties).toBe(false);
  });

  it('states the rules of query parameters and UUID path parameters', () => {
    const parameters = document.paths['/api/v1/parcels'].get.parameters;
    expect(parameters.find((parameter: any) => parameter.name === 'speed').schema).toMatchObject({
      enum: ['standard', 'express'],
    });
    const note = new RegExp(parameters.find((parameter: any) => parameter.name === 'note').schema.pattern);
    expect([note.test('a box'), note.test('a\u0000box')]).toEqual([true, false]);
    const id = document.paths['/api/v1/parcels/{id}'].post.parameters.find((parameter: any) => parameter.in === 'path');
    expect(id.schema).toMatchObject({ type: 'string', format: 'uuid' });
    expect(new RegExp(id.schema.pattern).test('0190f7a2-6c1e-7cc4-9a53-2f1c9d6b9a10')).toBe(true);
  });

  it('answers a malformed UUID with the field in errors', async () => {
    const response = await app
      .getHttpAdapter()
      .getInstance()
      .inject({ method: 'POST', url: '/api/v1/parcels/abc', payload: {} });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([{ field: 'id', message: 'id must be a UUID' }]);
  });

  it('refuses a DTO whose rule it cannot state, or whose validated property is undocumented', () => {
    expect(() => {
      @ValidatedSchema()
      class WithEmail {
        @ApiProperty()
        @IsEmail()
        email!: string;
      }
      return WithEmail;
    }).toThrow('cannot document the isEmail constraint of email');
    expect(() => {
      @ValidatedSchema()
      class Undocumented {
        @IsString()
        name!: string;
      }
      return Undocumented;
    }).toThrow('Undocumented.name is validated but not documented');
  });
});
