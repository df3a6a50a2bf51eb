/** The `printWidth` of the generated `.prettierrc`: generated lists fit it as Prettier would lay them out. */
export const PRINT_WIDTH = 120;
