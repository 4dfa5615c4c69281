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
exports.CommandTracing = void 0;
const common_1 = require("@nestjs/common");
const cqrs_1 = require("@nestjs/cqrs");
const messaging_spans_1 = require("./messaging-spans");
const tracing_1 = require("./tracing");
/**
 * Wraps `CommandBus.execute` so every command runs in a span `command <Name>`. @nestjs/cqrs offers no
 * execution hook (its command publisher only observes), so the bus instance's method is wrapped, once,
 * and only when tracing is on.
 */
let CommandTracing = class CommandTracing {
    commands;
    constructor(commands) {
        this.commands = commands;
    }
    onModuleInit() {
        const bus = this.commands;
        if (!(0, tracing_1.tracingEnabled)() || !bus)
            return;
        const execute = bus.execute.bind(bus);
        bus.execute = ((command, ...rest) => (0, messaging_spans_1.traceInternal)(`command ${command.constructor.name}`, () => execute(command, ...rest)));
    }
};
exports.CommandTracing = CommandTracing;
exports.CommandTracing = CommandTracing = __decorate([
    (0, common_1.Injectable)(),
    __param(0, (0, common_1.Optional)()),
    __metadata("design:paramtypes", [cqrs_1.CommandBus])
], CommandTracing);
