import { EventEnvelope, IntegrationEventClass } from '../integration-event';

/** `<module>.<event-name>` and `N` of a wire type `<module>.<event-name>.v<N>`. */
function versionOf(type: string): { name: string; version: number } {
  const match = /^(.+)\.v([1-9][0-9]*)$/.exec(type);
  if (!match) throw new Error(`"${type}" is not a versioned wire type`);
  return { name: match[1], version: Number(match[2]) };
}

interface Step {
  to: IntegrationEventClass;
  upcast(envelope: EventEnvelope): unknown;
}

/**
 * The upcasters declared by event classes (`static upcastFrom`), chained by wire type:
 * `X.v1 → X.v2 → X.v3`. Applied when events are read, never when they are written, so the store
 * keeps what was recorded and every reader sees the current shape.
 */
export class UpcasterChain {
  private readonly steps = new Map<string, Step>();

  /** Records the upcaster `eventClass` declares, if any; it must supersede the previous version of the same event. */
  add(eventClass: IntegrationEventClass): void {
    const declared = eventClass.upcastFrom;
    if (!declared) return;
    const from = versionOf(declared.from.type);
    const to = versionOf(eventClass.type);
    if (from.name !== to.name || to.version !== from.version + 1) {
      throw new Error(
        `${eventClass.type} can only upcast from ${to.name}.v${to.version - 1}, not ${declared.from.type}`,
      );
    }
    const existing = this.steps.get(declared.from.type);
    if (existing && existing.to !== eventClass) {
      throw new Error(`${declared.from.type} is upcast by both ${existing.to.type} and ${eventClass.type}`);
    }
    this.steps.set(declared.from.type, { to: eventClass, upcast: declared.upcast });
  }

  /** The wire type events of `type` are read as: the newest version it upcasts to, or itself. */
  currentType(type: string): string {
    let current = type;
    for (let step = this.steps.get(current); step; step = this.steps.get(current)) current = step.to.type;
    return current;
  }

  /**
   * Upcasts `envelope` step by step to its current version, keeping every other field (including
   * storage columns such as `position`). `afterStep` sees each intermediate result, e.g. to validate it.
   */
  upcast<T extends EventEnvelope>(envelope: T, afterStep?: (upcast: T) => void): T {
    let current = envelope;
    for (let step = this.steps.get(current.type); step; step = this.steps.get(current.type)) {
      current = { ...current, type: step.to.type, payload: step.upcast(current) };
      afterStep?.(current);
    }
    return current;
  }
}
