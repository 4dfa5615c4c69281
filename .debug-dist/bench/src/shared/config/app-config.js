"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.APP_CONFIG = exports.MODULE_NAMES = void 0;
exports.MODULE_NAMES = ['catalog', 'reviews', 'rating', 'inventory', 'search'];
exports.APP_CONFIG = Symbol('APP_CONFIG');
