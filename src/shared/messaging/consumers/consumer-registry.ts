import { Inject, Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { IntegrationEvent } from '../integration-event';
import { Subscription } from '../transports/transport-adapter';
import { ConsumerDeclaration, typesByModule } from './consumer-declarations';
import { IntegrationEventHandler } from './on-integration-event.decorator';

/** Every module's consumer declarations, hosted here or not (the composition root provides them). */
export const CONSUMER_DECLARATIONS = Symbol('CONSUMER_DECLARATIONS');

/** A declared consumer of a module this process hosts, with its handler instance. */
export interface ConsumerRegistration extends ConsumerDeclaration {
  instance: IntegrationEventHandler<IntegrationEvent>;
}

/**
 * The consumers of the modules this process hosts (`APP_MODULES`), resolved from their declarations:
 * what the pipeline delivers to, what the transport subscribes for, what metrics report on.
 */
@Injectable()
export class ConsumerRegistry {
  private resolved?: ConsumerRegistration[];

  constructor(
    @Inject(CONSUMER_DECLARATIONS) private readonly declared: readonly ConsumerDeclaration[],
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly moduleRef: ModuleRef,
  ) {}

  /** Every module's consumers, including those hosted elsewhere (for the AsyncAPI document). */
  declarations(): readonly ConsumerDeclaration[] {
    return this.declared;
  }

  hosted(): readonly ConsumerRegistration[] {
    this.resolved ??= this.resolve(
      this.declared.filter((declaration) => this.config.modules.includes(declaration.module)),
    );
    return this.resolved;
  }

  /** Declarations with their handler instances, whether or not their module consumes here (projection rebuilds). */
  resolve(declarations: readonly ConsumerDeclaration[]): ConsumerRegistration[] {
    return declarations.map((declaration) => ({
      ...declaration,
      instance: this.moduleRef.get(declaration.handler, { strict: false }),
    }));
  }

  /** The hosted consumers of `module` that handle `type`, in declaration order. */
  of(module: string, type: string): ConsumerRegistration[] {
    return this.hosted().filter(
      (registration) =>
        registration.module === module && registration.eventClasses.some((eventClass) => eventClass.type === type),
    );
  }

  find(consumer: string): ConsumerRegistration | undefined {
    return this.hosted().find((registration) => registration.consumer === consumer);
  }

  /** What each hosted module consumes, for the transport to subscribe to. */
  subscriptions(): Subscription[] {
    return [...typesByModule(this.hosted())].map(([module, types]) => ({ module, types }));
  }
}
