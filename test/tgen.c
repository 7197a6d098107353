/*
 * Generation: the engine's forward pass against the reference at every
 * position (logits bit for bit: the same operations in the same order,
 * so the stated tolerance is zero), tokens identical for greedy and
 * sampled decoding; run's output against llama2.c's (the golden files)
 * and against the reference's tokens.
 */
#include <u.h>
#include <libc.h>
#include "dat.h"
#include "fns.h"
#include "test.h"
#include "ref.h"

static char *prompts[] = {
	"Once upon a time",
	"The little dog",
	"Lily wanted to",
	"",
	"Tom and Sue went to the park. They saw",
	"Ünïcödé ☃ and a cat",
};

typedef struct Case Case;
struct Case {
	float	temp;
	float	topp;
	uvlong	seed;
	int	steps;
};

static Case cases[] = {
	{0, 0.9, 0, 256},
	{1, 0.9, 42, 256},
	{0.8, 0.5, 7, 200},
	{1, 0, 99, 150},
};

/* generate's loop, keeping tokens instead of printing them */
static int
enggen(Model *m, Tokenizer *t, char *prompt, Case *c, Ref *r, int *out)
{
	State *st;
	Sampler *s;
	int *p, np, n, pos, tok, next, v;
	float *lg, *rl;

	p = malloc((strlen(prompt)+3) * sizeof(int));
	np = encode(t, prompt, 1, 0, p);
	st = newstate(&m->c, c->steps);
	s = newsampler(m->c.vocab, c->temp, c->topp, c->seed);
	n = 0;
	tok = p[0];
	for(pos = 0; pos < c->steps; pos++){
		lg = forward(m, st, tok, pos);
		rl = refforward(r, tok, pos);
		v = m->c.vocab;
		if(memcmp(lg, rl, v*sizeof(float)) != 0){
			fail("%q t=%g: logits differ from the reference at position %d", prompt, c->temp, pos);
			break;
		}
		next = pos+1 < np ? p[pos+1] : sample(s, lg);
		if(next == 1)
			break;
		out[n++] = next;
		tok = next;
	}
	freesampler(s);
	freestate(st);
	free(p);
	return n;
}

void
testgeneration(void)
{
	Model *m;
	Tokenizer *t;
	Reftok *rt;
	Ref *r, *r2;
	int *a, *b, na, nb, i, k, ncmp;

	m = openmodel(mpath("stories260K.bin"));
	t = opentokenizer(mpath("tok512.bin"), 512);
	r = refload(mpath("stories260K.bin"));
	r2 = refload(mpath("stories260K.bin"));
	rt = reftokload(mpath("tok512.bin"), 512);
	if(m == nil || t == nil || r == nil || r2 == nil || rt == nil){
		fail("cannot load stories260K: %r");
		return;
	}
	a = malloc(600*sizeof(int));
	b = malloc(600*sizeof(int));
	ncmp = 0;
	for(i = 0; i < nelem(prompts); i++)
		for(k = 0; k < nelem(cases); k++){
			na = enggen(m, t, prompts[i], &cases[k], r, a);
			nb = refgenerate(r2, rt, prompts[i], cases[k].steps, cases[k].temp, cases[k].topp, cases[k].seed, b);
			check(na == nb && memcmp(a, b, na*sizeof(int)) == 0,
				"%q t=%g p=%g s=%llud: tokens differ (%d vs %d)", prompts[i], cases[k].temp,
				cases[k].topp, cases[k].seed, na, nb);
			ncmp += na;
		}
	note("%d tokens over %d runs, logits bit-identical at every position", ncmp, nelem(prompts)*nelem(cases));
	free(a);
	free(b);
	reftokfree(rt);
	reffree(r);
	reffree(r2);
	freetokenizer(t);
	freemodel(m);
}

static char*
runout(char *prompt, char *temp, char *topp, char *seed, char *steps)
{
	char *argv[16], *out;
	int n;

	n = 0;
	argv[n++] = bpath("run");
	argv[n++] = mpath("stories260K.bin");
	argv[n++] = "-z";
	argv[n++] = mpath("tok512.bin");
	argv[n++] = "-t";
	argv[n++] = temp;
	argv[n++] = "-p";
	argv[n++] = topp;
	argv[n++] = "-s";
	argv[n++] = seed;
	argv[n++] = "-n";
	argv[n++] = steps;
	argv[n++] = "-i";
	argv[n++] = prompt;
	argv[n] = nil;
	if(runprog(argv, &out, nil) != 0){
		fail("run %q failed", prompt);
		return nil;
	}
	return out;
}

