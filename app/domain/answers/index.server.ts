// Public surface of the answers module.
export { answerFor } from "./answer-for.server";
export type { AnswerContext, AnswerOutcome, AnswerRequest, ConfirmedAction } from "./answer-for.server";
export { botDisclosure, greeting } from "./common";
export type { Answer, HandoffReason } from "./types";
