// The Llama 3 tokenizer of llama3-tokenizer-js (npm), an independent
// JavaScript implementation with its own copy of the vocabulary, for the
// bpe tests: writes outdir/tokenizer.json and tokenizer_config.json from
// its vocabulary and merges, then for each string of the JSON array in
// cases prints three lines: its token ids (no BOS or EOS), and the byte
// lengths of the pieces the Llama 3 and the GPT-2 patterns cut it into,
// as JavaScript's own regular expressions match them.
import llama3 from "llama3-tokenizer-js";
import { readFileSync, writeFileSync } from "node:fs";

const [cases, outdir] = process.argv.slice(2);
const llama3re = "(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\\r\\n\\p{L}\\p{N}]?\\p{L}+|\\p{N}{1,3}| ?[^\\s\\p{L}\\p{N}]+[\\r\\n]*|\\s*[\\r\\n]+|\\s+(?!\\S)|\\s+";
const patterns = {
	llama3: new RegExp(llama3re.replace("(?i:'s|'t|'re|'ve|'m|'ll|'d)", "'(?:[sS]|[tT]|[rR][eE]|[vV][eE]|[mM]|[lL][lL]|[dD])"), "gu"),
	gpt2: /'s|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+/gu,
};

const nbase = 128000;
const vocab = {};
for (let i = 0; i < nbase; i++)
	vocab[llama3.vocabById[i]] = i;
const added = [];
for (let i = nbase; i < llama3.vocabById.length; i++)
	added.push({ id: i, content: llama3.vocabById[i], single_word: false, lstrip: false, rstrip: false, normalized: false, special: true });
const merges = [...llama3.merges.keys()];	// in rank order
const tok = {
	version: "1.0",
	added_tokens: added,
	normalizer: null,
	pre_tokenizer: { type: "Sequence", pretokenizers: [
		{ type: "Split", pattern: { Regex: llama3re }, behavior: "Isolated", invert: false },
		{ type: "ByteLevel", add_prefix_space: false, trim_offsets: true, use_regex: false },
	] },
	decoder: { type: "ByteLevel", add_prefix_space: true, trim_offsets: true, use_regex: true },
	model: { type: "BPE", ignore_merges: true, vocab, merges },
};
writeFileSync(`${outdir}/tokenizer.json`, JSON.stringify(tok));
writeFileSync(`${outdir}/tokenizer_config.json`, JSON.stringify({ bos_token: "<|begin_of_text|>", eos_token: "<|end_of_text|>" }));

const out = [];
for (const s of JSON.parse(readFileSync(cases, "utf8"))) {
	out.push("ids " + llama3.encode(s, { bos: false, eos: false }).join(" "));
	for (const [name, re] of Object.entries(patterns)) {
		const m = [...s.matchAll(re)];
		if (m.map((x) => x[0]).join("") !== s)
			throw new Error(`${name} does not cover ${JSON.stringify(s)}`);
		out.push(name + " " + m.map((x) => Buffer.byteLength(x[0])).join(" "));
	}
}
console.log(out.join("\n"));