/* karpathy/llama2.c's run.c output, byte for byte */
void
testgolden(void)
{
	char *out, *want, *path;

	path = smprint("%s/stories260K/greedy_once_upon_a_time_n256.txt", goldendir);
	want = readall(path, nil);
	out = runout("Once upon a time", "0", "0.9", "0", "256");
	check(want != nil && out != nil && strcmp(out, want) == 0, "greedy differs from %s", path);
	path = smprint("%s/stories260K/sample_t1_p0.9_s42_once_upon_a_time_n256.txt", goldendir);
	want = readall(path, nil);
	out = runout("Once upon a time", "1.0", "0.9", "42", "256");
	check(want != nil && out != nil && strcmp(out, want) == 0, "sampled differs from %s", path);
}

static int
hexdig(int c)
{
	if(c >= '0' && c <= '9') return c - '0';
	if(c >= 'A' && c <= 'F') return c - 'A' + 10;
	if(c >= 'a' && c <= 'f') return c - 'a' + 10;
	return -1;
}

/* what run prints for these tokens, decoded from the reference's pieces */
char*
reftext(Reftok *t, int *tok, int n)
{
	char *s, *p, b[2];
	int i, prev, c;
	long len;

	s = malloc(16*n + 2);
	len = 0;
	prev = 1;
	for(i = 0; i < n; i++){
		p = t->piece[tok[i]];
		if(prev == 1 && p[0] == ' ')
			p++;
		if(strncmp(p, "<0x", 3) == 0 && hexdig(p[3]) >= 0 && hexdig(p[4]) >= 0 && p[5] == '>'){
			b[0] = hexdig(p[3])*16 + hexdig(p[4]);
			b[1] = 0;
			p = b;
		}
		c = (uchar)p[0];
		if(p[0] != 0 && (p[1] != 0 || (c >= ' ' && c < 0x7F) || (c >= '\t' && c <= '\r'))){
			memmove(s+len, p, strlen(p));
			len += strlen(p);
		}
		prev = tok[i];
	}
	s[len++] = '\n';
	s[len] = 0;
	return s;
}

/* run's whole output for other prompts and settings, against the reference */
/* numbers that are not numbers, or out of range, are refused by name, by run and runq alike */
static void
badflags(void)
{
	static char *bad[][3] = {
		"-t", "nan", "not a number",
		"-t", "abc", "not a number",
		"-t", "0.5x", "not a number",
		"-t", "", "not a number",
		"-t", "-1", "out of range",
		"-t", "1e-38", "out of range",	/* logits/t would overflow */
		"-t", "2.5", "out of range",
		"-p", "2", "out of range",
		"-p", "-0.5", "out of range",
		"-p", "nan", "not a number",
		"-n", "-1", "out of range",
		"-n", "abc", "not a number",
		"-n", "1.5", "not a number",
		"-n", "99999999999999", "out of range",
		"-s", "x", "not a number",
		"-s", "-1", "not a number",
		"-s", "18446744073709551616", "out of range",	/* 2^64 */
	};
	char *argv[8], *prog;
	int i, k;

	for(k = 0; k < 2; k++){
		prog = k == 0 ? "run" : "runq";
		for(i = 0; i < nelem(bad); i++){
			argv[0] = bpath(prog);
			argv[1] = mpath("stories260K.bin");
			argv[2] = "-z"; argv[3] = mpath("tok512.bin");
			argv[4] = bad[i][0]; argv[5] = bad[i][1]; argv[6] = nil;
			expectv(smprint("%s: %s %s: %s", prog, bad[i][0], bad[i][1], bad[i][2]), argv);
		}
	}
}

