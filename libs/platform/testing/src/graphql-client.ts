export interface GraphQLErrorShape {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; [key: string]: unknown };
}

export interface GraphQLResponse<T> {
  status: number;
  data?: T | null;
  errors?: GraphQLErrorShape[];
  headers: Headers;
}

export interface RequestOptions {
  token?: string;
  headers?: Record<string, string>;
}

/** The client's calls made as one caller (anonymous when the token is undefined). */
export interface ClientAs {
  request<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  data<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<T>;
  errorCodes(query: string, variables?: Record<string, unknown>): Promise<string[]>;
}

/** Calls the API over real HTTP, as a client would. */
export class GraphQLClient {
  constructor(readonly baseUrl: string) {}

  async request<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    options: RequestOptions = {},
  ): Promise<GraphQLResponse<T>> {
    const response = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        ...options.headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: T; errors?: GraphQLErrorShape[] };
    return { status: response.status, data: body.data, errors: body.errors, headers: response.headers };
  }

  /** The data of a request that must succeed; the errors, if any, fail the test with their text. */
  async data<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: RequestOptions,
  ): Promise<T> {
    const result = await this.request<T>(query, variables, options);
    if (result.errors?.length || !result.data)
      throw new Error(`GraphQL errors: ${JSON.stringify(result.errors ?? result)}`);
    return result.data;
  }

  /** The error codes of a request that must fail. */
  async errorCodes(query: string, variables?: Record<string, unknown>, options?: RequestOptions): Promise<string[]> {
    const result = await this.request(query, variables, options);
    return (result.errors ?? []).map((error) => String(error.extensions?.code));
  }

  /** The same calls with `token` on each (anonymous when undefined). */
  as(token: string | undefined): ClientAs {
    return {
      request: (query, variables) => this.request(query, variables, { token }),
      data: (query, variables) => this.data(query, variables, { token }),
      errorCodes: (query, variables) => this.errorCodes(query, variables, { token }),
    };
  }
}
