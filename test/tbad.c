/*
 * Bad input to run: each case must exit with a failure status and
 * print exactly the expected diagnostic, never crash.
 */
#include <u.h>
#include <libc.h>
#include "dat.h"
#include "fns.h"
#include "test.h"

static void
put32(uchar *p, u32int v)
{
	p[0] = v;
	p[1] = v>>8;
	p[2] = v>>16;
	p[3] = v>>24;
}

/* a legacy header followed by pad bytes of zeros */
static char*
header(char *name, int dim, int hid, int layers, int heads, int kv, int vocab, int seq, long pad)
{
	uchar *buf;
	char *path;

	buf = mallocz(28 + pad, 1);
	put32(buf, dim);
	put32(buf+4, hid);
	put32(buf+8, layers);
	put32(buf+12, heads);
	put32(buf+16, kv);
	put32(buf+20, vocab);
	put32(buf+24, seq);
	path = tpath(name);
	writefile(path, buf, 28 + pad);
	free(buf);
	return path;
}

/* the program argv must fail and say want on stderr */
void
expectv(char *want, char **argv)
{
	char *err, *e;
	int st;

	st = runprog(argv, nil, &err);
	check(st == 1, "%s: exit status %d, want failure", want, st);
	if(err == nil){
		fail("%s: no stderr", want);
		return;
	}
	e = strchr(err, '\n');
	if(e != nil)
		*e = 0;
	check(strcmp(err, want) == 0, "got %q, want %q", err, want);
	free(err);
}

/* prog (run or runq) on model with tokenizer tok must fail and say want */
static void
expectq(char *prog, char *want, char *model, char *tok, char *extra)
{
	char *argv[10];
	int n;

	n = 0;
	argv[n++] = bpath(prog);
	if(model)
		argv[n++] = model;
	argv[n++] = "-z";
	argv[n++] = tok ? tok : mpath("tok512.bin");
	argv[n++] = "-n";
	argv[n++] = "8";
	if(extra)
		argv[n++] = extra;
	argv[n] = nil;
	expectv(want, argv);
}

static void
expect(char *want, char *model, char *tok, char *extra)
{
	expectq("run", want, model, tok, extra);
}

/* Q8_0 files and export */
static void
badquant(void)
{
	char *argv[8], *q, *p, *buf;
	long n;

	q = tpath("bq.bin");
	argv[0] = bpath("export");
	if(exportq(mpath("stories260K.bin"), q) != 0){
		fail("export quantize failed");
		return;
	}
	buf = readall(q, &n);
	p = tpath("bq2.bin");
	writefile(p, buf, n - 1000);
	expectq("runq", smprint("runq: %s: truncated: %ld bytes are fewer than the header wants", p, n - 1000), p, nil, nil);
	put32((uchar*)buf + 37, 8);
	writefile(p, buf, n);
	expectq("runq", smprint("runq: %s: group size 8 does not divide hidden_dim 172", p), p, nil, nil);
	put32((uchar*)buf + 37, 3);
	writefile(p, buf, n);
	expectq("runq", smprint("runq: %s: group size 3 does not divide dim 64", p), p, nil, nil);
	put32((uchar*)buf + 37, 0);
	writefile(p, buf, n);
	expectq("runq", smprint("runq: %s: bad group size 0", p), p, nil, nil);
	put32((uchar*)buf + 4, 3);
	writefile(p, buf, n);
	expectq("runq", smprint("runq: %s: unsupported llama2.c version 3", p), p, nil, nil);
	free(buf);
	expectq("runq", smprint("runq: %s: not a quantized model: make one with export quantize",
		mpath("stories260K.bin")), mpath("stories260K.bin"), nil, nil);
	expectq("run", smprint("run: %s: quantized (Q8_0) model: use runq", q), q, nil, nil);

	/* export refuses a group size that does not divide, and leaves nothing behind */
	p = tpath("g8.bin");
	argv[1] = "quantize";
	argv[2] = "-g";
	argv[3] = "8";
	argv[4] = mpath("stories260K.bin");
	argv[5] = p;
	argv[6] = nil;
	expectv(smprint("export: %s: group size 8 does not divide hidden_dim 172", mpath("stories260K.bin")), argv);
	check(access(p, AEXIST) < 0, "export left %s behind", p);
	argv[2] = q;
	argv[3] = p;
	argv[4] = nil;
	expectv(smprint("export: %s: already quantized", q), argv);
	argv[1] = "info";
	argv[2] = tpath("nosuch.bin");
	argv[3] = nil;
	/* 9front's kernel: "%s: %#q", the name up to the element that is missing (port/chan.c:/^namelenerror) */
	expectv(smprint("export: %s: file does not exist: '%s'", argv[2], argv[2]), argv);
	argv[1] = "frobnicate";
	argv[2] = nil;
	expectv("usage: export info model", argv);
	/* a destination in a missing directory: the error names the directory, the first element that is missing */
	argv[1] = "quantize";
	argv[2] = mpath("stories260K.bin");
	argv[3] = tpath("nodir/out.bin");
	argv[4] = nil;
	expectv(smprint("export: %s: file does not exist: '%s'", argv[3], tpath("nodir")), argv);
}

