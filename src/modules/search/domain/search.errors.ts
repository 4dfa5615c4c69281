import { DomainError } from '../../../shared/domain/domain-error';

/** A search request that cannot be answered as asked (400). */
export class InvalidSearchError extends DomainError {
  constructor(message: string, code: string, field: string) {
    super('invalid', message, code, field);
  }
}
