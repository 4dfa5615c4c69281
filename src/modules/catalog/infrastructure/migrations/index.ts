import { RenameCatalogConsumers1764000001950 } from './1764000001950-rename-consumers.migration';
import { CreateCatalogSchema1764000001000 } from './1764000001000-create-catalog-schema.migration';
import { AddProductCategories1764000001500 } from './1764000001500-add-product-categories.migration';
import { MoveProductEnrichment1764000001800 } from './1764000001800-move-product-enrichment.migration';

export const CATALOG_MIGRATIONS = [
  CreateCatalogSchema1764000001000,
  AddProductCategories1764000001500,
  MoveProductEnrichment1764000001800,
  RenameCatalogConsumers1764000001950,
];
