"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Trim = void 0;
const class_transformer_1 = require("class-transformer");
/** Trims strings before validation, so length limits apply to the text that is stored. */
const Trim = () => (0, class_transformer_1.Transform)(({ value }) => (typeof value === 'string' ? value.trim() : value));
exports.Trim = Trim;
