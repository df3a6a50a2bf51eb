/** Only the option values the user gave; the schema supplies the defaults. */
export interface GivenOptions {
  layout?: string;
  http?: string;
  jwtAlg?: string;
  modules?: string[];
  services?: string[];
  transport?: string;
  auth?: boolean;
  rateLimit?: boolean;
  preset?: string;
  /** On/off of a preset's own features, by their option key. */
  features?: Record<string, boolean>;
  packageManager?: string;
  install?: boolean;
  git?: boolean;
}
