export * from './countries';
export * from './hsCodes';
export * from './seaports';
