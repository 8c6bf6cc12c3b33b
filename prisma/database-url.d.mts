export type DbProvider = "sqlite" | "postgresql";
export declare const DEFAULT_SQLITE_URL: string;
export declare function providerOf(url: string | undefined): DbProvider;
export declare function databaseUrl(env?: Record<string, string | undefined>): string;
export declare function sqliteFilePath(url: string, cwd?: string): string;
