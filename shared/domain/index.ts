export * from './containerNumber';
export * from './imoNumber';
