import { Body, Controller, Get, HttpCode, Module, Param, Post } from '@nestjs/common';
import { z } from 'zod';
import { AppModule } from '../../src/app.module.js';
import { PrismaService } from '../../src/infrastructure/database/prisma.service.js';

const probeBody = z.object({
  email: z.email(),
  profile: z.object({ age: z.int().min(0) }),
});

/** Routes that exist only in tests, to drive each error source through the real application. */
@Controller('probe')
class ProbeController {
  constructor(private readonly prisma: PrismaService) {}

  @Post('echo')
  @HttpCode(200)
  echo(@Body({ schema: probeBody }) body: z.infer<typeof probeBody>) {
    return { data: body };
  }

  @Get('crash')
  crash(): never {
    throw new Error('connect ECONNREFUSED db.internal:5432 SELECT * FROM secrets');
  }

  @Post('users')
  async createUser(@Body({ schema: z.object({ email: z.email() }) }) body: { email: string }) {
    return { data: await this.prisma.user.create({ data: body }) };
  }

  @Post('users/:id/touch')
  @HttpCode(200)
  async touchUser(@Param('id') id: string) {
    return { data: await this.prisma.user.update({ where: { id }, data: {} }) };
  }

  @Get('users/count')
  async countUsers() {
    return { data: await this.prisma.user.count() };
  }
}

@Module({ imports: [AppModule], controllers: [ProbeController] })
export class ProbeAppModule {}