void
testbadinput(void)
{
	char *good, *buf, *p, *want;
	long n;
	uchar h[256];

	good = mpath("stories260K.bin");
	buf = readall(good, &n);
	if(buf == nil){
		fail("%s: %r", good);
		return;
	}

	p = tpath("trunc.bin");
	writefile(p, buf, 100000);
	expect(smprint("run: %s: truncated: 100000 bytes are fewer than the header wants", p), p, nil, nil);
	writefile(p, buf, n - 1);
	expect(smprint("run: %s: truncated: %ld bytes are fewer than the header wants", p, n - 1), p, nil, nil);

	p = tpath("long.bin");
	writefile(p, buf, n);
	buf = realloc(buf, n + 4);
	writefile(p, buf, n + 4);
	expect(smprint("run: %s: trailing data after the weights", p), p, nil, nil);

	p = tpath("text.bin");
	writefile(p, "hello, world: this is not a model at all\n", 41);
	expect(smprint("run: %s: bad magic", p), p, nil, nil);

	p = tpath("empty.bin");
	writefile(p, "", 0);
	expect(smprint("run: %s: bad magic", p), p, nil, nil);

	p = header("heads0.bin", 64, 172, 5, 0, 4, 512, 512, 0);
	expect(smprint("run: %s: bad header: n_heads", p), p, nil, nil);
	p = header("kv3.bin", 64, 172, 5, 8, 3, 512, 512, 0);
	expect(smprint("run: %s: bad header: n_kv_heads", p), p, nil, nil);
	p = header("hid.bin", 64, -172, 5, 8, 4, 512, 512, 0);
	expect(smprint("run: %s: bad header: hidden_dim", p), p, nil, nil);
	p = header("seq.bin", 64, 172, 5, 8, 4, 512, 0x7fffffff, 0);
	expect(smprint("run: %s: bad header: seq_len", p), p, nil, nil);
	p = header("vocab.bin", 64, 172, 5, 8, 4, 0, 512, 0);
	expect(smprint("run: %s: bad header: vocab_size", p), p, nil, nil);
	/* plausible but enormous: refused by size before anything is allocated */
	p = header("huge.bin", 65536, 262144, 1024, 512, 512, 1000000, 1000000, 1000);
	expect(smprint("run: %s: truncated: 1028 bytes are fewer than the header wants", p), p, nil, nil);

	memset(h, 0, sizeof h);
	put32(h, 0x616b3432);
	put32(h+4, 7);
	p = tpath("v7.bin");
	writefile(p, h, sizeof h);
	expect(smprint("run: %s: unsupported llama2.c version 7", p), p, nil, nil);
	put32(h+4, 1);
	put32(h+8, 64);
	writefile(p, h, sizeof h);
	expect(smprint("run: %s: bad header: hidden_dim", p), p, nil, nil);

	p = tpath("nosuch.bin");
	expect(smprint("run: %s: file does not exist: '%s'", p, p), p, nil, nil);
	expect(smprint("run: %s: file does not exist: '%s'", p, p), good, p, nil);

	/* tokenizer and model disagree about the vocabulary */
	want = smprint("run: %s: has more than 512 tokens: vocabulary does not match the model", mpath("tokenizer.bin"));
	expect(want, good, mpath("tokenizer.bin"), nil);
	free(buf);
	buf = readall(mpath("tok512.bin"), &n);
	p = tpath("tok.bin");
	writefile(p, buf, 3000);	/* 214 whole pieces, counted with Python */
	expect(smprint("run: %s: has 214 tokens, model wants 512", p), good, p, nil);
	put32((uchar*)buf + 4 + 4, 1<<30);	/* first piece's length */
	writefile(p, buf, n);
	expect(smprint("run: %s: bad length of token 0", p), good, p, nil);
	free(buf);

	expect("usage: run [-t temp] [-p topp] [-s seed] [-n steps] [-i prompt] [-z tokenizer] "
		"[-m generate|chat] [-y system] [-T template] [-a arch] [--threads n] [--no-simd] [--no-avx] [--no-avx2] [--no-vnni] [--no-ssse3] model", nil, nil, nil);
	expect("run: unknown mode bogus", good, nil, "-mbogus");
	badquant();
	expect("usage: run [-t temp] [-p topp] [-s seed] [-n steps] [-i prompt] [-z tokenizer] "
		"[-m generate|chat] [-y system] [-T template] [-a arch] [--threads n] [--no-simd] [--no-avx] [--no-avx2] [--no-vnni] [--no-ssse3] model", good, nil, "-x");
}

