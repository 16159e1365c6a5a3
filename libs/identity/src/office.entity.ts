import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** An IP office, the unit of trust: visibility is decided per office, never per person. */
@Entity('office')
export class OfficeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** WIPO ST.3 two-letter code: AU, DE, EP, WO ... */
  @Column({ type: 'text', unique: true })
  code!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', nullable: true })
  region!: string | null;
}
