// @prisma/client re-exports ".prisma/client/default", which the sqlite schema's classic generator writes
// only so libraries get a real runtime `Prisma` namespace (session-storage-prisma's P2002 check).
// Its generated PrismaClient type is nominally unrelated to the app's client (generated/, see
// app/db.server.ts), so `new PrismaSessionStorage(prisma)` would not type-check. Libraries only need
// "some Prisma client" and the shared runtime error classes, which is what this declaration describes.
declare module ".prisma/client/default" {
  type Runtime = typeof import("@prisma/client/runtime/client");
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  export type PrismaClient = any;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  export const PrismaClient: any;
  export namespace Prisma {
    export const PrismaClientKnownRequestError: Runtime["PrismaClientKnownRequestError"];
    export type PrismaClientKnownRequestError = InstanceType<Runtime["PrismaClientKnownRequestError"]>;
    export const PrismaClientValidationError: Runtime["PrismaClientValidationError"];
    export type PrismaClientValidationError = InstanceType<Runtime["PrismaClientValidationError"]>;
  }
}
