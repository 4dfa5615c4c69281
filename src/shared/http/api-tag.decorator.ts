import { applyDecorators } from '@nestjs/common';
import { ApiExtension, ApiTags } from '@nestjs/swagger';

/** Where each operation carries its tag's description until the document declares its tags (`openapi.setup.ts`). */
export const TAG_DESCRIPTION_EXTENSION = 'x-tag-description';

/**
 * `@ApiTags(name)` with the tag's description, so that each module describes its own tags and
 * the document's tag list (built from the operations) says what each group of operations is for.
 */
export const ApiTag = (name: string, description: string): ClassDecorator & MethodDecorator =>
  applyDecorators(ApiTags(name), ApiExtension(TAG_DESCRIPTION_EXTENSION, description));
