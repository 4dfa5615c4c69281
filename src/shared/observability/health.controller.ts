import { Controller, Get, Res, ServiceUnavailableException } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { HealthCheckService, HealthIndicatorFunction } from '@nestjs/terminus';
import { FastifyReply } from 'fastify';
import { DatabaseHealthIndicator } from './database.health';
import { TransportHealthIndicator } from './transport.health';

/** Liveness and readiness probes at `/health/*` (outside `/api/v1` and the API docs). */
@ApiExcludeController()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: DatabaseHealthIndicator,
    private readonly transport: TransportHealthIndicator,
  ) {}

  /** The process runs and serves HTTP; says nothing about dependencies, so it never restarts a pod for them. */
  @Get('live')
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /** Dependencies are usable. 503 with terminus' report (not problem+json) when one is down. */
  @Get('ready')
  async ready(@Res({ passthrough: true }) reply: FastifyReply): Promise<object> {
    const checks: HealthIndicatorFunction[] = [];
    if (this.database.available) checks.push(() => this.database.check('database'));
    if (this.transport.available) checks.push(() => this.transport.check('events'));
    try {
      return await this.health.check(checks);
    } catch (error) {
      if (!(error instanceof ServiceUnavailableException)) throw error;
      reply.status(503);
      return error.getResponse() as object;
    }
  }
}
