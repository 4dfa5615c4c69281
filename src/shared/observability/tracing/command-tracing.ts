import { Injectable, OnModuleInit, Optional } from '@nestjs/common';
import { CommandBus, ICommand } from '@nestjs/cqrs';
import { traceInternal } from './messaging-spans';
import { tracingEnabled } from './tracing';

/**
 * Wraps `CommandBus.execute` so every command runs in a span `command <Name>`. @nestjs/cqrs offers no
 * execution hook (its command publisher only observes), so the bus instance's method is wrapped, once,
 * and only when tracing is on.
 */
@Injectable()
export class CommandTracing implements OnModuleInit {
  constructor(@Optional() private readonly commands?: CommandBus) {}

  onModuleInit(): void {
    const bus = this.commands;
    if (!tracingEnabled() || !bus) return;
    const execute = bus.execute.bind(bus) as (command: ICommand, ...rest: unknown[]) => Promise<unknown>;
    bus.execute = ((command: ICommand, ...rest: unknown[]) =>
      traceInternal(`command ${command.constructor.name}`, () => execute(command, ...rest))) as CommandBus['execute'];
  }
}
