"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.storedStars = void 0;
const stars_1 = require("../domain/stars");
/** A nullable `smallint` stars column as the domain type (the column's CHECK keeps it within 1..5). */
const storedStars = (value) => (value === null ? null : (0, stars_1.toStars)(value));
exports.storedStars = storedStars;
