import { PathTemplate, pathSegments } from './path-template';

/** What one upstream declares in its OpenAPI document: path templates and, per template, its methods. */
export interface UpstreamRoutes {
  module: string;
  paths: Record<string, readonly string[]>;
}

interface Route {
  template: PathTemplate;
  /** Upstreams declaring this template, in configuration order, with the methods each declares. */
  owners: Array<{ module: string; methods: ReadonlySet<string> }>;
}

/**
 * Which module serves a request path, learnt from the upstreams' own OpenAPI documents rather
 * than a hand-kept list, so a route added to a module is routed as soon as the module publishes it.
 */
export class RouteTable {
  private readonly routes: Route[];

  constructor(upstreams: readonly UpstreamRoutes[]) {
    const byTemplate = new Map<string, Route>();
    for (const { module, paths } of upstreams) {
      for (const [template, methods] of Object.entries(paths)) {
        let route = byTemplate.get(template);
        if (!route) byTemplate.set(template, (route = { template: new PathTemplate(template), owners: [] }));
        route.owners.push({ module, methods: new Set(methods.map((method) => method.toLowerCase())) });
      }
    }
    this.routes = [...byTemplate.values()].sort((a, b) => PathTemplate.bySpecificity(a.template, b.template));
  }

  /**
   * The module owning the most specific template that matches `path`. When several modules declare
   * that very template, the one declaring `method` wins, else the first configured.
   */
  resolve(method: string, path: string): string | undefined {
    const segments = pathSegments(path);
    const route = this.routes.find((candidate) => candidate.template.matches(segments));
    if (!route) return undefined;
    const wanted = method.toLowerCase() === 'head' ? 'get' : method.toLowerCase();
    return (route.owners.find((owner) => owner.methods.has(wanted)) ?? route.owners[0]).module;
  }
}
