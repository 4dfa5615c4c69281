import { randomBytes } from 'node:crypto';
import { eventually } from '../support/eventually';
import { TestApp } from '../support/test-app';
import { tokenFor } from '../support/tokens';

export interface StoredStockEvent {
  type: string;
  version: number;
  payload: Record<string, unknown>;
}

/** Drives inventory through the public API of a running test app, as an admin or a customer. */
export class InventoryDriver {
  private constructor(
    readonly app: TestApp,
    readonly admin: string,
    readonly customer: string,
  ) {}

  static async for(app: TestApp): Promise<InventoryDriver> {
    return new InventoryDriver(app, await tokenFor('admin-1', { admin: true }), await tokenFor('customer-1'));
  }

  stockOf(productId: string) {
    return this.app.api.get(`/api/v1/inventory/${productId}`);
  }

  reserve(productId: string, body: unknown, token = this.customer) {
    return this.app.api.post(`/api/v1/inventory/${productId}/reservations`, body, { token });
  }

  restock(productId: string, body: unknown, token = this.admin) {
    return this.app.api.post(`/api/v1/inventory/${productId}/restock`, body, { token });
  }

  /** Events of the product's stock stream as stored in the outbox, in stream order. */
  stockEvents(productId: string): Promise<StoredStockEvent[]> {
    return this.app.query(
      `SELECT type, stream_version AS version, payload FROM messaging.event_store WHERE stream_id = $1 ORDER BY stream_version`,
      [`inventory.stock:${productId}`],
    );
  }

  /** Creates a product through the catalog and waits until inventory has opened its stock. */
  async productWithStock(initialStock: number): Promise<string> {
    const created = await this.app.api.post(
      '/api/v1/products',
      {
        sku: `INV-${randomBytes(5).toString('hex')}`.toUpperCase(),
        name: 'Desk lamp',
        description: 'Warm light',
        price: { amount: 2999, currency: 'EUR' },
        initialStock,
      },
      { token: this.admin },
    );
    if (created.status !== 201) throw new Error(`creating a product failed: ${JSON.stringify(created.body)}`);
    const id: string = created.body.id;
    await eventually(
      () => this.stockOf(id),
      (response) => response.status === 200,
      { what: `stock of ${id}` },
    );
    return id;
  }
}
