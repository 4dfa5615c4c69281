import { Controller, Get, Inject } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { APP_CONFIG, AppConfig } from '../../shared/config/app-config';
import { packageManifest } from '../../shared/package/package-manifest';
import { ConsumerRegistry } from '../../shared/messaging/consumers/consumer-registry';
import { EventRegistry } from '../../shared/messaging/envelope/event-registry';
import { RabbitMqNames } from '../../shared/messaging/transports/rabbitmq/rabbitmq-names';
import { AsyncApiDocument, buildAsyncApiDocument } from './asyncapi-document';

/** Serves `/docs/asyncapi.json` (outside `/api/v1`, like the OpenAPI document), built once on first request. */
@ApiExcludeController()
@Controller('docs')
export class AsyncApiController {
  private document?: AsyncApiDocument;
  private readonly names: RabbitMqNames;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly registry: EventRegistry,
    private readonly consumers: ConsumerRegistry,
  ) {
    this.names = new RabbitMqNames(config.rabbitmq.namePrefix);
  }

  @Get('asyncapi.json')
  asyncApi(): AsyncApiDocument {
    return (this.document ??= buildAsyncApiDocument({
      version: packageManifest().version,
      exchange: this.names.eventsExchange,
      publicExchange: this.names.publicExchange,
      natsPrefix: this.config.nats.namePrefix,
      events: this.registry.all(),
      currentTypeOf: (type) => this.registry.currentTypeOf(type),
      consumers: this.consumers.declarations().map(({ consumer, module, eventClasses }) => ({
        consumer,
        module,
        types: eventClasses.map((eventClass) => eventClass.type),
      })),
    }));
  }
}
