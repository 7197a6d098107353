/*
 * bench: the speed of 9ml's kernels and models. Everything is measured
 * in this run against what it is compared with: SIMD against the
 * portable C, threads against one thread, each model's decode speed
 * against the memory bandwidth measured here (bandwidth ÷ bytes of
 * weights read per token is the most any decoder can do). What is
 * compared is measured in turns, so that both see the same moments of
 * a machine shared with others.
 *	bench [-d modeldir] [-b bindir] [-w workdir] [-s] [-k] [-e]
 * -s skips the 42M and 110M shapes; -k stops after the kernels; -e
 * times prompt encoding and the first token only.
 * Random-weight models of the stories shapes are made with export
 * random (and kept in workdir).
 */
#include <u.h>
#include <libc.h>
#include <thread.h>
#include "dat.h"
#include "fns.h"
#include "test.h"

int	mainstacksize = 256*1024;
static int	allthreads;
static char	*workdir = "/tmp/9mlbench";

typedef struct Shape Shape;
struct Shape {
	char	*name;
	char	*args[7];	/* dim hidden layers heads kvheads vocab seqlen; nil: the shared file */
	int	steps;
};

static Shape shapes[] = {
	{"stories260K", {nil}, 256},
	{"stories15M", {"288", "768", "6", "6", "6", "32000", "256"}, 128},
	{"stories42M", {"512", "1376", "8", "8", "8", "32000", "1024"}, 48},
	{"stories110M", {"768", "2048", "12", "12", "12", "32000", "1024"}, 24},
};

static double
now(void)
{
	return nsec() / 1e9;
}

typedef struct Rd Rd;
struct Rd {
	float	*p;
	vlong	n;
	float	sink;
};

static void
readpart(void *v, int lo, int hi)
{
	Rd *r;
	vlong per;

	r = v;
	per = r->n / 64;
	r->sink += readmem(r->p + lo*per, (hi - lo)*per);
}

static Rd	rd;		/* 256 MB to read: far larger than the caches */

/* GB/s reading rd split in 64 parts over the threads: the best of some passes */
static double
bandwidth(int threads, int passes)
{
	double t0, t, best;
	int i;

	if(rd.p == nil){
		rd.n = 64LL<<20;
		rd.p = malloc(rd.n * sizeof(float));
		if(rd.p == nil)
			sysfatal("bandwidth: %r");
		for(i = 0; i < rd.n; i += 1024)
			rd.p[i] = i;
		parallel(readpart, &rd, 64, 1);
	}
	nthreads = threads;
	best = 0;
	for(i = 0; i < passes; i++){
		t0 = now();
		parallel(readpart, &rd, 64, 1);
		t = now() - t0;
		if(t < best || best == 0)
			best = t;
	}
	nthreads = allthreads;
	return rd.n * sizeof(float) / best / 1e9;
}

typedef struct Mv Mv;
struct Mv {
	float	*out, *x, *w;
	int	n;
};

static void
mvrows(void *v, int lo, int hi)
{
	Mv *m;

	m = v;
	matvec(m->out + lo, m->x, m->w + (vlong)lo*m->n, m->n, hi - lo, m->n);
}

/*
 * products per second of fn over d rows in the three ways (C on one
 * thread, SSE2 on one, SSE2 on all): the best of thirty spells of at
 * least 10 ms, the ways taking turns so that all three see the same
 * moments of this machine, whose other tenants share its caches and
 * memory and slow some spells by a third
 */
static void
rates(void (*fn)(void*, int, int), void *m, int d, double r[3])
{
	static int simd[3] = {0, 1, 1};
	double t0, t;
	int i, k, reps;

	r[0] = r[1] = r[2] = 0;
	for(i = 0; i < 30; i++)
	for(k = 0; k < 3; k++){
		usesimd = simd[k];
		nthreads = k < 2 ? 1 : allthreads;
		reps = 0;
		t0 = now();
		do{
			parallel(fn, m, d, 8);
			reps++;
			t = now() - t0;
		}while(t < 0.01);
		if(reps / t > r[k])
			r[k] = reps / t;
	}
	usesimd = 1;
	nthreads = allthreads;
}

