import type { NeuralNetworkJson } from "@nlpjs/neural";
import type { Language } from "./types";

export interface LanguageModel {
  /** Every word seen in training (after normalisation), for spelling correction and language scoring. */
  vocab: string[];
  nn: NeuralNetworkJson;
}

export interface IntentModel {
  version: 1;
  /** sha256 of the training data and feature code the model was built from; a test fails when they drift. */
  trainingHash: string;
  /** Softmax temperature over network outputs, fitted on out-of-fold predictions. */
  temperature: number;
  /**
   * Isotonic calibration of the top probability, fitted on out-of-fold predictions: points (x = raw top
   * probability, y = observed accuracy), interpolated linearly.
   */
  calibration: { x: number[]; y: number[] };
  languages: Record<Language, LanguageModel>;
}
