/*
 * safetensors and JSON: the Hugging Face conversions of stories260K
 * against the llama2.c file, their tokenizer.json against tok512.bin,
 * the JSON reader on valid and malformed text, malformed files.
 */
#include <u.h>
#include <libc.h>
#include "dat.h"
#include "fns.h"
#include "test.h"

static char*
hf(char *v)
{
	return mpath(smprint("stories260K-hf-%s/model.safetensors", v));
}



void
testsafemodels(void)
{
	static char *texts[] = {"Once upon a time", "The little dog", "", "Lily's mom said, \"Don't worry.\"", "☃ snow", "a  b\tc\n"};
	char *gold, *out;
	Model *bin, *f32, *f16, *bf16;
	Tokenizer *a, *b;
	int i, na, nb, ta[256], tb[256], k16, kbf;

	gold = readall(smprint("%s/stories260K/greedy_once_upon_a_time_n256.txt", goldendir), nil);
	out = runmodel("run", hf("f32"), nil, "0", "0", "256");
	check(gold && out && strcmp(out, gold) == 0, "hf-f32 with tokenizer.json: greedy differs from llama2.c");
	gold = readall(smprint("%s/stories260K/sample_t1_p0.9_s42_once_upon_a_time_n256.txt", goldendir), nil);
	out = runmodel("run", hf("f32"), mpath("tok512.bin"), "1.0", "42", "256");
	check(gold && out && strcmp(out, gold) == 0, "hf-f32 with tok512.bin: sampled differs from llama2.c");

	bin = openmodel(mpath("stories260K.bin"));
	f32 = openmodel(hf("f32"));
	f16 = openmodel(hf("f16"));
	bf16 = openmodel(hf("bf16"));
	if(bin == nil || f32 == nil || f16 == nil || bf16 == nil){
		fail("load: %r");
		return;
	}
	/* q and k back in interleaved order: the very weights of the .bin */
	check(sameweights(bin, f32) && f32->c.shared, "hf-f32 weights differ from the .bin");
	check(inorder(f32), "hf-f32: the weights are not in the order forward reads them");
	k16 = greedyagree(f32, f16, 256);
	kbf = greedyagree(f32, bf16, 256);
	note("leading greedy tokens equal to F32 (of 256): F16 %d, BF16 %d", k16, kbf);
	check(k16 >= 64 && kbf >= 16, "F16 %d, BF16 %d", k16, kbf);

	a = f32->tok;
	b = opentokenizer(mpath("tok512.bin"), 512);
	check(a != nil && b != nil, "tokenizers: %r");
	for(i = 0; a && b && i < nelem(texts); i++){
		na = encode(a, texts[i], 1, 0, ta);
		nb = encode(b, texts[i], 1, 0, tb);
		check(na == nb && memcmp(ta, tb, na*sizeof(int)) == 0, "tokenizer.json and tok512.bin encode %q differently", texts[i]);
	}
	freetokenizer(b);
	freemodel(bin); freemodel(f32); freemodel(f16); freemodel(bf16);
}

void
testjson(void)
{
	static char *bad[] = {"", "{", "}", "[1,]", "{\"a\":1,}", "{\"a\" 1}", "{a:1}", "'x'", "\"\\x\"", "\"\\u12\"",
		"\"\\ud800\"", "\"a\nb\"", "01", "1.", ".5", "1e", "-", "tru", "nul", "[1] 2", "{\"a\":}", "[", "\"abc",
		"\"\\u0000\"", "[1 2]"};
	Json *j, *e;
	vlong v;
	char *s, *deep;
	int i;

	for(i = 0; i < nelem(bad); i++){
		j = jsonparse(bad[i], strlen(bad[i]));
		check(j == nil, "accepted %q", bad[i]);
		jsonfree(j);
	}
	s = "{\"a\": [1, -2.5e3, true, false, null], \"b\\u00e9\\ud83d\\ude00\": \"x\\ty\\\"\", \"c\": {}}";
	j = jsonparse(s, strlen(s));
	if(j == nil){
		fail("rejected %q: %r", s);
		return;
	}
	e = jsonget(j, "a");
	check(e && e->type == Jarray && e->nv == 5 && jsonint(e->v[0], nil, &v) == 0 && v == 1
		&& e->v[1]->n == -2500 && e->v[2]->type == Jtrue && e->v[3]->type == Jfalse && e->v[4]->type == Jnull,
		"array values");
	check(jsonstr(j, "bé😀") != nil && strcmp(jsonstr(j, "bé😀"), "x\ty\"") == 0, "escapes and surrogates");
	check(jsonget(j, "c") && jsonget(j, "c")->type == Jobject && jsonget(j, "c")->nv == 0, "empty object");
	jsonfree(j);
	deep = malloc(201);
	memset(deep, '[', 100);
	memset(deep+100, ']', 100);
	deep[200] = 0;
	j = jsonparse(deep, 200);
	check(j == nil && strstr(smprint("%r"), "nested too deep") != nil, "100 levels: %r");
	free(deep);
}

