"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.uuidV7 = uuidV7;
const node_crypto_1 = require("node:crypto");
/** RFC 9562 UUID version 7: time-ordered, so event ids sort roughly by creation. */
function uuidV7(now = Date.now()) {
    const bytes = (0, node_crypto_1.randomBytes)(16);
    bytes.writeUIntBE(now, 0, 6);
    bytes[6] = (bytes[6] & 0x0f) | 0x70;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    const hex = bytes.toString('hex');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
//# sourceMappingURL=uuid-v7.js.map