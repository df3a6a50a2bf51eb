import { SetMetadata } from '@nestjs/common';

export const OPERATIONAL_ENDPOINT = 'operational-endpoint';

/** Health and similar probes: no authentication, no rate limit, outside the API version prefix. */
export const Operational = (): ClassDecorator & MethodDecorator => SetMetadata(OPERATIONAL_ENDPOINT, true);
