// bench's peer: llama.cpp's CPU build as npm's node-llama-cpp ships it,
// timed on the same GGUF file as 9ml.
//	node peer.mjs decode model.gguf threads steps
//	node peer.mjs prompt model.gguf threads n [vocab]
//	node peer.mjs tokens model.gguf threads n
// decode: greedy from BOS, tokens/s after the first (as bench times
// ours); prompt: n tokens evaluated in one batch, positions/s (pp512 for
// n = 512; the tokens are bench's, 1 + 37i mod vocab-1); tokens: the n
// greedy tokens after BOS (test peer_tokens holds them against ours).
// It prints "tok/s X" and "rss KB" (or "tokens ..."), or "not run: why"
// when node-llama-cpp is not installed beside it.
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
import { createRequire } from "node:module";

const [mode, path, threadsArg, nArg, vocabArg] = process.argv.slice(2);
const threads = Number(threadsArg), n = Number(nArg), vocab = Number(vocabArg ?? 32000);
if (!["decode", "prompt", "tokens"].includes(mode) || !path || !(threads > 0) || !(n > 1)) {
	console.error("usage: node peer.mjs decode|prompt|tokens model.gguf threads n [vocab]");
	process.exit(2);
}

let lib;
try {
	const require = createRequire(join(dirname(fileURLToPath(import.meta.url)), "package.json"));
	lib = await import(require.resolve("node-llama-cpp"));
} catch (e) {
	console.log("not run: node-llama-cpp is not installed (" + String(e.message).split("\n")[0] + ")");
	process.exit(0);
}

const llama = await lib.getLlama({ gpu: false, build: "never", logLevel: "error", maxThreads: threads });
const model = await llama.loadModel({ modelPath: path, gpuLayers: 0, useMmap: true });
const context = await model.createContext({
	contextSize: Math.max(n + 8, 64),
	batchSize: mode === "prompt" ? n : 16,
	threads,
});
const seq = context.getSequence();
let rate;
if (mode === "tokens") {
	const out = [];
	for await (const tok of seq.evaluate([1], { temperature: 0 })) {
		out.push(tok);
		if (out.length >= n)
			break;
	}
	console.log("tokens " + out.join(" "));
	process.exit(0);
} else if (mode === "decode") {
	let count = 0, t0 = 0;
	for await (const tok of seq.evaluate([1], { temperature: 0 })) {
		void tok;
		if (count++ === 0)
			t0 = performance.now();
		if (count >= n)
			break;
	}
	rate = (n - 1) / ((performance.now() - t0) / 1000);
} else {
	const toks = [1];
	for (let i = 1; i < n; i++)
		toks.push(1 + i * 37 % (vocab - 1));
	const t0 = performance.now();
	await seq.evaluateWithoutGeneratingNewTokens(toks);
	rate = n / ((performance.now() - t0) / 1000);
}
console.log("tok/s " + rate.toFixed(2));
console.log("rss " + Math.round(process.memoryUsage().rss / 1024));
await context.dispose();
await model.dispose();
await llama.dispose();
