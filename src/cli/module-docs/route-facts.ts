import { RequestMethod, Type } from '@nestjs/common';
import { METHOD_METADATA, MODULE_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { AUTH_REQUIREMENT, AuthRequirement } from '../../shared/auth/auth.decorators';
import { API_PREFIX } from '../../shared/http/configure-http';
import { compareText } from './compare-text';

// Where @nestjs/swagger's `@ApiOperation` keeps its options (its `DECORATORS.API_OPERATION`, not exported).
const API_OPERATION_METADATA = 'swagger/apiOperation';

export interface RouteFact {
  method: string;
  /** OpenAPI style (`/api/v1/products/{id}`), so it reads like openapi.json. */
  path: string;
  summary: string;
  access: 'anyone' | 'any signed-in user' | 'admin';
}

const ACCESS: Record<AuthRequirement, RouteFact['access']> = { user: 'any signed-in user', admin: 'admin' };

const pathsOf = (target: object): string[] => [Reflect.getMetadata(PATH_METADATA, target) ?? ''].flat();

function joinPath(...parts: string[]): string {
  const joined = parts
    .flatMap((part) => part.split('/'))
    .filter(Boolean)
    .map((segment) => segment.replace(/^:(.+)$/, '{$1}'))
    .join('/');
  return `/${joined}`;
}

function routesOfController(controller: Type): RouteFact[] {
  const prototype = controller.prototype as Record<string, unknown>;
  return Object.getOwnPropertyNames(prototype).flatMap((key) => {
    const handler = prototype[key];
    if (key === 'constructor' || typeof handler !== 'function') return [];
    const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
    if (method === undefined) return [];
    const requirement = (Reflect.getMetadata(AUTH_REQUIREMENT, handler) ??
      Reflect.getMetadata(AUTH_REQUIREMENT, controller)) as AuthRequirement | undefined;
    const operation = Reflect.getMetadata(API_OPERATION_METADATA, handler) as { summary?: string } | undefined;
    return pathsOf(controller).flatMap((controllerPath) =>
      pathsOf(handler).map((handlerPath) => ({
        method: RequestMethod[method],
        path: joinPath(API_PREFIX, controllerPath, handlerPath),
        summary: operation?.summary ?? '',
        access: requirement ? ACCESS[requirement] : ('anyone' as const),
      })),
    );
  });
}

/** The HTTP routes of the controllers listed in a Nest module, from Nest's routing metadata. */
export function routeFactsOf(nestModule: Type): RouteFact[] {
  const controllers = (Reflect.getMetadata(MODULE_METADATA.CONTROLLERS, nestModule) ?? []) as Type[];
  return controllers
    .flatMap(routesOfController)
    .sort((a, b) => compareText(a.path, b.path) || compareText(a.method, b.method));
}
