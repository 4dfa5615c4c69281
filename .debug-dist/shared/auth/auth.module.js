"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var AuthModule_1;
Object.defineProperty(exports, "__esModule", { value: true });
exports.AuthModule = void 0;
const common_1 = require("@nestjs/common");
const core_1 = require("@nestjs/core");
const auth_guard_1 = require("./auth.guard");
const jwt_verifier_1 = require("./jwt-verifier");
/**
 * Bearer-token authentication for every module: a `JwtVerifier` for the resolved settings (see
 * `resolveJwtSecret`) and the global `AuthGuard` behind `@Authenticated()` / `@AdminOnly()`.
 */
let AuthModule = AuthModule_1 = class AuthModule {
    static forRoot(jwt) {
        return {
            module: AuthModule_1,
            providers: [
                { provide: jwt_verifier_1.JwtVerifier, useValue: new jwt_verifier_1.JwtVerifier(jwt) },
                { provide: core_1.APP_GUARD, useClass: auth_guard_1.AuthGuard },
            ],
            exports: [jwt_verifier_1.JwtVerifier],
        };
    }
};
exports.AuthModule = AuthModule;
exports.AuthModule = AuthModule = AuthModule_1 = __decorate([
    (0, common_1.Global)(),
    (0, common_1.Module)({})
], AuthModule);
//# sourceMappingURL=auth.module.js.map