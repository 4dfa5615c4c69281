import { Controller, Get, Inject, Optional } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { APP_CONFIG, AppConfig } from '../../shared/config/app-config';
import { ConsumerRegistry } from '../../shared/messaging/consumers/consumer-registry';
import { EventRegistry } from '../../shared/messaging/envelope/event-registry';
import { RabbitMqNames } from '../../shared/messaging/transports/rabbitmq/rabbitmq-names';
import { AsyncApiDocument, buildAsyncApiDocument } from './asyncapi-document';
import {
  DECLARED_CONSUMERS,
  DeclaredConsumer,
  registeredConsumers,
} from '../../shared/messaging/consumers/declared-consumers';

// Read at run time rather than imported, so the build's rootDir stays src/ (package.json is beside it).
const packageVersion = (): string =>
  (JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'package.json'), 'utf8')) as { version: string }).version;

/** Serves `/docs/asyncapi.json` (outside `/api/v1`, like the OpenAPI document), built once on first request. */
@ApiExcludeController()
@Controller('docs')
export class AsyncApiController {
  private document?: AsyncApiDocument;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly registry: EventRegistry,
    private readonly registrations: ConsumerRegistry,
    @Optional() @Inject(DECLARED_CONSUMERS) private readonly declared?: readonly DeclaredConsumer[],
  ) {}

  @Get('asyncapi.json')
  asyncApi(): AsyncApiDocument {
    return (this.document ??= buildAsyncApiDocument({
      version: packageVersion(),
      exchange: new RabbitMqNames(this.config.rabbitmq.namePrefix).eventsExchange,
      events: this.registry.all(),
      currentTypeOf: (type) => this.registry.currentTypeOf(type),
      consumers: this.declared ?? registeredConsumers(this.registrations.all()),
    }));
  }
}
