import { startSmall } from "./platform/start-small.ts";

// The entry point: the commands, and the libraries they use, are loaded only once the young
// generation is kept small for start-up (platform/start-small.ts).
startSmall();
await import("./cli.ts");
