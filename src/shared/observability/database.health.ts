import { Injectable, Optional } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { DataSource } from 'typeorm';

/** Ready only when PostgreSQL answers `SELECT 1` within the timeout (a pool starved of connections counts as down). */
@Injectable()
export class DatabaseHealthIndicator {
  constructor(
    private readonly health: HealthIndicatorService,
    // Optional: a gateway process hosts no module and has no database.
    @Optional() private readonly dataSource?: DataSource,
  ) {}

  get available(): boolean {
    return this.dataSource !== undefined;
  }

  check(key: string, timeoutMs = 3000) {
    return this.health
      .check(key)
      .attempt(async () => {
        await this.dataSource!.query('SELECT 1');
      })
      .withTimeout(timeoutMs);
  }
}
