"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
//# sourceMappingURL=module-definition.js.map