/*
 * bench: the speed of 9ml's kernels and models. Everything is measured
 * in this run against what it is compared with: SIMD against the
 * portable C, threads against one thread, each model's decode speed
 * against the memory bandwidth measured here (bandwidth ÷ bytes of
 * weights read per token is the most any decoder can do). What is
 * compared is measured in turns, so that both see the same moments of
 * a machine shared with others.
 *	bench [-d modeldir] [-b bindir] [-w workdir] [-l llama2cdir] [-j peerdir]
 *		[-m model[:type]] [-r rounds] [-s] [-k] [-e] [-p] [-A] [-V] [-S] [-B]
 * -s skips the 42M and 110M shapes (and takes stories15M Q8_0 alone
 * against the peers); -k stops after the kernels (FP32, Q8_0 and each
 * GGUF type's); -e times prompt encoding and the first token only; -p
 * runs the bandwidth probe and the comparison with the peers only; -B
 * the sessions decoding together only; -A leaves out the AVX2 kernels
 * (SSSE3's, AVX's and SSE2's where the machine has AVX2: as a machine
 * with AVX but not AVX2), -V the AVX-VNNI ones (AVX2's instead), -S the
 * SSSE3 and AVX ones too (SSE2 alone).
 * The peers, in turns with ours over -r rounds (3) on the same files:
 * llama.cpp through npm's node-llama-cpp, run by peerdir/peer.mjs
 * (test/) when node and the package are installed; llama2.c's run and
 * runq from llama2cdir when it is given (built by hand, greedy with
 * -t 0 -n steps, "achieved tok/s" read from their stderr); -m takes
 * the peers' rows of one model (stories42M, stories110M, TinyLlama-1.1B),
 * or one row of it as model:type (TinyLlama-1.1B:q8_0).
 * Random-weight models of the stories and TinyLlama shapes are made
 * with export random, quantize and gguf (and kept in workdir).
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

/*
 * The memory read bandwidth is the best that any of these loops reads:
 * the SSE2 kernel (readmem) and eight independent 64-bit sums in C, which
 * gcc vectorizes on Linux and 6c keeps in eight registers; the one that
 * wins varies with the machine and the moment, so the limit is the best.
 */
typedef struct Loop Loop;
struct Loop {
	char	*name;
	float	(*fn)(float*, vlong);
};

/* C: eight independent sums of 64-bit words, n floats (a multiple of 16) */
static float
readsums(float *p, vlong n)
{
	uvlong *q, s0, s1, s2, s3, s4, s5, s6, s7;
	vlong i, m;

	q = (uvlong*)p;
	m = n/2;
	s0 = s1 = s2 = s3 = s4 = s5 = s6 = s7 = 0;
	for(i = 0; i < m; i += 8){
		s0 += q[i];
		s1 += q[i+1];
		s2 += q[i+2];
		s3 += q[i+3];
		s4 += q[i+4];
		s5 += q[i+5];
		s6 += q[i+6];
		s7 += q[i+7];
	}
	return (s0 + s1 + s2 + s3 + s4 + s5 + s6 + s7) & 1;
}

static Loop loops[] = {
	{"SSE2 kernel (readmem: 4 sums, prefetch)", readmem},
	{"C, 8 independent 64-bit sums", readsums},
};

typedef struct Rd Rd;
struct Rd {
	float	*p;
	vlong	n;
	float	sink;
	Loop	*loop;
};

static void
readpart(void *v, int lo, int hi)
{
	Rd *r;
	vlong per;

	r = v;
	per = r->n / 64;
	r->sink += r->loop->fn(r->p + lo*per, (hi - lo)*per);
}

static Rd	rd;		/* 256 MB to read: far larger than the caches */

