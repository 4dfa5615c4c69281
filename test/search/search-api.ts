import { randomUUID } from 'node:crypto';
import { ApiResponse } from '../support/http-client';
import { eventually } from '../support/eventually';
import { TestApp } from '../support/test-app';

export interface SearchHitBody {
  productId: string;
  name: string;
  snippet: string;
  rating: { average: number; count: number };
  inStock: boolean;
  score: number;
}

export interface SearchFacetsBody {
  category: Array<{ value: string; count: number }>;
  minRating: Record<'1' | '2' | '3' | '4' | '5', number>;
  inStock: number;
}

export interface SearchBody {
  items: SearchHitBody[];
  total: number;
  facets: SearchFacetsBody;
  nextCursor: string | null;
}

/** What the search tests do through the public API. */
export function searchApi(app: TestApp, adminToken: string) {
  /** A parameter given as an array is repeated (`category=a&category=b`). */
  const search = (params: Record<string, string | string[]>): Promise<ApiResponse<SearchBody>> => {
    const query = new URLSearchParams();
    for (const [name, value] of Object.entries(params)) {
      for (const each of Array.isArray(value) ? value : [value]) query.append(name, each);
    }
    return app.api.get(`/api/v1/search?${query}`);
  };

  return {
    search,

    /** Searches until the index has caught up to what `accept` expects. */
    async searchUntil(params: Record<string, string | string[]>, accept: (body: SearchBody) => boolean, what: string) {
      const response = await eventually(
        () => search(params),
        ({ status, body }) => status === 200 && accept(body),
        { what },
      );
      return response.body;
    },

    async createProduct(input: {
      name: string;
      description: string;
      initialStock?: number;
      categories?: string[];
    }): Promise<string> {
      const body = {
        sku: `SKU-${randomUUID().slice(0, 8)}`,
        name: input.name,
        description: input.description,
        price: { amount: 1999, currency: 'EUR' },
        initialStock: input.initialStock ?? 10,
        ...(input.categories && { categories: input.categories }),
      };
      const response = await app.api.post('/api/v1/products', body, { token: adminToken });
      if (response.status !== 201)
        throw new Error(`create product: ${response.status} ${JSON.stringify(response.body)}`);
      return response.body.id;
    },

    /** Other modules learn about a new product from its event, so the first attempts may 404. */
    async untilAccepted(send: () => Promise<ApiResponse>, what: string): Promise<ApiResponse> {
      return eventually(send, ({ status }) => status >= 200 && status < 300, { what });
    },
  };
}

export const idsOf = (body: SearchBody): string[] => body.items.map((item) => item.productId);
