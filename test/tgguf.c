/*
 * GGUF: the shared real files against the llama2.c file and each other,
 * the vocabulary-only GGUF's tokenizer against llama.cpp's expected ids,
 * dequantization against the reference, and malformed files.
 */
#include <u.h>
#include <libc.h>
#include "dat.h"
#include "fns.h"
#include "test.h"
#include "ref.h"



void
testggufmodels(void)
{
	char *g, *want, *out, *gold;
	Model *bin, *gg, *f16, *tr, *tr32;
	int k, n;

	g = mpath("stories260K.gguf");
	gold = readall(smprint("%s/stories260K/greedy_once_upon_a_time_n256.txt", goldendir), nil);
	out = runmodel("run", g, nil, "0", "0", "256");
	check(gold != nil && out != nil && strcmp(out, gold) == 0, "stories260K.gguf with its tokenizer: greedy differs from llama2.c");
	gold = readall(smprint("%s/stories260K/sample_t1_p0.9_s42_once_upon_a_time_n256.txt", goldendir), nil);
	out = runmodel("run", g, mpath("tok512.bin"), "1.0", "42", "256");
	check(gold != nil && out != nil && strcmp(out, gold) == 0, "stories260K.gguf with tok512.bin: sampled differs from llama2.c");
	want = runmodel("run", mpath("stories260K.bin"), mpath("tok512.bin"), "0.8", "7", "256");
	out = runmodel("run", g, nil, "0.8", "7", "256");
	check(want != nil && out != nil && strcmp(out, want) == 0, "stories260K.gguf differs from the .bin at -t 0.8 -s 7");

	bin = openmodel(mpath("stories260K.bin"));
	gg = openmodel(g);
	if(bin == nil || gg == nil){
		fail("load: %r");
		return;
	}
	check(gg->c.seqlen == 2048 && gg->c.dim == 64 && gg->c.nkvheads == 4 && !gg->c.shared, "stories260K.gguf config");
	check(sameweights(bin, gg), "stories260K.gguf weights differ from the .bin");
	check(inorder(gg), "stories260K.gguf: the weights are not in the order forward reads them");
	f16 = openmodel(mpath("stories260K-F16.gguf"));
	if(f16 == nil){
		fail("stories260K-F16.gguf: %r");
		return;
	}
	k = greedyagree(gg, f16, 200);
	note("stories260K F16 agrees with F32 on %d of 200 leading greedy tokens", k);
	check(k >= 50, "F16 agrees on only %d tokens", k);

	tr = openmodel(mpath("llama-2-tiny-random.gguf"));
	tr32 = openmodel(mpath("llama-2-tiny-random-F32.gguf"));
	if(tr == nil || tr32 == nil){
		fail("llama-2-tiny-random: %r");
		return;
	}
	check(tr->c.vocab == 32000 && tr->c.dim == 8 && !tr->c.shared && tr->tok != nil && tr->tok->n == 32000,
		"llama-2-tiny-random config");
	n = greedyagree(tr, tr32, 64);
	check(n == 64, "llama-2-tiny-random F16 and F32: %d of 64 greedy tokens equal", n);
	freemodel(bin); freemodel(gg); freemodel(f16); freemodel(tr); freemodel(tr32);
}

