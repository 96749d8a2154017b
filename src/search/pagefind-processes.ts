/**
 * Pagefind processes for the build. Pagefind's npm module runs one Pagefind process per module
 * instance, which handles one message at a time and writes a bundle on one core; a second process
 * needs a second instance of the module, which lives in a worker thread here. With two, one process
 * writes a shard's bundle while the other takes the next shard's pages (stream-index.ts), and the
 * last two shards are written on both cores at once (measured: docs/performance.md).
 */
import { Worker, isMainThread, parentPort, workerData } from "node:worker_threads";
import * as pagefind from "pagefind";

type Answer = { errors: string[] };

export interface PagefindIndex {
  addHTMLFile(file: { url: string; content: string }): Promise<Answer>;
  writeFiles(options: { outputPath: string }): Promise<Answer>;
  deleteIndex(): Promise<unknown>;
}

export interface PagefindProcess {
  createIndex(options: { forceLanguage: string }): Promise<Answer & { index?: PagefindIndex }>;
  close(): Promise<unknown>;
}

/** The process of this thread's module: the one every build has. */
export const mainProcess: PagefindProcess = pagefind;

type Call = "createIndex" | "addHTMLFile" | "writeFiles" | "deleteIndex" | "close";
interface Request {
  id: number;
  call: Call;
  /** The worker's number for the index a call is made on. */
  index?: number;
  argument?: unknown;
}
type Reply = { id: number; result: unknown } | { id: number; error: string };

const WORKER_MARK = "incident-briefing pagefind process";
const running = new Set<Worker>();

/** Another Pagefind process, in a worker thread; `close()` ends the thread too. */
export function workerProcess(): PagefindProcess {
  // NOTE: in Node 20 the parent's `--import tsx` does not reach a worker: tsx is registered in it by hand,
  // found from this file (an eval'd worker resolves from the working directory, which may be any folder).
  const tsx = import.meta.resolve("tsx/esm/api");
  const source = `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(import.meta.url)}); })`;
  const worker = new Worker(source, { eval: true, workerData: { mark: WORKER_MARK } });
  running.add(worker);
  let next = 0;
  const waiting = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  /** Why the worker can take no more requests, once it has failed or ended. */
  let stopped: Error | undefined;
  const failAll = (error: Error) => {
    stopped ??= error;
    for (const { reject } of waiting.values()) reject(error);
    waiting.clear();
  };
  worker.on("message", (reply: Reply) => {
    const caller = waiting.get(reply.id);
    waiting.delete(reply.id);
    if ("error" in reply) caller?.reject(new Error(reply.error));
    else caller?.resolve(reply.result);
  });
  worker.on("error", failAll);
  worker.on("exit", () => {
    running.delete(worker);
    failAll(new Error("the second Pagefind process stopped"));
  });
  const request = (call: Call, argument?: unknown, index?: number) =>
    new Promise<unknown>((resolve, reject) => {
      if (stopped) return reject(stopped);
      const id = next++;
      waiting.set(id, { resolve, reject });
      worker.postMessage({ id, call, index, argument } satisfies Request);
    });
  return {
    async createIndex(options) {
      const { errors, index } = (await request("createIndex", options)) as Answer & { index?: number };
      if (index === undefined) return { errors };
      return {
        errors,
        index: {
          addHTMLFile: (file) => request("addHTMLFile", file, index) as Promise<Answer>,
          writeFiles: (options) => request("writeFiles", options, index) as Promise<Answer>,
          deleteIndex: () => request("deleteIndex", undefined, index),
        },
      };
    },
    async close() {
      try {
        if (!stopped) await request("close");
      } finally {
        await worker.terminate();
      }
    },
  };
}

/** Ends every worker's Pagefind at once, after a build that failed half-way. */
export async function stopWorkerProcesses(): Promise<void> {
  await Promise.all([...running].map((worker) => worker.terminate()));
}

/** In the worker: each request is handed to this thread's own Pagefind module, in the order it came. */
function serveRequests(): void {
  const indexes = new Map<number, pagefind.PagefindIndex>();
  let next = 0;
  parentPort!.on("message", (request: Request) => {
    const { id, call, index, argument } = request;
    const answer = async (): Promise<unknown> => {
      if (call === "close") return pagefind.close();
      if (call === "createIndex") {
        const { errors, index: created } = await pagefind.createIndex(argument as pagefind.PagefindServiceConfig);
        if (!created) return { errors };
        indexes.set(next, created);
        return { errors, index: next++ };
      }
      const target = indexes.get(index!);
      if (!target) throw new Error(`no Pagefind index ${index}`);
      if (call === "deleteIndex") indexes.delete(index!);
      // NOTE: called before any await, so that pages reach Pagefind in the order they were sent.
      const result = await (target[call] as (argument: unknown) => Promise<Answer>)(argument);
      return call === "deleteIndex" ? null : { errors: result.errors };
    };
    answer().then(
      (result) => parentPort!.postMessage({ id, result } satisfies Reply),
      (error: unknown) => parentPort!.postMessage({ id, error: error instanceof Error ? error.message : String(error) } satisfies Reply),
    );
  });
}

if (!isMainThread && (workerData as { mark?: string } | null)?.mark === WORKER_MARK) serveRequests();
