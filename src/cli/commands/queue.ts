export async function queueCommand(argv: string[]): Promise<number> { void argv; return 2; }
