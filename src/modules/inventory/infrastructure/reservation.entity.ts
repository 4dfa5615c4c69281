import { Column, Entity, PrimaryColumn } from 'typeorm';

/** `inventory.reservations`: units set aside for a customer's checkout. */
@Entity({ schema: 'inventory', name: 'reservations' })
export class ReservationEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'product_id' })
  productId!: string;

  @Column('text', { name: 'customer_id' })
  customerId!: string;

  @Column('integer')
  quantity!: number;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;
}
