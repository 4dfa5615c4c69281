import { CreateCatalogSchema1764000001000 } from './1764000001000-create-catalog-schema.migration';

export const CATALOG_MIGRATIONS = [CreateCatalogSchema1764000001000];
