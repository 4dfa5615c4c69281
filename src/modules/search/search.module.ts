import { Module } from '@nestjs/common';
import { ModuleDefinition } from '../../shared/modularity/module-definition';


@Module({})
export class SearchModule {}

export const searchModule: ModuleDefinition = {
  name: 'search',
  nestModule: SearchModule,
  entities: [],
  migrations: [],
  events: [],
};
