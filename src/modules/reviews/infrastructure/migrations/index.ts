import { RenameReviewsConsumers1764000002950 } from './1764000002950-rename-consumers.migration';
import { CreateReviewsSchema1764000002000 } from './1764000002000-create-reviews-schema.migration';

export const REVIEWS_MIGRATIONS = [CreateReviewsSchema1764000002000, RenameReviewsConsumers1764000002950];
