import { Module } from '@nestjs/common';
import { ModuleDefinition } from '../../shared/modularity/module-definition';
import { RATING_EVENTS } from './contracts';

@Module({})
export class RatingModule {}

export const ratingModule: ModuleDefinition = {
  name: 'rating',
  nestModule: RatingModule,
  entities: [],
  migrations: [],
  events: RATING_EVENTS,
};
