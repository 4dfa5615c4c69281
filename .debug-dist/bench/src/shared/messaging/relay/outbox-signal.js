"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.OutboxSignal = void 0;
const common_1 = require("@nestjs/common");
/** In-process wake-up call: "events were just committed". Lets the relay publish without waiting for a poll. */
let OutboxSignal = class OutboxSignal {
    listeners = new Set();
    notify() {
        this.listeners.forEach((listener) => listener());
    }
    subscribe(listener) {
        this.listeners.add(listener);
        return () => this.listeners.delete(listener);
    }
};
exports.OutboxSignal = OutboxSignal;
exports.OutboxSignal = OutboxSignal = __decorate([
    (0, common_1.Injectable)()
], OutboxSignal);
