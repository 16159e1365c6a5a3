// The public face of stacks: what reports, search and the composition root may use.
export { StacksModule, stacksEntities } from './stacks.module.js';
export { StacksService } from './stacks.service.js';
export { ProductsService } from './products.service.js';
export { normaliseProducts, type NormalisedProduct } from './products.js';
export { productKey, tidyProductName, SEEDED_PRODUCTS } from './product-names.js';
export { ComponentStatus, Hosting, RoadmapAction } from './stack.enums.js';
export { TechStackModel, StackComponentModel, RoadmapItemModel } from './dto/stack.model.js';
