import { RenameSearchConsumers1764000005950 } from './1764000005950-rename-consumers.migration';
import { CreateSearchSchema1764000005000 } from './1764000005000-create-search-schema.migration';
import { IndexDocumentHeads1764000005100 } from './1764000005100-index-document-heads.migration';
import { IndexProductCategories1764000005200 } from './1764000005200-index-product-categories.migration';
import { NarrowDocumentRows1764000005300 } from './1764000005300-narrow-document-rows.migration';

export const SEARCH_MIGRATIONS = [
  CreateSearchSchema1764000005000,
  IndexDocumentHeads1764000005100,
  IndexProductCategories1764000005200,
  NarrowDocumentRows1764000005300,
  RenameSearchConsumers1764000005950,
];