/* the vocabulary-only GGUF: llama.cpp's 46 SentencePiece cases */
void
testggufvocab(void)
{
	Gguf *g;
	Tokenizer *t;
	Dir *d;
	char *inp, *out, *p, *q, *text[64], *line[64], *ids[512];
	int fd, ntext, nline, i, j, n, nid, want[512], got[4096], ok;

	fd = open(mpath("llama-spm-vocab/ggml-vocab-llama-spm.gguf"), OREAD);
	d = fd < 0 ? nil : dirfstat(fd);
	g = d ? ggufparse(fd, d->length) : nil;
	free(d);
	close(fd);
	t = g ? gguftokenizer(g) : nil;
	if(t == nil){
		fail("ggml-vocab-llama-spm.gguf: %r");
		gguffree(g);
		return;
	}
	check(g->ntensors == 0 && t->n == 32000, "vocab-only file: %llud tensors, %d tokens", g->ntensors, t->n);
	inp = readall(mpath("llama-spm-vocab/ggml-vocab-llama-spm.gguf.inp"), nil);
	out = readall(mpath("llama-spm-vocab/ggml-vocab-llama-spm.gguf.out"), nil);
	ntext = 0;
	for(p = inp; p && ntext < nelem(text); p = q + 21){
		text[ntext++] = p;
		q = strstr(p, "\n__ggml_vocab_test__\n");
		if(q == nil)
			break;
		*q = 0;
	}
	nline = out ? getfields(out, line, nelem(line), 0, "\n") : 0;
	ok = 0;
	for(i = 0; i < nline && i < ntext && i < 46; i++){
		nid = tokenize(line[i], ids, nelem(ids));
		for(j = 0; j < nid; j++)
			want[j] = atoi(ids[j]);
		n = encode(t, text[i], 0, 0, got);
		if(n == nid && memcmp(got, want, n*sizeof(int)) == 0)
			ok++;
		else
			fail("case %d %q differs", i, text[i]);
	}
	check(ok == 46, "%d of 46 cases", ok);
	note("%d/46 llama.cpp SentencePiece cases from the GGUF vocabulary", ok);
	freetokenizer(t);
	gguffree(g);
}

static u16int
randhalf(uvlong *s)
{
	u16int h;

	h = (randpm(s) + 1) * 32768;
	if((h >> 10 & 31) == 31)	/* keep to finite scales */
		h &= ~(1<<14);
	return h;
}

/* each type against the reference, on random blocks: bit-exact */
void
testggufdequant(void)
{
	static int types[] = {Tf32, Tf16, Tbf16, Tq8_0, Tq4_0, Tq4_1, Tq5_0, Tq4_K, Tq5_K, Tq6_K};
	uchar *raw;
	float *f, r;
	vlong bytes;
	uvlong seed;
	long i, j, n;
	int k, bad;
	u16int h;

	n = 256*8;
	seed = 31;
	for(k = 0; k < nelem(types); k++){
		if(tensorsize(types[k], n, &bytes) < 0){
			fail("type %d: %r", types[k]);
			continue;
		}
		raw = malloc(bytes);
		for(i = 0; i < bytes; i++)
			raw[i] = (randpm(&seed) + 1) * 128;
		/* scales that are numbers, and every half in turn for F16 */
		if(types[k] == Tq8_0 || types[k] == Tq4_0 || types[k] == Tq4_1 || types[k] == Tq5_0)
			for(i = 0; i < n/32; i++){
				h = randhalf(&seed);
				raw[i*(bytes/(n/32))] = h;
				raw[i*(bytes/(n/32))+1] = h >> 8;
				if(types[k] == Tq4_1){
					h = randhalf(&seed);
					raw[i*20+2] = h;
					raw[i*20+3] = h >> 8;
				}
			}
		if(types[k] == Tq4_K || types[k] == Tq5_K)
			for(i = 0; i < n/256; i++){
				j = bytes / (n/256);
				h = randhalf(&seed); raw[i*j] = h; raw[i*j+1] = h >> 8;
				h = randhalf(&seed); raw[i*j+2] = h; raw[i*j+3] = h >> 8;
			}
		if(types[k] == Tq6_K)
			for(i = 0; i < n/256; i++){
				h = randhalf(&seed); raw[i*210+208] = h; raw[i*210+209] = h >> 8;
			}
		if(types[k] == Tf32)
			for(i = 0; i < n; i++)
				raw[4*i+3] &= 0x7f & ~0x40;	/* no NaNs */
		if(types[k] == Tf16)
			for(i = 0; i < n; i++)
				raw[2*i+1] &= ~0x40;
		f = malloc(n * sizeof(float));
		check(dequant(types[k], raw, f, n) == 0, "type %d: %r", types[k]);
		bad = 0;
		for(i = 0; i < n; i++){
			r = refdequant(types[k], raw, i);
			if(memcmp(&r, &f[i], 4) != 0)
				bad++;
		}
		check(bad == 0, "type %d: %d of %ld values differ from the reference", types[k], bad, n);
		free(raw);
		free(f);
	}
	/* every half, subnormals, infinities and signed zeros included */
	bad = 0;
	for(i = 0; i < 65536; i++){
		float x;

		r = refhalf(i);
		x = half(i);
		if(memcmp(&r, &x, 4) != 0 && !(isNaN(r) && isNaN(x)))
			bad++;
	}
	check(bad == 0, "%d of 65536 halves differ from the reference", bad);
}

