// Training/test data is written as one phrase per line so it stays easy to read and extend.
export function lines(block: string): string[] {
  return block
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l.length > 0 && !l.startsWith("//"));
}