void
testcli(void)
{
	static char *args[][4] = {
		{"0", "0.9", "0", "300"},
		{"1", "0.9", "42", "256"},
		{"0.7", "0.8", "1234", "512"},
	};
	Ref *r;
	Reftok *rt;
	int *tok, n, i, k;
	char *out, *want;

	r = refload(mpath("stories260K.bin"));
	rt = reftokload(mpath("tok512.bin"), 512);
	if(r == nil || rt == nil){
		fail("cannot load stories260K: %r");
		return;
	}
	tok = malloc(600*sizeof(int));
	for(i = 0; i < nelem(prompts); i++)
		for(k = 0; k < nelem(args); k++){
			n = refgenerate(r, rt, prompts[i], atoi(args[k][3]), atof(args[k][0]), atof(args[k][1]),
				strtoull(args[k][2], nil, 10), tok);
			want = reftext(rt, tok, n);
			out = runout(prompts[i], args[k][0], args[k][1], args[k][2], args[k][3]);
			check(out != nil && strcmp(out, want) == 0, "%q -t %s -p %s -s %s -n %s: output differs",
				prompts[i], args[k][0], args[k][1], args[k][2], args[k][3]);
			free(want);
			free(out);
		}
	free(tok);
	reftokfree(rt);
	reffree(r);
	badflags();
}

/*
 * n tokens one position at a time, and the first n-1 through forwardn
 * (a batch at a time) before the last: the last logits and the whole KV
 * cache must be the same bits
 */
static int
prefillsame(Model *m, int n)
{
	State *a, *b;
	Config *c;
	float *la, *lb;
	int *tok, pos, k, ok;
	vlong cn;

	c = &m->c;
	tok = malloc(n * sizeof(int));
	for(pos = 0; pos < n; pos++)
		tok[pos] = (pos*7919 + 3) % c->vocab;
	a = newstate(c, n);
	b = newstate(c, n);
	la = nil;
	for(pos = 0; pos < n; pos++)
		la = forward(m, a, tok[pos], pos);
	for(pos = 0; pos < n-1; pos += k)
		if((k = forwardn(m, b, tok + pos, n-1 - pos, pos)) <= 0)
			break;
	lb = forward(m, b, tok[n-1], n-1);
	cn = (vlong)c->nlayers * n * (c->dim / c->nheads * c->nkvheads) * sizeof(float);
	ok = pos == n-1 && memcmp(la, lb, c->vocab*sizeof(float)) == 0
		&& memcmp(a->kcache, b->kcache, cn) == 0 && memcmp(a->vcache, b->vcache, cn) == 0;
	freestate(a);
	freestate(b);
	free(tok);
	return ok;
}

/* a prompt's positions a batch at a time give what they give one at a time, on every path */
void
testprefill(void)
{
	static char *rnd[] = {"random", nil, "256", "768", "2", "8", "2", "300", "320", "5", nil};
	Model *m[4];
	char *name[4], *q;
	int i, t, simd, win, saved, n;

	saved = nthreads;
	threadsinit(2);
	m[0] = openmodel(mpath("stories260K.bin"));
	name[0] = "stories260K";
	q = tpath("prefill260q.bin");
	m[1] = exportq(mpath("stories260K.bin"), q) == 0 ? openmodel(q) : nil;
	name[1] = "stories260K Q8_0";
	rnd[1] = tpath("prefill.bin");
	m[2] = export1(rnd) != nil ? openmodel(rnd[1]) : nil;
	name[2] = "random 256×768";
	q = tpath("prefillq.bin");
	m[3] = exportq(tpath("prefill.bin"), q) == 0 ? openmodel(q) : nil;
	name[3] = "random 256×768 Q8_0";
	for(i = 0; i < nelem(m); i++){
		if(m[i] == nil){
			fail("%s: %r", name[i]);
			continue;
		}
		n = i < 2 ? 300 : 100;
		for(win = 0; win <= 7; win += 7)
		for(t = 1; t <= 2; t++)
		for(simd = 0; simd <= 1; simd++){
			m[i]->c.window = win;
			nthreads = t;
			usesimd = simd;
			check(prefillsame(m[i], n), "%s, window %d, %d threads, simd %d: %d positions batched differ",
				name[i], win, t, simd, n);
		}
		freemodel(m[i]);
	}
	usesimd = 1;
	nthreads = saved;
}
