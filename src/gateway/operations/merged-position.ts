import { ProblemException } from '../../shared/http/problem.exception';

/** A service-local event-store position, or dead-letter id: digits, at most 18. */
const LOCAL = /^(0|[1-9][0-9]{0,17})$/;
const ENTRY = /^([a-z][a-z0-9-]*):(0|[1-9][0-9]{0,17})$/;

/**
 * Where a reader stands in the event stores of several services at once: for each service, the
 * last position read there (a service missing from it: nothing read yet, position 0). Written as
 * `catalog:1042,reviews:77` — the gateway's "position", cursor and SSE id in a deployment with a
 * database per service, where each service numbers its own events.
 */
export class MergedPosition {
  private constructor(private readonly positions: ReadonlyMap<string, string>) {}

  static readonly START = new MergedPosition(new Map());

  /** Reads `text` (as written by `toString`, or `0` for the beginning); 400 on `field` otherwise. */
  static parse(text: string, field: string, known: (module: string) => boolean): MergedPosition {
    if (text === '0' || text === '') return MergedPosition.START;
    const positions = new Map<string, string>();
    for (const entry of text.split(',')) {
      const match = ENTRY.exec(entry.trim());
      if (!match || !known(match[1]) || positions.has(match[1])) {
        throw ProblemException.badField(
          field,
          `${field} must be a position from this gateway, such as catalog:1042,reviews:77 (service:position, comma-separated)`,
        );
      }
      if (match[2] !== '0') positions.set(match[1], match[2]);
    }
    return new MergedPosition(positions);
  }

  /** Position within one service (`0`: from its beginning). */
  of(module: string): string {
    return this.positions.get(module) ?? '0';
  }

  has(module: string): boolean {
    return this.positions.has(module);
  }

  /** The position after also reading `module` up to `local`. */
  advance(module: string, local: string): MergedPosition {
    if (!LOCAL.test(local)) throw new Error(`${module} reported a malformed position ${local}`);
    const next = new Map(this.positions);
    if (local === '0') next.delete(module);
    else next.set(module, local);
    return new MergedPosition(next);
  }

  /** Services in alphabetical order, so equal positions are equal strings. */
  toString(): string {
    const entries = [...this.positions].sort(([a], [b]) => a.localeCompare(b));
    return entries.length === 0 ? '0' : entries.map(([module, position]) => `${module}:${position}`).join(',');
  }
}
