import { Injectable } from '@nestjs/common';
import type { User, UserCredentials } from '../../domain/users/user.entity.js';
import { UserRepository } from '../../domain/users/user.repository.port.js';
import type { Page, PageRequest } from '../../shared/pagination.js';
import { PrismaService } from '../database/prisma.service.js';

const USER_FIELDS = { id: true, email: true, role: true, createdAt: true } as const;

@Injectable()
export class PrismaUserRepository extends UserRepository {
  constructor(private readonly prisma: PrismaService) {
    super();
  }

  create(user: { email: string; passwordHash: string }): Promise<User> {
    return this.prisma.user.create({ data: user, select: USER_FIELDS });
  }

  findById(id: string): Promise<User | null> {
    return this.prisma.user.findUnique({ where: { id }, select: USER_FIELDS });
  }

  findCredentialsByEmail(email: string): Promise<UserCredentials | null> {
    return this.prisma.user.findUnique({ where: { email }, select: { ...USER_FIELDS, passwordHash: true } });
  }

  async list({ page, limit }: PageRequest): Promise<Page<User>> {
    const [items, total] = await this.prisma.$transaction([
      this.prisma.user.findMany({
        select: USER_FIELDS,
        orderBy: { createdAt: 'asc' },
        skip: (page - 1) * limit,
        take: limit,
      }),
      this.prisma.user.count(),
    ]);
    return { items, total };
  }
}