static void
matvecs(double *ratio1024)
{
	static int sizes[][2] = {{288, 288}, {768, 768}, {1024, 1024}, {4096, 4096}, {4096, 11008}};
	Mv m;
	uvlong seed;
	vlong i;
	int k, d;
	double r[3], c, s1, sn;

	print("\nmatrix-vector products, GFLOPS (rows × columns)\n");
	print("%-12s %10s %10s %10s %9s %9s\n", "size", "scalar C", "SSE2 1t", smprint("SSE2 %dt", allthreads), "SSE2/C", smprint("%dt/1t", allthreads));
	seed = 1;
	for(k = 0; k < nelem(sizes); k++){
		m.n = sizes[k][0];
		d = sizes[k][1];
		m.w = emallocline((vlong)m.n * d * sizeof(float));	/* as the loaders place weights */
		m.x = emallocline(m.n * sizeof(float));
		m.out = malloc(d * sizeof(float));
		for(i = 0; i < (vlong)m.n * d; i++)
			m.w[i] = randpm(&seed);
		for(i = 0; i < m.n; i++)
			m.x[i] = randpm(&seed);
		rates(mvrows, &m, d, r);		/* GFLOPS: 2 per multiply-add */
		c = 2.0 * m.n * d * r[0] / 1e9;
		s1 = 2.0 * m.n * d * r[1] / 1e9;
		sn = 2.0 * m.n * d * r[2] / 1e9;
		print("%-12s %10.2f %10.2f %10.2f %8.1f× %8.2f×\n", smprint("%d×%d", d, m.n), c, s1, sn, s1/c, sn/s1);
		if(m.n == 1024)
			*ratio1024 = s1/c;
		free(m.w); free(m.x); free(m.out);
	}
}

typedef struct Qmv Qmv;
struct Qmv {
	float	*out, *xs, *ws;
	schar	*xq, *wq;
	int	n;
};

static void
qmvrows(void *v, int lo, int hi)
{
	Qmv *m;

	m = v;
	qmatmul(m->out + lo, m->xq, m->xs, m->wq + (vlong)lo*m->n, m->ws + (vlong)lo*m->n/Qgs, m->n, hi - lo, Qgs);
}

static void
qmatvecs(double *ratio1024)
{
	static int sizes[][2] = {{768, 768}, {1024, 1024}, {2048, 768}, {768, 2048}, {4096, 11008}};
	Qmv m;
	uvlong seed;
	vlong i, nw;
	int k, d;
	double r[3], c, s1, sn;

	print("\nQ8_0 matrix-vector products, billions of multiply-adds/s (rows × columns, groups of %d)\n", Qgs);
	print("%-12s %10s %10s %10s %9s %9s\n", "size", "scalar C", "SSE2 1t", smprint("SSE2 %dt", allthreads), "SSE2/C", smprint("%dt/1t", allthreads));
	seed = 7;
	for(k = 0; k < nelem(sizes); k++){
		m.n = sizes[k][0];
		d = sizes[k][1];
		nw = (vlong)m.n * d;
		m.wq = emallocline(nw);
		m.ws = malloc(nw/Qgs * sizeof(float));
		m.xq = malloc(m.n);
		m.xs = malloc(m.n/Qgs * sizeof(float));
		m.out = malloc(d * sizeof(float));
		for(i = 0; i < nw; i++)
			m.wq[i] = (int)(randpm(&seed)*255) - 127;
		for(i = 0; i < nw/Qgs; i++)
			m.ws[i] = randpm(&seed) / 127;
		for(i = 0; i < m.n; i++)
			m.xq[i] = (int)(randpm(&seed)*255) - 127;
		for(i = 0; i < m.n/Qgs; i++)
			m.xs[i] = randpm(&seed) / 127;
		rates(qmvrows, &m, d, r);		/* billions of multiply-adds */
		c = (double)m.n * d * r[0] / 1e9;
		s1 = (double)m.n * d * r[1] / 1e9;
		sn = (double)m.n * d * r[2] / 1e9;
		print("%-12s %10.2f %10.2f %10.2f %8.1f× %8.2f×\n", smprint("%d×%d", d, m.n), c, s1, sn, s1/c, sn/s1);
		if(m.n == 1024)
			*ratio1024 = s1/c;
		free(m.wq); free(m.ws); free(m.xq); free(m.xs); free(m.out);
	}
}

/* make the random model of shape s (and its Q8_0 form) in workdir unless there */
static char*
modelfile(Shape *s, int q)
{
	char *fp, *qp, *argv[16];
	int i;

	if(s->args[0] == nil)
		return q ? smprint("%s/stories260K.q8.bin", workdir) : mpath("stories260K.bin");
	fp = smprint("%s/%s.bin", workdir, s->name);
	qp = smprint("%s/%s.q8.bin", workdir, s->name);
	if(access(fp, AEXIST) < 0){
		argv[0] = bpath("export");
		argv[1] = "random";
		argv[2] = fp;
		for(i = 0; i < 7; i++)
			argv[3+i] = s->args[i];
		argv[10] = nil;
		if(runprog(argv, nil, nil) != 0)
			sysfatal("export random %s failed", s->name);
	}
	return q ? qp : fp;
}

