import { DynamicModule, Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AppConfig } from '../config/app-config';
import { AuthGuard } from './auth.guard';
import { JwtVerifier } from './jwt-verifier';

/**
 * Bearer-token authentication for every module: a `JwtVerifier` for the resolved settings (see
 * `resolveJwtSecret`) and the global `AuthGuard` behind `@Authenticated()` / `@AdminOnly()`.
 */
@Global()
@Module({})
export class AuthModule {
  static forRoot(jwt: AppConfig['jwt']): DynamicModule {
    return {
      module: AuthModule,
      providers: [
        { provide: JwtVerifier, useValue: new JwtVerifier(jwt) },
        { provide: APP_GUARD, useClass: AuthGuard },
      ],
      exports: [JwtVerifier],
    };
  }
}
