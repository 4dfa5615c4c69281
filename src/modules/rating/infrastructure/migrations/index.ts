import { RenameRatingConsumers1764000003950 } from './1764000003950-rename-consumers.migration';
import { CreateRatingSchema1764000003000 } from './1764000003000-create-rating-schema.migration';
import { CreateRatingTrend1764000003970 } from './1764000003970-create-rating-trend.migration';

export const RATING_MIGRATIONS = [
  CreateRatingSchema1764000003000,
  RenameRatingConsumers1764000003950,
  CreateRatingTrend1764000003970,
];
