import { DynamicModule, Global, Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DATABASE_CONNECTION, DatabaseConnection } from './database-connection';

/** Provides the already initialised and migrated `DataSource` to every module. */
@Global()
@Module({})
export class DatabaseModule {
  static forRoot(dataSource: DataSource, connection: DatabaseConnection): DynamicModule {
    return {
      module: DatabaseModule,
      providers: [
        { provide: DataSource, useValue: dataSource },
        { provide: DATABASE_CONNECTION, useValue: connection },
      ],
      exports: [DataSource, DATABASE_CONNECTION],
    };
  }
}
