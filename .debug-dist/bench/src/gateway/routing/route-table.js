"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.RouteTable = void 0;
const path_template_1 = require("./path-template");
/**
 * Which module serves a request path, learnt from the upstreams' own OpenAPI documents rather
 * than a hand-kept list, so a route added to a module is routed as soon as the module publishes it.
 */
class RouteTable {
    routes;
    constructor(upstreams) {
        const byTemplate = new Map();
        for (const { module, paths } of upstreams) {
            for (const [template, methods] of Object.entries(paths)) {
                let route = byTemplate.get(template);
                if (!route)
                    byTemplate.set(template, (route = { template: new path_template_1.PathTemplate(template), owners: [] }));
                route.owners.push({ module, methods: new Set(methods.map((method) => method.toLowerCase())) });
            }
        }
        this.routes = [...byTemplate.values()].sort((a, b) => path_template_1.PathTemplate.bySpecificity(a.template, b.template));
    }
    /**
     * The module owning the most specific template that matches `path`. When several modules declare
     * that very template, the one declaring `method` wins, else the first configured.
     */
    resolve(method, path) {
        const segments = (0, path_template_1.pathSegments)(path);
        const route = this.routes.find((candidate) => candidate.template.matches(segments));
        if (!route)
            return undefined;
        const wanted = method.toLowerCase() === 'head' ? 'get' : method.toLowerCase();
        return (route.owners.find((owner) => owner.methods.has(wanted)) ?? route.owners[0]).module;
    }
}
exports.RouteTable = RouteTable;
