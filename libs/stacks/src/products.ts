import type { EntityManager } from 'typeorm';
import { productKey, tidyProductName } from './product-names.js';
import { ProductsRepository } from './products.repository.js';

/** A product name as the forum compares it. */
export interface NormalisedProduct {
  /** The name as given. */
  given: string;
  /** The canonical name ('PostgreSQL'), or the tidied given name when the alias table does not know it. */
  product: string;
  /** What to group and match by: equal keys are one product. */
  key: string;
}

/**
 * Product names as one product each ('PostgreSQL', ' postgresql', 'Postgres' are 'PostgreSQL'), in the order given,
 * in one statement. For any domain naming technologies (stacks, experience reports, search): `db` is the caller's
 * transaction or `dataSource.manager`. Empty names are the caller's to refuse.
 */
export async function normaliseProducts(db: EntityManager, names: readonly string[]): Promise<NormalisedProduct[]> {
  const keys = names.map(productKey);
  const aliases = new Map(
    (await new ProductsRepository().byAliasKeys(db, [...new Set(keys)])).map((row) => [row.aliasKey, row]),
  );
  return names.map((given, i) => {
    const alias = aliases.get(keys[i]);
    return alias
      ? { given, product: alias.product, key: alias.productKey }
      : { given, product: tidyProductName(given), key: keys[i] };
  });
}