static void
quantfile(char *in, char *out)
{
	char *argv[6];

	if(access(out, AEXIST) == 0)
		return;
	argv[0] = bpath("export");
	argv[1] = "quantize";
	argv[2] = in;
	argv[3] = out;
	argv[4] = nil;
	if(runprog(argv, nil, nil) != 0)
		sysfatal("export quantize %s failed", in);
}

/* greedy decoding from BOS: tokens per second after the first */
static double
tokps(Model *m, State *st, int steps)
{
	double t0;
	int pos, tok;

	tok = argmax(forward(m, st, 1, 0), m->c.vocab);
	t0 = now();
	for(pos = 1; pos < steps; pos++)
		tok = argmax(forward(m, st, tok, pos), m->c.vocab);
	return (steps - 1) / (now() - t0);
}

typedef struct Result Result;
struct Result {
	double	tps[3];		/* scalar 1t, SSE2 1t, SSE2 all */
	double	frac;		/* of the bandwidth limit, all threads */
	double	prompt[2];	/* prompt positions/s, all threads: one at a time, a batch at a time */
};

enum {
	Promptlen	= 64,
};

/* a prompt of n positions, one at a time with logits (forward) and a batch at a time (forwardn), in turns: the best of three */
static void
prompting(Model *m, int n, double *rate)
{
	State *st;
	int *tok, i, k, pos;
	double t;

	st = newstate(&m->c, n);
	tok = malloc(n * sizeof(int));
	if(st == nil || tok == nil)
		sysfatal("prompt state: %r");
	for(i = 0; i < n; i++)
		tok[i] = 1 + i*37 % (m->c.vocab - 1);
	rate[0] = rate[1] = 0;
	for(i = 0; i < 3; i++){
		t = now();
		for(pos = 0; pos < n; pos++)
			forward(m, st, tok[pos], pos);
		t = n / (now() - t);
		if(t > rate[0])
			rate[0] = t;
		t = now();
		for(pos = 0; pos < n; pos += k)
			k = forwardn(m, st, tok + pos, n - pos, pos);
		t = n / (now() - t);
		if(t > rate[1])
			rate[1] = t;
	}
	freestate(st);
	free(tok);
}

static Result
decoding(char *path, int steps)
{
	Model *m;
	State *st;
	Result r;
	double limit, t, bw;
	int i, k;

	m = openmodel(path);
	if(m == nil)
		sysfatal("%s: %r", path);
	st = newstate(&m->c, steps);
	if(st == nil)
		sysfatal("%s: %r", path);
	/*
	 * the three ways (C, SSE2, SSE2 on all threads) take turns, the
	 * best of three rounds; the limit comes from the best bandwidth
	 * read between the rounds, at the same moments of the machine
	 */
	r.tps[0] = r.tps[1] = r.tps[2] = 0;
	bw = 0;
	for(i = 0; i < 3; i++){
		for(k = 0; k < 3; k++){
			usesimd = k > 0;
			nthreads = k < 2 ? 1 : allthreads;
			t = tokps(m, st, steps);
			if(t > r.tps[k])
				r.tps[k] = t;
		}
		t = bandwidth(allthreads, 2);
		if(t > bw)
			bw = t;
	}
	usesimd = 1;
	nthreads = allthreads;
	freestate(st);
	prompting(m, Promptlen, r.prompt);
	limit = bw * 1e9 / m->nbytes;
	r.frac = r.tps[2] / limit;
	print("%-13s %-5s %8.1f %9.1f %9.1f %10.1f %8.1f%% %8.2f× %8.2f×\n", "", m->gs ? "Q8_0" : "FP32",
		r.tps[0], r.tps[1], r.tps[2], limit, 100*r.frac, r.tps[1]/r.tps[0], r.tps[2]/r.tps[1]);
	if(m->gs != 0 && m->gs != 4 && (m->gs % 16 != 0 || m->gs >= 512))
		print("%-13s %-5s (group size %d: its products take the C kernel, as --no-simd)\n", "", "", m->gs);
	freemodel(m);
	return r;
}

/* ---- prompt encoding and the time to the first token ---- */

