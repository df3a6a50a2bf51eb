import { setTimeout as delay } from 'node:timers/promises';
import { Body, Controller, Delete, Get, HttpCode, Module, Param, Post } from '@nestjs/common';
import { z } from 'zod';
import { AppModule } from '../../src/app.module.js';
import { PrismaService } from '../../src/infrastructure/database/prisma.service.js';
import { ProbeAccess, probeUserRow } from './probe-access.js';

const probeBody = z.object({
  email: z.email(),
  profile: z.object({ age: z.int().min(0) }),
});

/** Routes that exist only in tests, to drive each error source through the real application. */
@Controller('probe')
@ProbeAccess()
class ProbeController {
  constructor(private readonly prisma: PrismaService) {}

  @Post('echo')
  @HttpCode(200)
  echo(@Body({ schema: probeBody }) body: z.infer<typeof probeBody>) {
    return { data: body };
  }

  @Delete('echo')
  @HttpCode(204)
  deleteEcho(): void {}

  // A request still running when the drain begins.
  @Get('slow')
  async slow() {
    await delay(300);
    return { data: 'done' };
  }

  @Get('crash')
  crash(): never {
    throw new Error('connect ECONNREFUSED db.internal:5432 SELECT * FROM secrets');
  }

  @Post('users')
  async createUser(@Body({ schema: z.object({ email: z.email() }) }) body: { email: string }) {
    const user = await this.prisma.user.create({ data: probeUserRow(body.email) });
    return { data: { id: user.id } };
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
