import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { IntegrationEvent } from '../integration-event';
import { ConsumerRegistration } from './consumer-registration';
import {
  INTEGRATION_EVENT_HANDLER,
  IntegrationEventHandler,
  IntegrationEventHandlerMetadata,
} from './on-integration-event.decorator';

/** Finds every `@OnIntegrationEvent` provider of the modules this process hosts. */
@Injectable()
export class ConsumerRegistry implements OnApplicationBootstrap {
  private registrations: ConsumerRegistration[] = [];

  constructor(private readonly discovery: DiscoveryService) {}

  onApplicationBootstrap(): void {
    this.discover();
  }

  discover(): ConsumerRegistration[] {
    const seen = new Set<string>();
    this.registrations = [];
    for (const wrapper of this.discovery.getProviders()) {
      const instance = wrapper.instance as IntegrationEventHandler<IntegrationEvent> | undefined;
      if (!instance || typeof instance !== 'object' || !wrapper.metatype) continue;
      const metadata: IntegrationEventHandlerMetadata | undefined = Reflect.getMetadata(
        INTEGRATION_EVENT_HANDLER,
        wrapper.metatype,
      );
      if (!metadata) continue;
      for (const eventClass of metadata.eventClasses) {
        const key = `${metadata.consumer}|${eventClass.type}`;
        if (seen.has(key)) throw new Error(`consumer ${metadata.consumer} handles ${eventClass.type} twice`);
        seen.add(key);
        this.registrations.push({
          consumer: metadata.consumer,
          module: metadata.consumer.split('.')[0],
          eventClass,
          handler: instance,
        });
      }
    }
    return this.registrations;
  }

  all(): ConsumerRegistration[] {
    return this.registrations;
  }

  forType(type: string): ConsumerRegistration[] {
    return this.registrations.filter((registration) => registration.eventClass.type === type);
  }
}
