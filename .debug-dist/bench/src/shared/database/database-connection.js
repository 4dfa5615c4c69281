"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DATABASE_CONNECTION = void 0;
exports.DATABASE_CONNECTION = Symbol('DATABASE_CONNECTION');