/* stories260K with every weight ±3e38: its first products overflow, its sums become ∞ - ∞ */
char*
hugemodel(void)
{
	char *buf, *p;
	long n, i;
	union { float f; u32int u; } v;

	buf = readall(mpath("stories260K.bin"), &n);
	if(buf == nil)
		return nil;
	for(i = 28; i + 4 <= n; i += 4){
		v.f = 3e38;
		if(i & 4)
			v.u |= 1U<<31;
		put32((uchar*)buf + i, v.u);
	}
	p = tpath("huge.bin");
	writefile(p, buf, n);
	free(buf);
	return p;
}

/*
 * 9front starts a process with invalid operation, division by zero and
 * overflow trapping (the host does as its kernel); the programs ask for
 * IEEE 754's default, so a model whose numbers overflow makes nonsense,
 * not a dead process
 */
void
testfptraps(void)
{
	char *argv[12], *p, *q, *out;
	int st;

	check((getfcr() & (FPINVAL|FPZDIV|FPOVFL)) == 0, "the harness traps: fcr %#lux", getfcr());
	if((p = hugemodel()) == nil){
		fail("huge model: %r");
		return;
	}
	argv[0] = bpath("run");
	argv[1] = "-z"; argv[2] = mpath("tok512.bin");
	argv[3] = "-n"; argv[4] = "8";
	argv[5] = "-t"; argv[6] = "0";
	argv[7] = p;
	argv[8] = nil;
	st = runprog(argv, &out, nil);
	check(st == 0, "run on ±3e38 weights: status %d", st);
	argv[5] = "-t"; argv[6] = "1";
	st = runprog(argv, &out, nil);
	check(st == 0, "run -t 1 on ±3e38 weights: status %d", st);
	q = tpath("hugeq.bin");
	argv[0] = bpath("export");
	argv[1] = "quantize"; argv[2] = p; argv[3] = q; argv[4] = nil;
	st = runprog(argv, nil, nil);
	check(st == 0, "export quantize of ±3e38 weights: status %d", st);
	argv[0] = bpath("runq");
	argv[1] = "-z"; argv[2] = mpath("tok512.bin");
	argv[3] = "-n"; argv[4] = "8";
	argv[5] = "-t"; argv[6] = "0";
	argv[7] = q;
	argv[8] = nil;
	st = runprog(argv, &out, nil);
	check(st == 0, "runq on its Q8_0: status %d", st);
}
