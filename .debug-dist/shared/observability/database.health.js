"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
var __param = (this && this.__param) || function (paramIndex, decorator) {
    return function (target, key) { decorator(target, key, paramIndex); }
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.DatabaseHealthIndicator = void 0;
const common_1 = require("@nestjs/common");
const terminus_1 = require("@nestjs/terminus");
const typeorm_1 = require("typeorm");
/** Ready only when PostgreSQL answers `SELECT 1` within the timeout (a pool starved of connections counts as down). */
let DatabaseHealthIndicator = class DatabaseHealthIndicator {
    health;
    dataSource;
    constructor(health, dataSource) {
        this.health = health;
        this.dataSource = dataSource;
    }
    get available() {
        return this.dataSource !== undefined;
    }
    check(key, timeoutMs = 3000) {
        return this.health
            .check(key)
            .attempt(async () => {
            await this.dataSource.query('SELECT 1');
        })
            .withTimeout(timeoutMs);
    }
};
exports.DatabaseHealthIndicator = DatabaseHealthIndicator;
exports.DatabaseHealthIndicator = DatabaseHealthIndicator = __decorate([
    (0, common_1.Injectable)(),
    __param(1, (0, common_1.Optional)()),
    __metadata("design:paramtypes", [terminus_1.HealthIndicatorService,
        typeorm_1.DataSource])
], DatabaseHealthIndicator);
//# sourceMappingURL=database.health.js.map