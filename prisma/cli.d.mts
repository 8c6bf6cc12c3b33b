export declare const projectRoot: string;
export declare function prismaBin(): string;
type RunOptions = { env?: Record<string, string | undefined>; capture?: boolean };
type RunResult = { status: number; stdout: string; stderr: string };
export declare function runPrisma(args: string[], options?: RunOptions): RunResult;
export declare function runPrismaOrThrow(args: string[], options?: RunOptions): RunResult;
export declare function generateClient(provider: "sqlite" | "postgresql"): RunResult;
