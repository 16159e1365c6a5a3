import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { badInput } from '@forum/core';
import { productKey, seededAliases, tidyProductName } from './product-names.js';
import { normaliseProducts, type NormalisedProduct } from './products.js';
import { ProductsRepository } from './products.repository.js';

/** Product names: the alias table, seeded with common products and extended by moderators. */
@Injectable()
export class ProductsService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly products: ProductsRepository,
  ) {}

  /** Seeds the common products at start; aliases already there (a moderator's correction) are kept. */
  async onModuleInit(): Promise<void> {
    await this.products.insertMissing(this.dataSource.manager, seededAliases());
  }

  normalise(names: readonly string[]): Promise<NormalisedProduct[]> {
    return normaliseProducts(this.dataSource.manager, names);
  }

  /** Makes `alias` a spelling of `product` (itself normalised first: an alias of an alias is the canonical one). */
  async addAlias(alias: string, product: string): Promise<NormalisedProduct> {
    const aliasKey = productKey(alias);
    if (!aliasKey) throw badInput('alias: is empty', { field: 'alias' });
    if (!productKey(product)) throw badInput('product: is empty', { field: 'product' });
    return this.dataSource.transaction(async (tx) => {
      const [canonical] = await normaliseProducts(tx, [tidyProductName(product)]);
      if (canonical.key === aliasKey && canonical.product === tidyProductName(alias))
        return { given: alias, product: canonical.product, key: canonical.key };
      await this.products.upsert(tx, { aliasKey, product: canonical.product, productKey: canonical.key });
      // The canonical name also maps to itself, so its own spelling keeps resolving to it.
      await this.products.insertMissing(tx, [
        { aliasKey: canonical.key, product: canonical.product, productKey: canonical.key },
      ]);
      return { given: alias, product: canonical.product, key: canonical.key };
    });
  }
}
