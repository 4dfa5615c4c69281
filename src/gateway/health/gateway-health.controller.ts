import { Controller, Get, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { UpstreamRegistry } from '../routing/upstream-registry';
import { checkUpstreams, GatewayReadiness } from './upstream-health';

const PROBE_TIMEOUT_MS = 2_000;

/** The gateway's probes: alive on its own, ready only when every module service behind it is. */
@Controller('health')
export class GatewayHealthController {
  constructor(private readonly registry: UpstreamRegistry) {}

  // Says nothing about the upstreams, so that orchestrators never restart the gateway because of them.
  @Get('live')
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('ready')
  async ready(@Res({ passthrough: true }) reply: FastifyReply): Promise<GatewayReadiness> {
    if (this.registry.probeTargets().some((upstream) => !upstream.routesLearnt)) await this.registry.refresh();
    const report = await checkUpstreams(this.registry.probeTargets(), PROBE_TIMEOUT_MS);
    reply.status(report.status === 'ok' ? 200 : 503);
    return report;
  }
}
