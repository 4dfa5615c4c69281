import { Injectable } from '@nestjs/common';

/** In-process wake-up call: "events were just committed". Lets the relay publish without waiting for a poll. */
@Injectable()
export class OutboxSignal {
  private readonly listeners = new Set<() => void>();

  notify(): void {
    this.listeners.forEach((listener) => listener());
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
