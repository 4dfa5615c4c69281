import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { DatabaseHealthIndicator } from './database.health';
import { HealthController } from './health.controller';
import { TransportHealthIndicator } from './transport.health';

/** `GET /health/live` and `GET /health/ready` (database and event transport, when the process has them). */
@Module({
  imports: [TerminusModule.forRoot({ errorLogStyle: 'json' })],
  controllers: [HealthController],
  providers: [DatabaseHealthIndicator, TransportHealthIndicator],
})
export class HealthModule {}