/* GB/s reading rd split in 64 parts over the threads with loop: the best of some passes */
static double
readrate(Loop *loop, int threads, int passes)
{
	double t0, t, best;
	int i;

	if(rd.p == nil){
		rd.n = 64LL<<20;
		rd.p = emallocline(rd.n * sizeof(float));
		if(rd.p == nil)
			sysfatal("bandwidth: %r");
		for(i = 0; i < rd.n; i += 1024)
			rd.p[i] = i;
	}
	rd.loop = loop;
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

/* the best of the loops, each given passes passes */
static double
bandwidth(int threads, int passes)
{
	double best, t;
	int k;

	best = 0;
	for(k = 0; k < nelem(loops); k++){
		t = readrate(&loops[k], threads, passes);
		if(t > best)
			best = t;
	}
	return best;
}

/*
 * each loop on 1 and all threads, in turns over rounds of two passes so
 * that all see the same moments of the machine: the best of each, and
 * the best of all as the limit
 */
static void
probe(double *bw1, double *bwn)
{
	double r[nelem(loops)][2], t;
	int i, k, j;

	memset(r, 0, sizeof r);
	readrate(&loops[0], allthreads, 1);	/* the pages, in */
	for(i = 0; i < 4; i++)
	for(k = 0; k < nelem(loops); k++)
	for(j = 0; j < 2; j++){
		t = readrate(&loops[k], j ? allthreads : 1, 2);
		if(t > r[k][j])
			r[k][j] = t;
	}
	print("memory read bandwidth, GB/s (256 MB; the best of 4 rounds of 2 passes, the loops in turns)\n");
	print("%-42s %9s %9s\n", "loop", "1 thread", smprint("%d threads", allthreads));
	*bw1 = *bwn = 0;
	for(k = 0; k < nelem(loops); k++){
		print("%-42s %9.2f %9.2f\n", loops[k].name, r[k][0], r[k][1]);
		if(r[k][0] > *bw1)
			*bw1 = r[k][0];
		if(r[k][1] > *bwn)
			*bwn = r[k][1];
	}
	print("%-42s %9.2f %9.2f\n", "limit: the best", *bw1, *bwn);
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

/* passes per second of fn over d rows, parallel as nthreads says, in a spell of at least 10 ms */
static double
spell(void (*fn)(void*, int, int), void *m, int d)
{
	double t0, t;
	int reps;

	reps = 0;
	t0 = now();
	do{
		parallel(fn, m, d, 8);
		reps++;
		t = now() - t0;
	}while(t < 0.01);
	return reps / t;
}

/*
 * products per second of fn over d rows in the three ways (C on one
 * thread, SSE2 on one, SSE2 on all): the best of thirty spells, the
 * ways taking turns so that all three see the same moments of this
 * machine, whose other tenants share its caches and memory and slow
 * some spells by a third
 */
static void
rates(void (*fn)(void*, int, int), void *m, int d, double r[3])
{
	static int simd[3] = {0, 1, 1};
	double v;
	int i, k;

	r[0] = r[1] = r[2] = 0;
	for(i = 0; i < 30; i++)
	for(k = 0; k < 3; k++){
		usesimd = simd[k];
		nthreads = k < 2 ? 1 : allthreads;
		if((v = spell(fn, m, d)) > r[k])
			r[k] = v;
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

/* rows of a GGUF type: random bytes, every scale 1, F16 values between 1/2 and 1, BF16 ones between 1 and 2 */
static void
gtyperows(uchar *raw, int t, vlong rowbytes, vlong nrows, uvlong *seed)
{
	uchar *b, *end;
	vlong i;
	int bb;

	for(i = 0; i < rowbytes*nrows; i++)
		raw[i] = (randpm(seed) + 1) * 128;
	gblock(t, &bb);
	end = raw + rowbytes*nrows;
	for(b = raw; b < end; b += bb)
		switch(t){
		case Tq4_0: case Tq5_0: case Tq8_0:
			b[0] = 0x00; b[1] = 0x3c;
			break;
		case Tq4_1: case Tq4_K: case Tq5_K:
			b[0] = b[2] = 0x00; b[1] = b[3] = 0x3c;
			break;
		case Tq6_K:
			b[208] = 0x00; b[209] = 0x3c;
			break;
		case Tf16:
			b[1] = 0x38 | (b[1] & 0x83);
			break;
		case Tbf16:
			b[1] = 0x3f | (b[1] & 0x80);
			b[0] |= 0x80;
			break;
		}
}

typedef struct Gmv Gmv;
struct Gmv {
	Mat	w;
	int	n;
	schar	*xq;
	float	*xs, *x, *out;
	int	*xsum;
};

/* rows lo..hi-1 in blocks of 128 KB of weights, as forward's matmuls go through them */
static void
gmvrows(void *v, int lo, int hi)
{
	Gmv *m;
	int r, nr;

	m = v;
	nr = 128*1024 / m->w.rowbytes & ~7;	/* whole eights */
	for(r = lo; r < hi; r += nr)
		gmatmul(m->out + r, &m->w, r, m->n, hi - r < nr ? hi - r : nr, m->xq, m->xs, m->xsum, m->x);
}

/*
 * GB/s of weights each GGUF type's product reads on one thread, rows of
 * 2048: 256 KB of them (in L2) and 256 MB (from memory), SSE2 alone,
 * SSSE3 (the types that have a kernel of it) and AVX2 in turns, the
 * best of twelve spells of at least 10 ms each; AVX2's Q8_0 and Q4_0 in eights,
 * as a model is loaded for it
 */
static void
gmatvecs(double bw1)
{
	static int types[] = {Tq4_0, Tq4_1, Tq5_0, Tq8_0, Tq4_K, Tq5_K, Tq6_K, Tf16, Tbf16};
	static char *names[] = {"Q4_0", "Q4_1", "Q5_0", "Q8_0", "Q4_K", "Q5_K", "Q6_K", "F16", "BF16"};
	static vlong sizes[2] = {256*1024, 256*1024*1024};
	Gmv m;
	Mat rows, eights;
	uchar *raw, *raw8;
	uvlong seed;
	double r[3][2], v;
	int k, i, j, a, d, avx, ssse, have[3];

	avx = useavx;
	ssse = usessse3;
	nthreads = 1;
	useavx = usessse3 = 1;
	have[0] = 1;
	have[1] = ssse3();
	have[2] = avx2();
	print("\nGGUF-type products, GB/s of weights read on 1 thread (rows of 2048; the limit %.2f GB/s)\n", bw1);
	print("%-6s %9s %9s %9s %9s %9s %9s %10s\n", "type", "SSE2 L2", "memory", "SSSE3 L2", "memory", "AVX2 L2", "memory", "of limit");
	seed = 3;
	m.n = 2048;
	m.x = malloc(m.n * sizeof(float));
	m.xq = malloc(m.n);
	m.xs = malloc(m.n/32 * sizeof(float));
	m.xsum = malloc(m.n/32 * sizeof(int));
	for(i = 0; i < m.n; i++)
		m.x[i] = randpm(&seed);
	gquantize(m.xq, m.xs, m.xsum, m.x, m.n);
	raw = emallocline(sizes[1]);
	m.out = malloc(sizes[1] / 512 * sizeof(float));
	if(raw == nil || m.out == nil)
		sysfatal("gmatvecs: %r");
	for(k = 0; k < nelem(types); k++){
		memset(&m.w, 0, sizeof m.w);
		m.w.type = types[k];
		tensorsize(types[k], m.n, &m.w.rowbytes);
		m.w.raw = raw;
		gtyperows(raw, types[k], m.w.rowbytes, sizes[1] / m.w.rowbytes, &seed);
		rows = eights = m.w;
		raw8 = nil;
		if(eightblock(types[k]) && have[2] && (raw8 = emallocline(sizes[1])) != nil){
			memmove(raw8, raw, sizes[1]);
			eights.raw = raw8;
			toeights(&eights, sizes[1] / m.w.rowbytes, (uchar*)m.out, 1);
		}
		memset(r, 0, sizeof r);
		for(i = 0; i < 12; i++)
		for(j = 0; j < 2; j++)
		for(a = 0; a < 3; a++){
			if(!have[a] || (a == 1 && !ssse3type(types[k])))
				continue;
			usessse3 = a > 0;
			useavx = a > 1;
			m.w = a == 2 && raw8 != nil ? eights : rows;
			d = sizes[j] / m.w.rowbytes & ~7;
			v = spell(gmvrows, &m, d) * d * m.w.rowbytes / 1e9;
			if(v > r[a][j])
				r[a][j] = v;
		}
		free(raw8);
		print("%-6s", names[k]);
		for(a = 0; a < 3; a++)
			for(j = 0; j < 2; j++)
				print(" %9s", r[a][j] > 0 ? smprint("%.2f", r[a][j]) : "—");
		print(" %9.2f×\n", (have[2] ? r[2][1] : r[1][1] > 0 ? r[1][1] : r[0][1]) / bw1);
	}
	usessse3 = ssse;
	useavx = avx;
	nthreads = allthreads;
	free(raw); free(m.out); free(m.x); free(m.xq); free(m.xs); free(m.xsum);
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
		t = bandwidth(allthreads, 1);
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

/* ---- against the peers: llama.cpp (node-llama-cpp) and llama2.c, on the same files ---- */

typedef struct Peerrow Peerrow;
struct Peerrow {
	char	*name;
	char	*args[7];	/* as Shape's */
	char	*type;		/* export gguf -t */
	int	steps;
};

static Peerrow peerrows[] = {
	{"stories42M", {"512", "1376", "8", "8", "8", "32000", "1024"}, "f32", 64},
	{"stories42M", {"512", "1376", "8", "8", "8", "32000", "1024"}, "q8_0", 64},
	{"stories110M", {"768", "2048", "12", "12", "12", "32000", "1024"}, "f32", 48},
	{"stories110M", {"768", "2048", "12", "12", "12", "32000", "1024"}, "q8_0", 48},
	{"TinyLlama-1.1B", {"2048", "5632", "22", "32", "4", "32000", "2048"}, "q8_0", 16},
	{"TinyLlama-1.1B", {"2048", "5632", "22", "32", "4", "32000", "2048"}, "q4_0", 16},
	{"TinyLlama-1.1B", {"2048", "5632", "22", "32", "4", "32000", "2048"}, "q4_k_m", 16},
};
static Peerrow smallrow = {"stories15M", {"288", "768", "6", "6", "6", "32000", "256"}, "q8_0", 64};

enum {
	Pplen	= 512,		/* llama.cpp's pp512 */
	Maxrounds	= 16,
};

static int	rounds = 3;
static char	*node;		/* node and peer.mjs, or nil */
static char	*peerjs;
static char	*peerwhy;	/* why llama.cpp is not run */
static char	*l2cdir;	/* llama2.c's run and runq, or nil */
static char	*peerdir = "test";	/* where peer.mjs is */
static char	*peeronly;	/* the rows of this model only, or nil */

/* the model of row r in the form peer wants: "bin" (llama2.c FP32), "q8" (llama2.c Q8_0), or GGUF */
static char*
rowfile(Peerrow *r, char *form)
{
	Shape s;
	char *fp, *out, *argv[9];

	memset(&s, 0, sizeof s);
	s.name = r->name;
	memmove(s.args, r->args, sizeof s.args);
	fp = modelfile(&s, 0);
	if(strcmp(form, "bin") == 0)
		return fp;
	if(strcmp(form, "q8") == 0){
		out = modelfile(&s, 1);
		quantfile(fp, out);
		return out;
	}
	out = smprint("%s/%s.%s.gguf", workdir, r->name, r->type);
	if(access(out, AEXIST) < 0){
		argv[0] = bpath("export");
		argv[1] = "gguf";
		argv[2] = "-t";
		argv[3] = r->type;
		argv[4] = "-z";
		argv[5] = mpath("tokenizer.bin");
		argv[6] = fp;
		argv[7] = out;
		argv[8] = nil;
		if(runprog(argv, nil, nil) != 0)
			sysfatal("export gguf %s failed", out);
	}
	return out;
}

/* the number after key in s, or -1 */
static double
after(char *s, char *key)
{
	char *p;

	if(s == nil || (p = strstr(s, key)) == nil)
		return -1;
	return strtod(p + strlen(key), nil);
}

/* resident KB now: Linux's VmRSS; 9front's status gives the size in its tenth field */
static vlong
rssnow(void)
{
	char *s, *p, *f[16];
	vlong kb;
	int n;

	s = readall("/proc/self/status", nil);
	if(s != nil && (p = strstr(s, "VmRSS:")) != nil){
		kb = atoll(p + 6);
		free(s);
		return kb;
	}
	free(s);
	s = readall(smprint("/proc/%d/status", getpid()), nil);
	if(s == nil)
		return -1;
	n = tokenize(s, f, nelem(f));
	kb = n > 9 ? atoll(f[9]) : -1;
	free(s);
	return kb;
}

/* llama.cpp on file with threads: tok/s (and its resident KB in *rss), or -1 */
static double
llamacpp(char *mode, char *file, int threads, int n, vlong *rss)
{
	char *argv[8], *out, *err;
	double r;

	if(node == nil)
		return -1;
	argv[0] = node;
	argv[1] = peerjs;
	argv[2] = mode;
	argv[3] = file;
	argv[4] = smprint("%d", threads);
	argv[5] = smprint("%d", n);
	argv[6] = nil;
	out = err = nil;
	if(runprog(argv, &out, &err) != 0 || (r = after(out, "tok/s ")) <= 0){
		if(out != nil && strncmp(out, "not run: ", 9) == 0)
			peerwhy = strdup(out + 9);
		else
			peerwhy = smprint("peer.mjs failed: %s", err != nil ? err : "");
		node = nil;
		r = -1;
	}
	if(rss != nil)
		*rss = (vlong)after(out, "rss ");
	free(out);
	free(err);
	free(argv[4]);
	free(argv[5]);
	return r;
}

/* llama2.c's prog on file with threads, greedy: its achieved tok/s, or -1 */
static double
llama2c(char *prog, char *file, int threads, int steps)
{
	char *argv[8], *out, *err, *t;
	double r;

	if(l2cdir == nil)
		return -1;
	argv[0] = smprint("%s/%s", l2cdir, prog);
	argv[1] = file;
	argv[2] = "-t";
	argv[3] = "0";
	argv[4] = "-n";
	argv[5] = smprint("%d", steps);
	argv[6] = nil;
	t = smprint("%d", threads);
	putenv("OMP_NUM_THREADS", t);
	out = err = nil;
	r = -1;
	if(access(argv[0], AEXEC) == 0 && runprog(argv, &out, &err) == 0)
		r = after(err, "achieved tok/s:");
	free(out);
	free(err);
	free(argv[0]);
	free(argv[5]);
	free(t);
	return r;
}

/* ours: a prompt of n positions a batch at a time, positions/s */
static double
ourprompt(Model *m, State *st, int n)
{
	int *tok, i, k, pos;
	double t;

	tok = malloc(n * sizeof(int));
	if(tok == nil)
		sysfatal("prompt: %r");
	for(i = 0; i < n; i++)
		tok[i] = 1 + i*37 % (m->c.vocab - 1);
	t = now();
	for(pos = 0; pos < n; pos += k)
		k = forwardn(m, st, tok + pos, n - pos, pos);
	t = n / (now() - t);
	free(tok);
	return t;
}

typedef struct Span Span;
struct Span {
	double	v[Maxrounds];
	int	n;
};

static void
add(Span *s, double v)
{
	if(v > 0 && s->n < Maxrounds)
		s->v[s->n++] = v;
}

/* lo–hi of s, or "—" */
static char*
span(Span *s, char *unit)
{
	double lo, hi;
	int i;

	if(s->n == 0)
		return "—";
	lo = hi = s->v[0];
	for(i = 1; i < s->n; i++){
		if(s->v[i] < lo)
			lo = s->v[i];
		if(s->v[i] > hi)
			hi = s->v[i];
	}
	if(lo >= 100)
		return smprint("%.0f–%.0f%s", lo, hi, unit);
	if(lo >= 10)
		return smprint("%.1f–%.1f%s", lo, hi, unit);
	return smprint("%.2f–%.2f%s", lo, hi, unit);
}

/* the ratios a[i]/b[i] of the rounds both have */
static Span
ratios(Span *a, Span *b)
{
	Span r;
	int i;

	memset(&r, 0, sizeof r);
	for(i = 0; i < a->n && i < b->n; i++)
		add(&r, a->v[i] / b->v[i]);
	return r;
}

/* whether -m names r: its model, or model:type */
static int
wantrow(Peerrow *r)
{
	char *c;
	int n;

	if(peeronly == nil)
		return 1;
	c = strchr(peeronly, ':');
	if(c == nil)
		return strcmp(r->name, peeronly) == 0;
	n = c - peeronly;
	return strncmp(r->name, peeronly, n) == 0 && r->name[n] == 0 && strcmp(r->type, c+1) == 0;
}

/* ours (the GGUF file as run or runq opens it) against the peers, rounds in turns */
static void
peerrow(Peerrow *r, int threads)
{
	Model *m;
	State *st;
	Span ours, lc, l2, q1, q2, ra, rb, pa;
	char *gguf, *l2file, *l2prog;
	vlong kb, kv, lkb;
	int i, ctx;

	gguf = rowfile(r, "gguf");
	l2prog = strcmp(r->type, "f32") == 0 ? "run" : strcmp(r->type, "q8_0") == 0 ? "runq" : nil;
	l2file = nil;
	if(l2prog != nil && l2cdir != nil)
		l2file = rowfile(r, strcmp(l2prog, "run") == 0 ? "bin" : "q8");
	kb = rssnow();
	m = openmodelq(gguf, Lown);	/* as run opens it: the file's own types */
	if(m == nil)
		sysfatal("%s: %r", gguf);
	ctx = m->c.seqlen < Pplen ? m->c.seqlen : Pplen;
	st = newstate(&m->c, ctx);
	if(st == nil)
		sysfatal("%s: %r", gguf);
	kb = rssnow() - kb;
	kv = 2LL * m->c.nlayers * ctx * (m->c.dim / m->c.nheads * m->c.nkvheads) * sizeof(float);
	memset(&ours, 0, sizeof ours);
	lc = l2 = q1 = q2 = ours;
	lkb = 0;
	nthreads = threads;
	usesimd = 1;
	for(i = 0; i < rounds; i++){
		nthreads = threads;
		add(&ours, tokps(m, st, r->steps));
		add(&lc, llamacpp("decode", gguf, threads, r->steps, nil));
		if(l2file != nil)
			add(&l2, llama2c(l2prog, l2file, threads, r->steps));
		if(threads == allthreads){
			add(&q1, ourprompt(m, st, ctx));
			add(&q2, llamacpp("prompt", gguf, threads, ctx, i == 0 ? &lkb : nil));
		}
	}
	nthreads = allthreads;
	ra = ratios(&ours, &lc);
	rb = ratios(&ours, &l2);
	pa = ratios(&q1, &q2);
	print("%-15s %-5s %2dt %13s %13s %13s %12s %12s %11s %11s %11s\n", r->name, r->type, threads,
		span(&ours, ""), span(&lc, ""), span(&l2, ""), span(&ra, "×"), span(&rb, "×"),
		span(&q1, ""), span(&q2, ""), span(&pa, "×"));
	if(threads == allthreads)
		print("%-21s memory: ours %lld MB resident (weights held as %s, %lld MB); the file %lld MB + KV cache of %d positions %lld MB; llama.cpp's node %lld MB\n",
			"", kb >> 10, m->own ? "the file's types" : m->gs ? smprint("Q8_0 in groups of %d", m->gs) : "FP32",
			m->nbytes >> 20, m->filesize >> 20, ctx, kv >> 20, lkb >> 10);
	freestate(st);
	freemodel(m);
}

static void
peers(int small)
{
	int i, t;

	node = findprog("node");
	peerjs = smprint("%s/peer.mjs", peerdir);
	if(node == nil)
		peerwhy = "no node";
	if(mktmpdir("9mlbench") < 0)
		sysfatal("%r");
	print("\nagainst the peers, decode tokens/s (greedy from BOS, after the first) and prompt positions/s (%d tokens or the model's length, in batches, %d threads), ranges over %d rounds in turns\n",
		Pplen, allthreads, rounds);
	print("ours: the GGUF file opened as run opens it, in its own types; llama.cpp: node-llama-cpp on the same file; llama2.c: %s\n",
		l2cdir != nil ? smprint("%s/run and runq on the llama2.c files", l2cdir) : "not run: no -l dir");
	print("%-15s %-5s %3s %13s %13s %13s %12s %12s %11s %11s %11s\n", "model", "", "", "ours", "llama.cpp", "llama2.c", "ours/l.cpp", "ours/l2c",
		"pp ours", "pp l.cpp", "pp ratio");
	for(i = 0; i < (small ? 1 : nelem(peerrows)); i++){
		if(!small && !wantrow(&peerrows[i]))
			continue;
		for(t = 1; t <= allthreads; t = t == allthreads ? t+1 : allthreads)
			peerrow(small ? &smallrow : &peerrows[i], t);
	}
	if(peerwhy != nil)
		print("llama.cpp not run: %s\n", peerwhy);
	rmtmpdir();
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
	fprint(2, "usage: bench [-d modeldir] [-b bindir] [-w workdir] [-l llama2cdir] [-j peerdir] [-m model[:type]] [-r rounds] [-s] [-k] [-e] [-p] [-A] [-V] [-S] [-B]\n");
	threadexitsall("usage");
}

/* the file of a peer row's shape as form says (rowfile's "bin" or "q8"), made if need be */
static char*
shapefile(char *name, char *form)
{
	int i;

	for(i = 0; i < nelem(peerrows); i++)
		if(strcmp(peerrows[i].name, name) == 0)
			return rowfile(&peerrows[i], form);
	sysfatal("no shape %s", name);
	return nil;
}

/* sessions decoding together (benchbatch.c) on the shapes' files */
static void
sessions(int small)
{
	benchbatch(shapefile("stories110M", "q8"), shapefile("stories110M", "bin"), small ? nil : shapefile("TinyLlama-1.1B", "q8"));
}

void
threadmain(int argc, char *argv[])
{
	Result fp[nelem(shapes)], q[nelem(shapes)];
	double bw, bw1, r1024, q1024;
	int i, n, small, fd, kernels, enc, peersonly, batchonly;

	ieeefp();
	small = 0;
	kernels = 0;
	enc = 0;
	peersonly = 0;
	batchonly = 0;
	r1024 = q1024 = 0;
	ARGBEGIN{
	case 'd': modeldir = EARGF(usage()); break;
	case 'b': bindir = EARGF(usage()); break;
	case 'w': workdir = EARGF(usage()); break;
	case 's': small = 1; break;
	case 'k': kernels = 1; break;
	case 'e': enc = 1; break;
	case 'p': peersonly = 1; break;
	case 'A': useavx2 = 0; break;
	case 'V': usevnni = 0; break;
	case 'S': useavx = usessse3 = 0; break;
	case 'B': batchonly = 1; break;
	case 'l': l2cdir = EARGF(usage()); break;
	case 'j': peerdir = EARGF(usage()); break;
	case 'm': peeronly = EARGF(usage()); break;
	case 'r':
		rounds = atoi(EARGF(usage()));
		if(rounds < 1 || rounds > Maxrounds)
			usage();
		break;
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
	if(batchonly){
		sessions(small);
		threadexitsall(nil);
	}
	probe(&bw1, &bw);
	if(peersonly){
		peers(small);
		threadexitsall(nil);
	}
	matvecs(&r1024);
	qmatvecs(&q1024);
	gmatvecs(bw1);
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
	peers(small);
	encodings();
	benchchat(workdir);
	sessions(small);

	print("\nratios measured in this run\n");
	print("SSE2 matvec / scalar C at 1024×1024, 1 thread: %.1f×; Q8_0: %.1f×\n", r1024, q1024);
	if(n == nelem(shapes)){
		i = n - 1;
		print("stories110M decode / the bandwidth limit, all threads: FP32 %.0f%%, Q8_0 %.0f%%\n",
			100*fp[i].frac, 100*q[i].frac);
		print("stories110M %d threads / one thread: FP32 %.2f×, Q8_0 %.2f× (the memory read itself: %.2f×)\n",
			allthreads, fp[i].tps[2]/fp[i].tps[1], q[i].tps[2]/q[i].tps[1], bw/bw1);
		print("stories110M runq / run: %.2f×\n", q[i].tps[2]/fp[i].tps[2]);
	}
	threadexitsall(nil);
}
