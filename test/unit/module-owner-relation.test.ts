import { describe, expect, it } from 'vitest';
import { addOwnerRelation } from '../../generators/module/relate-owner.js';

const userModel = `enum Role {
  user
  admin
}

model User {
  id        String   @id @default(uuid()) @db.Uuid
  email     String   @unique
  createdAt DateTime @default(now()) @map("created_at")

  @@map("users")
}
`;

describe('addOwnerRelation', () => {
  it('adds the back-relation after the last field, aligned as prisma format would', () => {
    expect(addOwnerRelation(userModel, 'user.prisma', 'orderItems', 'OrderItem')).toBe(`enum Role {
  user
  admin
}

model User {
  id         String      @id @default(uuid()) @db.Uuid
  email      String      @unique
  createdAt  DateTime    @default(now()) @map("created_at")
  orderItems OrderItem[]

  @@map("users")
}
`);
  });

  it('changes nothing when the relation exists', () => {
    const once = addOwnerRelation(userModel, 'user.prisma', 'orders', 'Order');
    expect(addOwnerRelation(once, 'user.prisma', 'orders', 'Order')).toBe(once);
  });

  it('refuses a schema without a User model', () => {
    expect(() => addOwnerRelation('model Post {\n  id String @id\n}\n', 'user.prisma', 'orders', 'Order')).toThrow(
      'user.prisma has no User model for the owner relation',
    );
  });
});
