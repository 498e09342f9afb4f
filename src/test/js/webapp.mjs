// Where the front end lives, for the tests: app('api.js') → the file URL of src/main/webapp/app/api.js.
export const webapp = (path) => new URL(`../../main/webapp/${path}`, import.meta.url).href;
export const app = (path) => webapp(`app/${path}`);
