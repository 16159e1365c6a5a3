// The public face of search: what the composition root wires.
export { SearchModule, searchEntities } from './search.module.js';
export { SearchService } from './search.service.js';
export { SearchDocumentEntity } from './search-document.entity.js';
