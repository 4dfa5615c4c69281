"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.EVENT_TRANSPORT = void 0;
exports.EVENT_TRANSPORT = Symbol('EVENT_TRANSPORT');