/* a copy of stories260K.gguf, changed, must fail with "run: file: " and one of the |-separated errors */
static void
mutant(char *what, uchar *buf, long n, char *errwant)
{
	char *p, *argv[8], *err, *w, *f[8], *prefix;
	int st, i, nf, ok;

	p = tpath("mut.gguf");
	writefile(p, buf, n);
	argv[0] = bpath("run");
	argv[1] = p;
	argv[2] = "-n"; argv[3] = "4";
	argv[4] = nil;
	st = runprog(argv, nil, &err);
	check(st == 1, "%s: exit status %d, want failure", what, st);
	w = strdup(errwant);
	nf = getfields(w, f, nelem(f), 0, "|");
	ok = 0;
	for(i = 0; i < nf; i++)
		ok |= err != nil && strstr(err, f[i]) != nil;
	prefix = smprint("run: %s: ", p);
	check(ok && strncmp(err, prefix, strlen(prefix)) == 0, "%s: %q, want %q", what, err, errwant);
	free(w);
	free(err);
}

void
testggufbad(void)
{
	uchar *buf, *m;
	long n, i, cut;
	static long cuts[] = {3, 7, 15, 23, 40, 100, 1000, 5000, 12000, 20000, 60000, 200000, 1185000};

	buf = (uchar*)readall(mpath("stories260K.gguf"), &n);
	if(buf == nil){
		fail("stories260K.gguf: %r");
		return;
	}
	m = malloc(n);
	for(i = 0; i < nelem(cuts); i++){
		cut = cuts[i];
		mutant(smprint("truncated at %ld", cut), buf, cut, cut < 4 ? "bad magic" : "truncated|cannot fit|string of|past the end");
	}
	memmove(m, buf, n);
	m[4] = 4;
	mutant("version 4", m, n, "unsupported GGUF version 4");
	memmove(m, buf, n);
	put64(m+16, 1ULL<<40);
	mutant("2^40 keys", m, n, "cannot fit");
	memmove(m, buf, n);
	put64(m+8, 1ULL<<62);
	mutant("2^62 tensors", m, n, "cannot fit");
	memmove(m, buf, n);
	put64(m+24, 1ULL<<50);		/* the first key's length */
	mutant("a key longer than the file", m, n, "string of");
	memmove(m, buf, n);
	m[24+8+21] = 99;		/* the first value's type: after "tokenizer.ggml.tokens" */
	mutant("unknown value type", m, n, "unknown value type 99");
	memmove(m, buf, n);
	put64(m+24+8+21+4+4, 1ULL<<40);	/* the token array's count */
	mutant("an array count beyond the file", m, n, "array of");
	/* output_norm.weight's info: name, then ndim[4] ne0[8] type[4] offset[8] */
	i = memfind(buf, n, "output_norm.weight");
	if(i < 0){
		fail("no output_norm.weight in the file");
		return;
	}
	i += strlen("output_norm.weight");
	memmove(m, buf, n);
	m[i+4+8] = 77;
	mutant("an unknown tensor type", m, n, "tensor type 77 not supported");
	memmove(m, buf, n);
	put64(m+i+4+8+4, 1ULL<<33);
	mutant("data past the end", m, n, "past the end");
	memmove(m, buf, n);
	put64(m+i+4+8+4, 131072-32);	/* into token_embd.weight's, the 512×64 floats before it */
	mutant("data overlapping another's", m, n, "tensor output_norm.weight: data at 131040 overlaps token_embd.weight's or comes before it");
	memmove(m, buf, n);
	put64(m+i+4+8+4, 0);
	mutant("data before another's", m, n, "overlaps token_embd.weight's or comes before it");
	memmove(m, buf, n);
	m[i] = 9;
	mutant("9 dimensions", m, n, "9 dimensions");
	memmove(m, buf, n);
	put64(m+i+4, 1ULL<<40);
	mutant("an absurd dimension", m, n, "dimension");
	free(m);
	free(buf);
}

