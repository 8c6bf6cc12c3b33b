// NLP.js ships no type declarations; these cover the pieces understanding uses.
declare module "@nlpjs/lang-en" {
  export class StemmerEn {
    stemWord(word: string): string;
  }
}
declare module "@nlpjs/lang-es" {
  export class StemmerEs {
    stemWord(word: string): string;
  }
}
declare module "@nlpjs/lang-fr" {
  export class StemmerFr {
    stemWord(word: string): string;
  }
}
declare module "@nlpjs/lang-de" {
  export class StemmerDe {
    stemWord(word: string): string;
  }
}
declare module "@nlpjs/neural" {
  export interface NeuralNetworkJson {
    settings: Record<string, unknown>;
    features?: string[];
    intents?: string[];
    perceptrons?: number[][];
  }
  export class NeuralNetwork {
    constructor(settings?: Record<string, unknown>);
    train(corpus: Array<{ input: Record<string, number>; output: Record<string, number> }>): {
      iterations: number;
      error: number;
    };
    run(input: Record<string, number>): Record<string, number> | undefined;
    toJSON(): NeuralNetworkJson;
    fromJSON(json: NeuralNetworkJson): void;
  }
}
declare module "@nlpjs/language" {
  export class Language {
    guess(
      text: string,
      allowList?: string[],
      limit?: number,
    ): Array<{ alpha2: string; score: number }>;
  }
}
