"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
//# sourceMappingURL=product-rating.view.js.map