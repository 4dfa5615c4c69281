"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.PROBLEM_CONTENT_TYPE = void 0;
exports.PROBLEM_CONTENT_TYPE = 'application/problem+json';
