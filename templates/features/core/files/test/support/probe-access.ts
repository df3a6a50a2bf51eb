/**
 * What the probe routes need from the features around them: without auth, no route needs a token and a user row is
 * its email. The auth feature replaces this file.
 */
export const ProbeAccess = (): ClassDecorator => () => undefined;

export function probeUserRow(email: string) {
  return { email };
}
