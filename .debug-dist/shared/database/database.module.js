"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var DatabaseModule_1;
Object.defineProperty(exports, "__esModule", { value: true });
exports.DatabaseModule = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("typeorm");
const database_connection_1 = require("./database-connection");
/** Provides the already initialised and migrated `DataSource` to every module. */
let DatabaseModule = DatabaseModule_1 = class DatabaseModule {
    static forRoot(dataSource, connection) {
        return {
            module: DatabaseModule_1,
            providers: [
                { provide: typeorm_1.DataSource, useValue: dataSource },
                { provide: database_connection_1.DATABASE_CONNECTION, useValue: connection },
            ],
            exports: [typeorm_1.DataSource, database_connection_1.DATABASE_CONNECTION],
        };
    }
};
exports.DatabaseModule = DatabaseModule;
exports.DatabaseModule = DatabaseModule = DatabaseModule_1 = __decorate([
    (0, common_1.Global)(),
    (0, common_1.Module)({})
], DatabaseModule);
//# sourceMappingURL=database.module.js.map