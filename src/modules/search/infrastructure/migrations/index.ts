import { RenameSearchConsumers1764000005950 } from './1764000005950-rename-consumers.migration';
import { CreateSearchSchema1764000005000 } from './1764000005000-create-search-schema.migration';
import { IndexDocumentHeads1764000005100 } from './1764000005100-index-document-heads.migration';

export const SEARCH_MIGRATIONS = [
  CreateSearchSchema1764000005000,
  IndexDocumentHeads1764000005100,
  RenameSearchConsumers1764000005950,
];
