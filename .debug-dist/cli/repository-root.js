"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.REPOSITORY_ROOT = void 0;
const node_path_1 = require("node:path");
/** The repository root, from both `src/cli/` (tests) and `dist/cli/` (the compiled scripts). */
exports.REPOSITORY_ROOT = (0, node_path_1.join)(__dirname, '..', '..');
//# sourceMappingURL=repository-root.js.map