static char *words[] = {
	"once", "upon", "a", "time", "there", "was", "little", "girl", "named", "Lily", "she", "loved",
	"to", "play", "in", "the", "park", "with", "her", "dog", "Max", "one", "day", "they", "saw",
	"big", "red", "ball", "and", "wanted", "it", "mom", "said", "happy", "sun", "tree", "bird",
	"friend", "Tom", "went", "home", "smiled", "because", "very", "after", "that", "ran", "fast",
};
static char *marks[] = {" ", " ", " ", " ", " ", " ", ", ", ". ", "! ", "\n"};

/* n bytes of story-like text: words drawn at random */
static char*
storytext(int n, uvlong *seed)
{
	char *s, *w, *m;
	int k;

	s = malloc(n + 1);
	if(s == nil)
		sysfatal("storytext: %r");
	k = 0;
	while(k < n){
		w = words[randu32(seed) % nelem(words)];
		m = marks[randu32(seed) % nelem(marks)];
		while(*w && k < n)
			s[k++] = *w++;
		while(*m && k < n)
			s[k++] = *m++;
	}
	s[n] = 0;
	return s;
}

static void
putnothing(Gen *g, char *p)
{
	USED(g, p);
}

static int encsizes[] = {4, 16, 64, 256, 1024};

/*
 * the prompt's encoding alone, then generate from the prompt to the
 * first sampled token (the positions the model holds, when the prompt
 * fills them, with nothing sampled): the best of three, one for 1 MB
 */
static void
encoding(char *name, char *model, char *tokfile)
{
	Model *m;
	Tokenizer *t;
	Sampler *s;
	Gen g;
	char *text;
	int *tok, i, k, n, steps, reps;
	uvlong seed;
	double t0, enc, first, e;

	m = openmodel(model);
	if(m == nil)
		sysfatal("%s: %r", model);
	t = opentokenizer(tokfile, m->c.vocab);
	if(t == nil)
		sysfatal("%s: %r", tokfile);
	for(k = 0; k < nelem(encsizes); k++){
		seed = 42;
		text = storytext(encsizes[k]*1024, &seed);
		tok = malloc((strlen(text) + 3) * sizeof(int));
		if(tok == nil)
			sysfatal("encoding: %r");
		reps = encsizes[k] >= 1024 ? 1 : 3;
		enc = first = 0;
		n = 0;
		for(i = 0; i < reps; i++){
			t0 = now();
			n = encode(t, text, 1, 0, tok);
			e = now() - t0;
			if(enc == 0 || e < enc)
				enc = e;
		}
		steps = n < m->c.seqlen ? n : m->c.seqlen;
		for(i = 0; i < reps; i++){
			memset(&g, 0, sizeof g);
			g.put = putnothing;
			s = newsampler(m->c.vocab, 0, 0.9, 1);
			t0 = now();
			if(generate(m, t, s, text, steps, &g) < 0)
				sysfatal("generate: %r");
			e = now() - t0;
			if(first == 0 || e < first)
				first = e;
			freesampler(s);
		}
		print("%-13s %6d KB %9d %11.1f %9d %11.1f\n", name, encsizes[k], n, 1000*enc, steps, 1000*first);
		name = "";
		free(tok);
		free(text);
	}
	freetokenizer(t);
	freemodel(m);
}

static void
encodings(void)
{
	print("\nprompt encoding and time to the first token, ms (story-like text; first token: encoding, the prompt's positions the model holds, one sample)\n");
	print("%-13s %9s %9s %11s %9s %11s\n", "model", "prompt", "tokens", "encode", "positions", "first token");
	encoding("stories260K", mpath("stories260K.bin"), mpath("tok512.bin"));
	encoding("stories15M", modelfile(&shapes[1], 0), mpath("tokenizer.bin"));
}

/* peak resident memory in KB: Linux's VmHWM; 9front's status gives the current size */
static vlong
peakmem(void)
{
	char *s, *p, *f[16];
	int n;

	s = readall("/proc/self/status", nil);
	if(s != nil && (p = strstr(s, "VmHWM:")) != nil)
		return atoll(p + 6);
	free(s);
	s = readall(smprint("/proc/%d/status", getpid()), nil);
	if(s == nil)
		return -1;
	n = tokenize(s, f, nelem(f));
	return n > 9 ? atoll(f[9]) : -1;
}

static void
usage(void)
{
	fprint(2, "usage: bench [-d modeldir] [-b bindir] [-w workdir] [-s] [-k] [-e]\n");
	threadexitsall("usage");
}

