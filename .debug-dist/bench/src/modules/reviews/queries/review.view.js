"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.toReviewView = toReviewView;
function toReviewView(row) {
    return {
        id: row.id,
        productId: row.productId,
        authorId: row.authorId,
        title: row.title,
        body: row.body,
        version: row.version,
        createdAt: row.createdAt.toISOString(),
        updatedAt: row.updatedAt.toISOString(),
    };
}
