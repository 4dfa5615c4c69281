import { Module } from '@nestjs/common';
import { ModuleDefinition } from '../../shared/modularity/module-definition';
import { REVIEWS_EVENTS } from './contracts';

@Module({})
export class ReviewsModule {}

export const reviewsModule: ModuleDefinition = {
  name: 'reviews',
  nestModule: ReviewsModule,
  entities: [],
  migrations: [],
  events: REVIEWS_EVENTS,
};
