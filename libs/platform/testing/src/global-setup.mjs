// Jest loads global setup outside its own module system; this registers swc's ESM loader so the TypeScript
// setup (and the libs it imports through @forum/* paths) can be imported as they are.
import '@swc-node/register/esm-register';

const { default: globalSetup } = await import('./global-setup.ts');
export default globalSetup;
