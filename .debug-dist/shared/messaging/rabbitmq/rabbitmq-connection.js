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
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
var RabbitMqConnection_1;
Object.defineProperty(exports, "__esModule", { value: true });
exports.RabbitMqConnection = void 0;
exports.tlsSocketOptions = tlsSocketOptions;
exports.redactedUrl = redactedUrl;
const common_1 = require("@nestjs/common");
const amqp_connection_manager_1 = __importDefault(require("amqp-connection-manager"));
const node_fs_1 = require("node:fs");
const app_config_1 = require("../../config/app-config");
/** Broker errors surface as reconnects, not crashes; waiting one second keeps recovery quick. */
const RECONNECT_SECONDS = 1;
/** For `amqps://`: the CA, client certificate and key files from the configuration, as socket options. */
function tlsSocketOptions(url, tls) {
    if (!url.startsWith('amqps:'))
        return {};
    return {
        ...(tls.caFile ? { ca: [(0, node_fs_1.readFileSync)(tls.caFile)] } : {}),
        ...(tls.certFile ? { cert: (0, node_fs_1.readFileSync)(tls.certFile) } : {}),
        ...(tls.keyFile ? { key: (0, node_fs_1.readFileSync)(tls.keyFile) } : {}),
    };
}
/** The URL with its password masked, for logs and errors. */
function redactedUrl(url) {
    const parsed = new URL(url);
    if (parsed.password)
        parsed.password = '***';
    return parsed.toString();
}
/**
 * The process's one reconnecting broker connection, shared by the publisher and the consumers.
 * Channels are created with a setup function that amqp-connection-manager re-runs on every
 * reconnect, which re-declares topology and re-subscribes.
 */
let RabbitMqConnection = RabbitMqConnection_1 = class RabbitMqConnection {
    config;
    logger = new common_1.Logger(RabbitMqConnection_1.name);
    manager;
    constructor(config) {
        this.config = config;
    }
    /** The connection manager, created (and connecting in the background) on first use. */
    connection() {
        this.manager ??= this.create();
        return this.manager;
    }
    createChannel(name, setup) {
        const channel = this.connection().createChannel({ name, confirm: true, setup });
        channel.on('error', (error) => this.logger.error(`RabbitMQ channel ${name} setup failed: ${error.message}`));
        return channel;
    }
    isConnected() {
        return this.manager?.isConnected() ?? false;
    }
    async close() {
        const manager = this.manager;
        this.manager = undefined;
        await manager?.close();
    }
    create() {
        const { url, tls, heartbeatSeconds, namePrefix } = this.config.rabbitmq;
        const manager = amqp_connection_manager_1.default.connect(url, {
            heartbeatIntervalInSeconds: heartbeatSeconds,
            reconnectTimeInSeconds: RECONNECT_SECONDS,
            connectionOptions: {
                ...tlsSocketOptions(url, tls),
                clientProperties: { connection_name: `${namePrefix}:${this.config.modules.join('+')}:${process.pid}` },
            },
        });
        const where = redactedUrl(url);
        manager.on('connect', () => this.logger.log(`connected to RabbitMQ at ${where}`));
        manager.on('disconnect', ({ err }) => this.logger.warn(`disconnected from RabbitMQ: ${err?.message ?? 'closed'}`));
        manager.on('connectFailed', ({ err }) => this.logger.warn(`cannot connect to RabbitMQ at ${where}: ${err.message}`));
        manager.on('blocked', ({ reason }) => this.logger.warn(`RabbitMQ blocked publishing: ${reason}`));
        return manager;
    }
};
exports.RabbitMqConnection = RabbitMqConnection;
exports.RabbitMqConnection = RabbitMqConnection = RabbitMqConnection_1 = __decorate([
    (0, common_1.Injectable)(),
    __param(0, (0, common_1.Inject)(app_config_1.APP_CONFIG)),
    __metadata("design:paramtypes", [Object])
], RabbitMqConnection);
//# sourceMappingURL=rabbitmq-connection.js.map