import { signal } from '@preact/signals';

/** The project open in the register's project panel (and highlighted on the map), by id. */
export const selectedProjectId = signal<string | null>(null);