/* runs export with args (nil-terminated); returns its last argument, the file made, or nil having failed the test */
char*
export1(char **args)
{
	char *argv[16];
	int n;

	argv[0] = bpath("export");
	for(n = 0; args[n] != nil && n < nelem(argv)-2; n++)
		argv[n+1] = args[n];
	argv[n+1] = nil;
	if(runprog(argv, nil, nil) != 0){
		fail("export %s %s failed", args[0], args[1]);
		return nil;
	}
	return args[n-1];
}

/* export's GGUF files: F32 gives the .bin's output, F16 llama.cpp's F16 file's, Q8_0 runs in runq as its blocks are */
void
testggufexport(void)
{
	char *a[12], *f32, *f16, *q8, *q4, *r, *v2, *x, *y;
	int same;

	a[0] = "gguf"; a[1] = "-z"; a[2] = mpath("tok512.bin"); a[3] = mpath("stories260K.bin"); a[4] = tpath("e.gguf"); a[5] = nil;
	f32 = export1(a);
	a[0] = "gguf"; a[1] = "-t"; a[2] = "f16"; a[3] = "-z"; a[4] = mpath("tok512.bin"); a[5] = mpath("stories260K.bin");
	a[6] = tpath("e16.gguf"); a[7] = nil;
	f16 = export1(a);
	x = runmodel("run", mpath("stories260K.bin"), mpath("tok512.bin"), "0.8", "11", "256");
	y = f32 ? runmodel("run", f32, nil, "0.8", "11", "256") : nil;
	check(x && y && strcmp(x, y) == 0, "exported F32 GGUF differs from the .bin");
	x = runmodel("run", mpath("stories260K-F16.gguf"), nil, "0.8", "11", "256");
	y = f16 ? runmodel("run", f16, nil, "0.8", "11", "256") : nil;
	check(x && y && strcmp(x, y) == 0, "exported F16 GGUF differs from llama.cpp's F16 conversion");

	r = tpath("r.bin");
	a[0] = "random"; a[1] = r; a[2] = "96"; a[3] = "256"; a[4] = "2"; a[5] = "4"; a[6] = "2"; a[7] = "32000"; a[8] = "64"; a[9] = nil;
	export1(a);
	a[0] = "gguf"; a[1] = "-z"; a[2] = mpath("tokenizer.bin"); a[3] = r; a[4] = tpath("r.gguf"); a[5] = nil;
	f32 = export1(a);
	x = runmodel("run", r, mpath("tokenizer.bin"), "0.8", "11", "64");
	y = f32 ? runmodel("run", f32, nil, "0.8", "11", "64") : nil;
	check(x && y && strcmp(x, y) == 0, "random model: exported F32 GGUF differs from the .bin");
	a[0] = "gguf"; a[1] = "-t"; a[2] = "q8_0"; a[3] = "-z"; a[4] = mpath("tokenizer.bin"); a[5] = r; a[6] = tpath("r8.gguf"); a[7] = nil;
	q8 = export1(a);
	a[0] = "quantize"; a[1] = q8; a[2] = tpath("r8.v2.bin"); a[3] = nil;
	v2 = q8 ? export1(a) : nil;
	x = q8 ? runmodel("runq", q8, nil, "0.8", "11", "64") : nil;
	y = v2 ? runmodel("runq", v2, mpath("tokenizer.bin"), "0.8", "11", "64") : nil;
	check(x && y && strcmp(x, y) == 0, "Q8_0 GGUF and its ak42 v2 copy differ in runq");
	a[0] = "gguf"; a[1] = "-t"; a[2] = "q4_0"; a[3] = "-z"; a[4] = mpath("tokenizer.bin"); a[5] = r; a[6] = tpath("r4.gguf"); a[7] = nil;
	q4 = export1(a);
	x = q4 ? runmodel("run", q4, nil, "0.8", "11", "64") : nil;
	check(x != nil && strncmp(x, "Once upon a time", 16) == 0, "Q4_0 GGUF does not run");
	same = 0;
	USED(same);
	a[0] = "gguf"; a[1] = "-t"; a[2] = "q8_0"; a[3] = "-z"; a[4] = mpath("tok512.bin"); a[5] = mpath("stories260K.bin"); a[6] = tpath("x.gguf"); a[7] = nil;
	{
		char *argv[12], *err;
		int i;

		argv[0] = bpath("export");
		for(i = 0; a[i]; i++)
			argv[i+1] = a[i];
		argv[i+1] = nil;
		check(runprog(argv, nil, &err) == 1 && err && strstr(err, "not multiples of 32 for Q8_0") != nil,
			"Q8_0 of hidden_dim 172 not refused: %q", err);
	}
}

