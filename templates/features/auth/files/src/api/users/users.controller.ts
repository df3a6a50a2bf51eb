import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { GetCurrentUserUseCase } from '../../application/users/get-current-user.use-case.js';
import { ListUsersUseCase } from '../../application/users/list-users.use-case.js';
import { CurrentUser, Roles } from '../http/auth.decorators.js';
import type { AuthenticatedUser } from '../http/authenticated-user.js';
import type { DataEnvelope, PageEnvelope } from '../http/response-envelope.js';
import {
  type ListUsersQuery,
  listUsersQuerySchema,
  toUserResponse,
  type UserResponse,
  userPageResponseSchema,
  userResponseSchema,
} from './user.schemas.js';

@ApiTags('users')
@ApiBearerAuth()
@Controller('users')
export class UsersController {
  constructor(
    private readonly getCurrentUser: GetCurrentUserUseCase,
    private readonly listUsers: ListUsersUseCase,
  ) {}

  @Get('me')
  @ApiOperation({ summary: "The caller's account" })
  @ApiOkResponse({ standardSchema: userResponseSchema })
  async me(@CurrentUser() caller: AuthenticatedUser): Promise<DataEnvelope<UserResponse>> {
    return { data: toUserResponse(await this.getCurrentUser.execute(caller.id)) };
  }

  @Get()
  @ApiOperation({ summary: 'List every account, a page at a time (admins only)' })
  @ApiForbiddenResponse({ description: 'The caller is not an admin (FORBIDDEN)' })
  @Roles('admin')
  @ApiOkResponse({ standardSchema: userPageResponseSchema })
  async list(@Query({ schema: listUsersQuerySchema }) query: ListUsersQuery): Promise<PageEnvelope<UserResponse>> {
    const { items, total } = await this.listUsers.execute(query);
    return { data: items.map(toUserResponse), meta: { page: query.page, limit: query.limit, total } };
  }
}
