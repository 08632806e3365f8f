// Only these two fields of package.json are bundled (Vite tree-shakes named JSON imports).
import { productName as packageProductName, version } from '../package.json';

export const productName: string = packageProductName;
export const productVersion: string = version;