static uchar*
pbuf(uchar *p, void *v, int n)
{
	memmove(p, v, n);
	return p + n;
}

static uchar*
pint(uchar *p, uvlong v, int n)
{
	int i;

	for(i = 0; i < n; i++)
		*p++ = v >> 8*i;
	return p;
}

static uchar*
pstr(uchar *p, char *s, int v2)
{
	p = pint(p, strlen(s), v2 ? 8 : 8);
	return pbuf(p, s, strlen(s));
}

/* a GGUF with one key of every type and an array of each, written here byte by byte */
void
testggufparse(void)
{
	static int sizes[] = {1, 1, 2, 2, 4, 4, 4, 1, 0, 0, 8, 8, 8};
	uchar *buf, *p;
	char *path, kname[32];
	Gguf *g;
	Gkv *kv;
	Dir *d;
	union { float f; u32int u; } f4;
	union { double f; uvlong u; } f8;
	int t, fd, i, ver;

	for(ver = 2; ver <= 3; ver++){
		buf = mallocz(4096, 1);
		p = pbuf(buf, "GGUF", 4);
		p = pint(p, ver, 4);
		p = pint(p, 0, 8);
		p = pint(p, 11 + 11 + 2, 8);	/* 11 scalar types, an array of each, a string, an array of strings */
		for(t = 0; t < 13; t++){
			if(t == Gstring || t == Garray)
				continue;
			snprint(kname, sizeof kname, "k%d", t);
			p = pstr(p, kname, ver);
			p = pint(p, t, 4);
			if(t == Gf32){ f4.f = -1.5; p = pint(p, f4.u, 4); }
			else if(t == Gf64){ f8.f = 1e100; p = pint(p, f8.u, 8); }
			else p = pint(p, t == Gi8 || t == Gi16 || t == Gi32 || t == Gi64 ? (uvlong)-7 : 200, sizes[t]);
			snprint(kname, sizeof kname, "a%d", t);
			p = pstr(p, kname, ver);
			p = pint(p, Garray, 4);
			p = pint(p, t, 4);
			p = pint(p, 3, 8);
			for(i = 0; i < 3; i++)
				p = pint(p, i+1, sizes[t]);
		}
		p = pstr(p, "s", ver);
		p = pint(p, Gstring, 4);
		p = pstr(p, "héllo", ver);
		p = pstr(p, "as", ver);
		p = pint(p, Garray, 4);
		p = pint(p, Gstring, 4);
		p = pint(p, 2, 8);
		p = pstr(p, "x", ver);
		p = pstr(p, "", ver);
		path = tpath("all.gguf");
		writefile(path, buf, p - buf);
		fd = open(path, OREAD);
		d = dirfstat(fd);
		g = ggufparse(fd, d->length);
		close(fd);
		free(d);
		if(g == nil){
			fail("version %d: %r", ver);
			free(buf);
			continue;
		}
		check(g->version == ver && g->nkv == 24 && g->ntensors == 0 && g->align == 32, "version %d header", ver);
		for(t = 0; t < 13; t++){
			if(t == Gstring || t == Garray)
				continue;
			kv = ggufkey(g, smprint("k%d", t));
			check(kv != nil && kv->type == t, "k%d missing", t);
			if(kv == nil)
				continue;
			if(t == Gf32)
				check(kv->f == -1.5, "f32 %g", kv->f);
			else if(t == Gf64)
				check(kv->f == 1e100, "f64 %g", kv->f);
			else if(t == Gi8 || t == Gi16 || t == Gi32 || t == Gi64)
				check((vlong)kv->u == -7, "type %d: %lld", t, (vlong)kv->u);
			else
				check(kv->u == 200 || (t == Gbool && kv->u == 200), "type %d: %llud", t, kv->u);
			kv = ggufkey(g, smprint("a%d", t));
			check(kv != nil && kv->type == Garray && kv->atype == t && kv->n == 3
				&& ((uchar*)kv->arr)[0] == 1 && ((uchar*)kv->arr)[2*sizes[t]] == 3, "array of %d", t);
		}
		check(ggufkey(g, "s") && strcmp(ggufkey(g, "s")->s, "héllo") == 0, "string");
		kv = ggufkey(g, "as");
		check(kv && kv->n == 2 && strcmp(((char**)kv->arr)[0], "x") == 0 && ((char**)kv->arr)[1][0] == 0, "array of strings");
		gguffree(g);
		free(buf);
	}
}

