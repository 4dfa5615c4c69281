/** How this process reaches PostgreSQL once start-up has resolved the embedded default. */
export interface DatabaseConnection {
  url: string;
  /** True for the embedded PGlite server: one Postgres session behind every connection. */
  embedded: boolean;
}

export const DATABASE_CONNECTION = Symbol('DATABASE_CONNECTION');
