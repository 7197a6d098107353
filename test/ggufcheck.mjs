// An independent GGUF reader (Hugging Face's @huggingface/gguf) reading a
// file 9ml wrote: prints its version, keys and tensors, one per line, for
// the gguf_npm test to compare with what was written.
import { gguf } from "@huggingface/gguf";
import { resolve } from "node:path";

const file = resolve(process.argv[2]);
const { metadata, tensorInfos } = await gguf(file, { allowLocalFile: true });
const out = [`version ${metadata.version}`, `tensors ${tensorInfos.length}`];
for (const [k, v] of Object.entries(metadata)) {
	if (k === "version" || k === "tensor_count" || k === "kv_count") continue;
	out.push(`key ${k} ${Array.isArray(v) ? `array ${v.length}` : v}`);
}
for (const t of tensorInfos)
	out.push(`tensor ${t.name} ${t.shape.join("x")} ${t.dtype}`);
console.log(out.join("\n"));