/* export's GGUF files as Hugging Face's @huggingface/gguf (npm) reads them */
void
testggufnpm(void)
{
	static char *types[] = {"f32", "f16", "q8_0", "q4_0"};
	static int codes[] = {0, 1, 8, 2};
	char *node, *argv[8], *a[10], *out, *want, *r, *p;
	int k;

	node = findprog("node");
	if(node == nil || access("test/node_modules/@huggingface/gguf", AEXIST) < 0){
		notrun("needs node and @huggingface/gguf in test/node_modules (.ci/run installs them)");
		return;
	}
	r = tpath("n.bin");
	a[0] = "random"; a[1] = r; a[2] = "64"; a[3] = "128"; a[4] = "2"; a[5] = "4"; a[6] = "2"; a[7] = "512"; a[8] = "32"; a[9] = nil;
	export1(a);
	for(k = 0; k < nelem(types); k++){
		p = tpath(smprint("n-%s.gguf", types[k]));
		a[0] = "gguf"; a[1] = "-t"; a[2] = types[k]; a[3] = "-z"; a[4] = mpath("tok512.bin"); a[5] = r; a[6] = p; a[7] = nil;
		if(export1(a) == nil)
			continue;
		argv[0] = node;
		argv[1] = "test/ggufcheck.mjs";
		argv[2] = p;
		argv[3] = nil;
		if(runprog(argv, &out, nil) != 0 || out == nil){
			fail("%s: @huggingface/gguf could not read it", types[k]);
			continue;
		}
		want = smprint("version 3\ntensors %d\n", 2 + 9*2);
		check(strncmp(out, want, strlen(want)) == 0, "%s: %q", types[k], out);
		check(strstr(out, "key general.architecture llama\n") && strstr(out, "key llama.embedding_length 64\n")
			&& strstr(out, "key llama.attention.head_count_kv 2\n") && strstr(out, "key tokenizer.ggml.tokens array 512\n"),
			"%s: metadata", types[k]);
		check(strstr(out, smprint("tensor blk.1.ffn_down.weight 128x64 %d\n", codes[k])) != nil
			&& strstr(out, "tensor blk.1.ffn_norm.weight 64 0\n") != nil
			&& strstr(out, smprint("tensor token_embd.weight 64x512 %d\n", codes[k])) != nil, "%s: tensors", types[k]);
		free(out);
	}
	note("F32, F16, Q8_0 and Q4_0 files read by @huggingface/gguf");
}
