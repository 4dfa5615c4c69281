import { Inject, Injectable, Optional } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { TRANSPORT_ADAPTER, TransportAdapter } from '../messaging/transports/transport-adapter';

/** Ready only when the active event transport says it is (e.g. connected to RabbitMQ). */
@Injectable()
export class TransportHealthIndicator {
  constructor(
    private readonly health: HealthIndicatorService,
    // Optional: a gateway process hosts no module and runs no transport.
    @Optional() @Inject(TRANSPORT_ADAPTER) private readonly transport?: TransportAdapter,
  ) {}

  get available(): boolean {
    return this.transport !== undefined;
  }

  check(key: string) {
    const indicator = this.health.check(key);
    const { up, detail } = this.transport!.health();
    const data = { transport: this.transport!.name, ...(detail !== undefined && { detail }) };
    return up ? indicator.up(data) : indicator.down(data);
  }
}