void
threadmain(int argc, char *argv[])
{
	Result fp[nelem(shapes)], q[nelem(shapes)];
	double bw, bw1, r1024, q1024;
	int i, n, small, fd, kernels, enc;
	char *yes;

	ieeefp();
	small = 0;
	kernels = 0;
	enc = 0;
	r1024 = q1024 = 0;
	ARGBEGIN{
	case 'd': modeldir = EARGF(usage()); break;
	case 'b': bindir = EARGF(usage()); break;
	case 'w': workdir = EARGF(usage()); break;
	case 's': small = 1; break;
	case 'k': kernels = 1; break;
	case 'e': enc = 1; break;
	default: usage();
	}ARGEND
	if(access(workdir, AEXIST) < 0){
		fd = create(workdir, OREAD, DMDIR|0777);
		if(fd < 0)
			sysfatal("create %s: %r", workdir);
		close(fd);
	}
	threadsinit(0);
	allthreads = nthreads;
	print("9ml bench: %d threads (processors: %d)\n", allthreads, ncpu());
	if(enc){
		encodings();
		threadexitsall(nil);
	}
	bw1 = bandwidth(1, 6);
	bw = bandwidth(allthreads, 6);
	print("memory read bandwidth (SSE2 streaming read of 256 MB): %.2f GB/s with 1 thread, %.2f GB/s with %d\n",
		bw1, bw, allthreads);
	matvecs(&r1024);
	qmatvecs(&q1024);
	if(kernels)
		threadexitsall(nil);

	n = small ? 2 : nelem(shapes);
	print("\ndecoding, tokens/s (limit = bandwidth read between the runs ÷ bytes of weights per token)\n");
	print("%-13s %-5s %8s %9s %9s %10s %9s %9s %9s\n", "model", "", "scalar", "SSE2 1t", smprint("SSE2 %dt", allthreads),
		"limit", "of limit", "SSE2/C", smprint("%dt/1t", allthreads));
	for(i = 0; i < n; i++){
		print("%s\n", shapes[i].name);
		quantfile(modelfile(&shapes[i], 0), modelfile(&shapes[i], 1));
		fp[i] = decoding(modelfile(&shapes[i], 0), shapes[i].steps);
		q[i] = decoding(modelfile(&shapes[i], 1), shapes[i].steps);
	}
	print("\nprompts of %d tokens, positions/s with %d threads: one at a time (with logits) and a batch at a time\n",
		Promptlen, allthreads);
	print("%-13s %-5s %9s %9s %9s\n", "model", "", "one", "batched", "ratio");
	for(i = 0; i < n; i++){
		print("%-13s %-5s %9.1f %9.1f %8.2f×\n", shapes[i].name, "FP32", fp[i].prompt[0], fp[i].prompt[1], fp[i].prompt[1]/fp[i].prompt[0]);
		print("%-13s %-5s %9.1f %9.1f %8.2f×\n", "", "Q8_0", q[i].prompt[0], q[i].prompt[1], q[i].prompt[1]/q[i].prompt[0]);
	}
	print("\npeak resident memory of this process: %lld KB (the largest model or test matrix, with the bandwidth probe's %lld MB)\n", peakmem(), rd.n*sizeof(float) >> 20);
	encodings();
	benchchat(workdir);
	benchbatch(workdir, small);

	print("\ntargets\n");
	yes = r1024 >= 5 ? "met" : "not met";
	print("SSE2 matvec ≥ 5× scalar C at 1024×1024, 1 thread: %.1f×: %s\n", r1024, yes);
	if(n == nelem(shapes)){
		i = n - 1;
		print("stories110M decode ≥ 85%% of the bandwidth limit, all threads: FP32 %.0f%%, Q8_0 %.0f%%: %s\n",
			100*fp[i].frac, 100*q[i].frac, fp[i].frac >= 0.85 && q[i].frac >= 0.85 ? "met" : "not met");
		print("stories110M 2 threads ≥ 1.8× one thread: FP32 %.2f×, Q8_0 %.2f× (the memory read itself: %.2f×): %s\n",
			fp[i].tps[2]/fp[i].tps[1], q[i].tps[2]/q[i].tps[1], bw/bw1,
			allthreads >= 2 && fp[i].tps[2]/fp[i].tps[1] >= 1.8 && q[i].tps[2]/q[i].tps[1] >= 1.8 ? "met" : "not met");
		print("stories110M runq ≥ 3× run: %.2f×: %s\n", q[i].tps[2]/fp[i].tps[2],
			q[i].tps[2]/fp[i].tps[2] >= 3 ? "met" : "not met");
	}
	threadexitsall(nil);
}
