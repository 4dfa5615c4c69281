import { CreateSearchSchema1764000005000 } from './1764000005000-create-search-schema.migration';

export const SEARCH_MIGRATIONS = [CreateSearchSchema1764000005000];
