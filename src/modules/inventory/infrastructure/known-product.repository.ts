import { Injectable } from '@nestjs/common';
import { ProductTombstones } from '../../../shared/database/product-tombstones';

/** Writes `inventory.products`, which catalog products exist, kept from their events only. */
@Injectable()
export class KnownProductRepository extends ProductTombstones {
  constructor() {
    super('inventory.products');
  }
}
