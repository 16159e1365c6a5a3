-- Generated from the @SqlSnapshot methods of the repository of the same name: every statement they send.
-- Do not edit: UPDATE_SQL_SNAPSHOTS=1 rewrites it (libs/platform/testing/src/sql-snapshots.ts).

-- ProductsRepository.byAliasKeys
SELECT
  alias_key AS "aliasKey",
  product,
  product_key AS "productKey"
FROM product_alias
WHERE alias_key = ANY($1::text[]);

-- ProductsRepository.insertMissing
INSERT INTO product_alias (alias_key, product, product_key)
SELECT
  *
FROM unnest($1::text[], $2::text[], $3::text[])
ON CONFLICT (alias_key) DO NOTHING;

-- ProductsRepository.upsert
INSERT INTO product_alias (alias_key, product, product_key)
VALUES ($1, $2, $3)
ON CONFLICT (alias_key)
DO UPDATE SET
  product = EXCLUDED.product,
  product_key = EXCLUDED.product_key;
