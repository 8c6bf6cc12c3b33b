export declare const projectRoot: string;
export declare const prismaCliPath: string;
export declare function prismaCliInstalled(): boolean;
type RunOptions = { env?: Record<string, string | undefined> };
export type PrismaRun = { status: number; stdout: string; stderr: string };
export declare function runPrisma(args: string[], options?: RunOptions): Promise<PrismaRun>;
export declare function runPrismaOrThrow(args: string[], options?: RunOptions): Promise<PrismaRun>;
export declare function generateClient(provider: "sqlite" | "postgresql"): Promise<PrismaRun>;
export declare function migrateDeploy(url: string): Promise<PrismaRun>;
