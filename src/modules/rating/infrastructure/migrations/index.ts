import { CreateRatingSchema1764000003000 } from './1764000003000-create-rating-schema.migration';

export const RATING_MIGRATIONS = [CreateRatingSchema1764000003000];
