"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.PUBLIC_EVENT_SHAPES = void 0;
exports.pickPublic = pickPublic;
exports.toPublicEvent = toPublicEvent;
const MONEY = { amount: true, currency: true };
const PRODUCT = { productId: true, sku: true, name: true, description: true, price: MONEY };
const AVAILABILITY = { productId: true, available: true };
/**
 * The allow-list: current wire types published on `<prefix>.public` and the payload fields each keeps.
 * Product facts, rating summaries and availability changes, about products only. Events about
 * customers' actions (reviews, individual ratings, reservations) never appear, since their payloads and
 * stream ids name users.
 */
exports.PUBLIC_EVENT_SHAPES = {
    'catalog.product-created.v2': { ...PRODUCT, categories: true },
    'catalog.product-updated.v1': { ...PRODUCT, version: true },
    'catalog.product-deleted.v1': { productId: true, sku: true },
    'rating.product-rating-recalculated.v1': {
        productId: true,
        average: true,
        count: true,
        histogram: { 1: true, 2: true, 3: true, 4: true, 5: true },
    },
    'inventory.out-of-stock.v1': AVAILABILITY,
    'inventory.back-in-stock.v1': AVAILABILITY,
};
const isScalar = (value) => value === null || ['string', 'number', 'boolean'].includes(typeof value);
const isRecord = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
/** Copies exactly the fields `shape` names; a value of an unexpected kind is left out rather than copied whole. */
function pickPublic(value, shape) {
    const result = {};
    for (const [field, rule] of Object.entries(shape)) {
        if (!Object.hasOwn(value, field))
            continue;
        const item = value[field];
        if (rule === true) {
            if (isScalar(item))
                result[field] = item;
            else if (Array.isArray(item) && item.every(isScalar))
                result[field] = [...item];
        }
        else if (isRecord(item)) {
            result[field] = pickPublic(item, rule);
        }
    }
    return result;
}
/** The public form of an internal event, or undefined when its type is not on the allow-list. */
function toPublicEvent(envelope) {
    const shape = Object.hasOwn(exports.PUBLIC_EVENT_SHAPES, envelope.type) ? exports.PUBLIC_EVENT_SHAPES[envelope.type] : undefined;
    if (!shape || !isRecord(envelope.payload))
        return undefined;
    const { eventId, type, occurredAt, streamId, streamVersion } = envelope;
    return { eventId, type, occurredAt, streamId, streamVersion, payload: pickPublic(envelope.payload, shape) };
}
