"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ADMIN_ROLE = void 0;
exports.ADMIN_ROLE = 'admin';
