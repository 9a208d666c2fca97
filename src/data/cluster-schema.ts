import { z } from 'zod';
import { localizedText } from '../../workers/model/localized-text';

export const clusterSchema = z.object({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'id must be kebab-case'),
  group: z.enum(['pillar', 'advantage', 'services']),
  name: localizedText,
  color: z.string().regex(/^#[0-9A-Fa-f]{6}$/, 'color must be #RRGGBB'),
});

export const clustersFileSchema = z.object({
  source: z.string().min(1),
  clusters: z.array(clusterSchema).min(1),
});

export type Cluster = z.infer<typeof clusterSchema>;
export type ClusterGroup = Cluster['group'];
