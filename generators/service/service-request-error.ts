/** Bad input, or a project the service generator refuses to touch: one line for the user, exit 2, nothing written. */
export class ServiceRequestError extends Error {}
