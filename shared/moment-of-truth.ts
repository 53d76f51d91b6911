// Moments of truth and journey stages: the vocabulary the enrichment rules and the UI share.
import { z } from 'zod';

/**
 * LZMOT less-than-zero (bad experiences shared, leaving) · ZMOT research before buying ·
 * FMOT first encounter with the product or offer · SMOT first use · IMOT contact-center interaction ·
 * TMOT after purchase: loyalty, recommendation, repurchase.
 */
export const MOMENTS = ['LZMOT', 'ZMOT', 'FMOT', 'SMOT', 'IMOT', 'TMOT'] as const;
export const momentSchema = z.enum(MOMENTS);
export type MomentOfTruth = z.infer<typeof momentSchema>;

export const STAGES = ['discovery', 'consideration', 'purchase', 'experience', 'loyalty', 'recommendation'] as const;
export const stageSchema = z.enum(STAGES);
export type JourneyStage = z.infer<typeof stageSchema>;
