"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.recordStockEvents = recordStockEvents;
const contracts_1 = require("../contracts");
/** Records the domain's stock events in the outbox, each on its own version of the product's stock stream. */
function recordStockEvents(tx, productId, events) {
    const streamId = (0, contracts_1.stockStreamId)(productId);
    for (const event of events) {
        const levels = { productId, ...event.levels };
        const streamVersion = event.version;
        switch (event.kind) {
            case 'stock-reserved': {
                const { id: reservationId, customerId, quantity } = event.reservation;
                tx.record(contracts_1.StockReservedIntegrationEvent, {
                    streamId,
                    streamVersion,
                    payload: { ...levels, reservationId, customerId, quantity },
                });
                break;
            }
            case 'stock-replenished':
                tx.record(contracts_1.StockReplenishedIntegrationEvent, {
                    streamId,
                    streamVersion,
                    payload: { ...levels, quantity: event.quantity },
                });
                break;
            case 'out-of-stock':
                tx.record(contracts_1.OutOfStockIntegrationEvent, { streamId, streamVersion, payload: levels });
                break;
            case 'back-in-stock':
                tx.record(contracts_1.BackInStockIntegrationEvent, { streamId, streamVersion, payload: levels });
                break;
        }
    }
}
