"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CurrentUser = void 0;
const common_1 = require("@nestjs/common");
/**
 * The verified caller of a route guarded by `@Authenticated()` or `@AdminOnly()`. On a public route
 * there is no caller, which is a programming error, so it fails loudly (500) instead of yielding undefined.
 */
exports.CurrentUser = (0, common_1.createParamDecorator)((_, context) => {
    const user = context.switchToHttp().getRequest().user;
    if (!user)
        throw new Error('@CurrentUser() needs @Authenticated() or @AdminOnly() on the route');
    return user;
});
