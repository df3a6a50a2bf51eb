/** Bad input for a generator of `npm run gen`, or a project it refuses to touch: one line for the user, exit 2, nothing written. */
export class GenRequestError extends Error {}
