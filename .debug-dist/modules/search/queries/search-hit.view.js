"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
//# sourceMappingURL=search-hit.view.js.map