"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.routeFactsOf = routeFactsOf;
const common_1 = require("@nestjs/common");
const constants_1 = require("@nestjs/common/constants");
const auth_decorators_1 = require("../../shared/auth/auth.decorators");
const configure_http_1 = require("../../shared/http/configure-http");
const compare_text_1 = require("./compare-text");
// Where @nestjs/swagger's `@ApiOperation` keeps its options (its `DECORATORS.API_OPERATION`, not exported).
const API_OPERATION_METADATA = 'swagger/apiOperation';
const ACCESS = { user: 'any signed-in user', admin: 'admin' };
const pathsOf = (target) => [Reflect.getMetadata(constants_1.PATH_METADATA, target) ?? ''].flat();
function joinPath(...parts) {
    const joined = parts
        .flatMap((part) => part.split('/'))
        .filter(Boolean)
        .map((segment) => segment.replace(/^:(.+)$/, '{$1}'))
        .join('/');
    return `/${joined}`;
}
function routesOfController(controller) {
    const prototype = controller.prototype;
    return Object.getOwnPropertyNames(prototype).flatMap((key) => {
        const handler = prototype[key];
        if (key === 'constructor' || typeof handler !== 'function')
            return [];
        const method = Reflect.getMetadata(constants_1.METHOD_METADATA, handler);
        if (method === undefined)
            return [];
        const requirement = (Reflect.getMetadata(auth_decorators_1.AUTH_REQUIREMENT, handler) ??
            Reflect.getMetadata(auth_decorators_1.AUTH_REQUIREMENT, controller));
        const operation = Reflect.getMetadata(API_OPERATION_METADATA, handler);
        return pathsOf(controller).flatMap((controllerPath) => pathsOf(handler).map((handlerPath) => ({
            method: common_1.RequestMethod[method],
            path: joinPath(configure_http_1.API_PREFIX, controllerPath, handlerPath),
            summary: operation?.summary ?? '',
            access: requirement ? ACCESS[requirement] : 'anyone',
        })));
    });
}
/** The HTTP routes of the controllers listed in a Nest module, from Nest's routing metadata. */
function routeFactsOf(nestModule) {
    const controllers = (Reflect.getMetadata(constants_1.MODULE_METADATA.CONTROLLERS, nestModule) ?? []);
    return controllers
        .flatMap(routesOfController)
        .sort((a, b) => (0, compare_text_1.compareText)(a.path, b.path) || (0, compare_text_1.compareText)(a.method, b.method));
}