/* a model.safetensors with the header h (and config.json beside it) must fail saying want */
static void
badfile(char *what, char *h, long datalen, char *config, char *want)
{
	char *dir, *p, *argv[8], *err;
	uchar *buf;
	long n;
	int fd;

	dir = tpath("bad");
	fd = create(dir, OREAD, DMDIR|0777);
	if(fd >= 0)
		close(fd);
	n = strlen(h);
	buf = mallocz(8 + n + datalen, 1);
	put64(buf, n);
	memmove(buf+8, h, n);
	p = smprint("%s/model.safetensors", dir);
	writefile(p, buf, 8 + n + datalen);
	free(buf);
	writefile(smprint("%s/config.json", dir), config, strlen(config));
	argv[0] = bpath("run");
	argv[1] = p;
	argv[2] = "-n"; argv[3] = "4";
	argv[4] = nil;
	check(runprog(argv, nil, &err) == 1, "%s: not refused", what);
	check(err != nil && strstr(err, want) != nil, "%s: %q, want %q", what, err, want);
	free(err);
}

void
testsafebad(void)
{
	static char cfg[] = "{\"hidden_size\": 64, \"intermediate_size\": 172, \"num_hidden_layers\": 1, "
		"\"num_attention_heads\": 8, \"num_key_value_heads\": 4, \"vocab_size\": 16, \"max_position_embeddings\": 32}";

	badfile("malformed header", "{\"a\": [1,}", 0, cfg, "json: bad number at byte 9");
	badfile("unknown dtype", "{\"x\": {\"dtype\": \"F64\", \"shape\": [2], \"data_offsets\": [0, 16]}}", 16, cfg, "dtype F64 not supported");
	badfile("offsets past the data", "{\"x\": {\"dtype\": \"F32\", \"shape\": [4], \"data_offsets\": [0, 16]}}", 8, cfg, "do not fit");
	badfile("size not the shape's", "{\"x\": {\"dtype\": \"F32\", \"shape\": [4], \"data_offsets\": [0, 12]}}", 16, cfg, "do not fit");
	badfile("absurd shape", "{\"x\": {\"dtype\": \"F32\", \"shape\": [1099511627776], \"data_offsets\": [0, 4]}}", 4, cfg, "bad shape");
	badfile("missing tensors", "{\"x\": {\"dtype\": \"F32\", \"shape\": [1], \"data_offsets\": [0, 4]}}", 4, cfg, "no tensor model.embed_tokens.weight");
	badfile("config without heads", "{}", 0, "{\"hidden_size\": 64}", "bad or missing intermediate_size");
	badfile("malformed config", "{}", 0, "{\"hidden_size\": 64,}", "config.json: json:");
}

/* export safetensors: F32 as the .bin; F16 and BF16 as the shared conversions, which were made independently */
void
testsafeexport(void)
{
	static char *types[] = {"f32", "f16", "bf16"};
	char *argv[12], *dir, *gold, *out;
	Model *mine, *theirs;
	Json *ja, *jb, *a, *b;
	int k;

	for(k = 0; k < nelem(types); k++){
		dir = tpath(smprint("st-%s", types[k]));
		argv[0] = bpath("export"); argv[1] = "safetensors"; argv[2] = "-t"; argv[3] = types[k];
		argv[4] = "-z"; argv[5] = mpath("tok512.bin"); argv[6] = mpath("stories260K.bin"); argv[7] = dir; argv[8] = nil;
		if(runprog(argv, nil, nil) != 0){
			fail("export safetensors -t %s failed", types[k]);
			continue;
		}
		mine = openmodel(smprint("%s/model.safetensors", dir));
		theirs = openmodel(mpath(smprint("stories260K-hf-%s/model.safetensors", types[k])));
		check(mine && theirs && mine->c.seqlen == theirs->c.seqlen && sameweights(mine, theirs), "%s: weights differ from stories260K-hf-%s", types[k], types[k]);
		freemodel(mine);
		freemodel(theirs);
	}
	/* tok512.bin as tokenizer.json: the merges Hugging Face's own conversion made */
	ja = readjson(tpath("st-f32/tokenizer.json"), 1<<20);
	jb = readjson(mpath("stories260K-hf-f32/tokenizer.json"), 1<<20);
	a = jsonget(jsonget(ja, "model"), "merges");
	b = jsonget(jsonget(jb, "model"), "merges");
	check(a && b && a->nv == b->nv, "merges: %d, shared file %d", a ? a->nv : -1, b ? b->nv : -1);
	for(k = 0; a && b && k < a->nv && k < b->nv; k++)
		if(a->v[k]->type != Jstring || b->v[k]->type != Jstring || strcmp(a->v[k]->s, b->v[k]->s) != 0){
			fail("merge %d differs from the shared tokenizer.json's", k);
			break;
		}
	/* and the F32 directory with its own tokenizer.json gives llama2.c's output */
	gold = readall(smprint("%s/stories260K/greedy_once_upon_a_time_n256.txt", goldendir), nil);
	argv[0] = bpath("run"); argv[1] = tpath("st-f32/model.safetensors"); argv[2] = "-t"; argv[3] = "0";
	argv[4] = "-n"; argv[5] = "256"; argv[6] = "-i"; argv[7] = "Once upon a time"; argv[8] = nil;
	check(runprog(argv, &out, nil) == 0 && gold && out && strcmp(out, gold) == 0, "exported F32 safetensors differs from llama2.c");
	note("F32 with its exported tokenizer.json gives llama2.c's output, the %d merges are those of the shared file; F16 and BF16 exports equal the shared files", a ? a->nv : 0);
	jsonfree(ja);
	jsonfree(jb);
}
