/*
 * The kernels with usesimd on (the SSE2 assembly on amd64) against the
 * same kernels with it off (portable C): bit-identical, because both
 * sum in the same order. Shapes include the ragged edges the assembly
 * leaves to C.
 */
#include <u.h>
#include <libc.h>
#include <thread.h>
#include "dat.h"
#include "fns.h"
#include "test.h"

static float*
randv(int n, uvlong *s)
{
	float *v;
	int i;

	v = malloc((n+1) * sizeof(float));
	for(i = 0; i < n; i++)
		v[i] = randpm(s) * 2;
	return v;
}

static int
same(float *a, float *b, int n)
{
	return memcmp(a, b, n*sizeof(float)) == 0;
}

/* the ways whose bit is set in m, for a message */
static char*
waysin(int m)
{
	static char buf[64];
	int k;

	buf[0] = 0;
	for(k = 0; k < Nways; k++)
		if(m & 1<<k)
			seprint(buf + strlen(buf), buf + sizeof buf, "%s%s", buf[0] ? " and " : "", waynames[k]);
	return buf;
}

/* the Q8_0 product in C into b, and the ways (bits of waynames[]) whose product differs */
static int
qdiffs(float *b, schar *xq, float *xs, schar *wq, float *ws, int n, int d, int gs)
{
	float *a;
	int k, m;

	a = malloc(d*sizeof(float));
	setway(0);
	qmatmul(b, xq, xs, wq, ws, n, d, gs);
	m = 0;
	for(k = 1; k < Nways; k++){
		setway(k);
		qmatmul(a, xq, xs, wq, ws, n, d, gs);
		if(!same(a, b, d))
			m |= 1<<k;
	}
	free(a);
	return m;
}

/*
 * scales at the edges, per row and group: k 0 magnitudes whose
 * products overflow and underflow (subnormals too), 1 infinities (with
 * groups whose sum is 0: Inf·0, and Inf - Inf, the default NaN), 2 one
 * NaN with a payload in two rows, the only NaN each sees
 */
static void
edgescales(float *ws, int nws, float *xs, int nxs, int ng, int k)
{
	static u32int big[] = {0x7f7fffff, 0x00000001, 0x80800000, 0x00400000, 0x7e800000, 0xff000000, 0x3f800000, 0x0007ffff};
	static u32int inf = 0x7f800000, ninf = 0xff800000, nan1 = 0x7fc01234, nan2 = 0xffa05678;
	int i;

	if(k == 0){
		for(i = 0; i < nws; i++)
			memmove(&ws[i], &big[(i*5 + i/ng) % nelem(big)], sizeof(float));
		for(i = 0; i < nxs; i++)
			memmove(&xs[i], &big[(i*3 + 1) % nelem(big)], sizeof(float));
	}
	if(k == 1){
		memmove(&ws[ng], &inf, sizeof(float));		/* row 1, group 0 */
		memmove(&ws[2*ng + ng-1], &ninf, sizeof(float));
		for(i = 0; i < ng; i++)
			memmove(&ws[5*ng + i], i % 2 ? &ninf : &inf, sizeof(float));
		memmove(&xs[nxs-1], &inf, sizeof(float));
	}
	if(k == 2){
		memmove(&ws[3*ng], &nan1, sizeof(float));
		memmove(&ws[8*ng + ng-1], &nan2, sizeof(float));	/* signalling: made quiet */
	}
}

/* qmatmul with the scales of edgescales and bytes at the limits, rows and groups ragged */
static void
qscales(uvlong *seed)
{
	static int shape[][3] = {{768, 13, 64}, {144, 21, 48}, {512, 11, 256}, {96, 9, 16}, {256, 19, 32}, {2048, 10, 32}};
	schar *xq, *wq;
	float *x, *w, *xs, *ws, *b;
	int j, k, i, n, d, gs, m;

	for(j = 0; j < nelem(shape); j++)
	for(k = 0; k < 3; k++){
		n = shape[j][0];
		d = shape[j][1];
		gs = shape[j][2];
		x = randv(n, seed);
		w = randv(n*d, seed);
		xq = malloc(n); xs = malloc(n/gs*sizeof(float));
		wq = malloc(n*d); ws = malloc(n*d/gs*sizeof(float));
		b = malloc(d*sizeof(float));
		quantize(xq, xs, x, n, gs);
		quantrow(wq, ws, w, (vlong)n*d, gs);
		for(i = 0; i < n*d; i += 7)
			wq[i] = i % 3 ? -128 : 127;
		for(i = 0; i < n; i += 5)
			xq[i] = i % 2 ? -128 : 127;
		memset(wq + 2*n, 0, gs);	/* row 2's group 0 sums to 0 */
		memset(wq + 5*n + gs, 0, gs);
		edgescales(ws, n*d/gs, xs, n/gs, n/gs, k);
		m = qdiffs(b, xq, xs, wq, ws, n, d, gs);
		check(m == 0, "qmatmul n=%d d=%d gs=%d, edge scales %d: %s differs from C", n, d, gs, k, waysin(m));
		free(x); free(w); free(xq); free(xs); free(wq); free(ws); free(b);
	}
}

/*
 * int8 values at their limits (-128 too, which GGUF files may hold) in
 * every lane, through rows eight and four at a time (n = 4096: four)
 * and groups of 32 and of 496, the largest the kernels take
 */
static void
qextremes(void)
{
	static schar lim[] = {-128, -127, 127, 1, -1, 0};
	static int shape[][3] = {{512, 12, 32}, {4096, 8, 32}, {992, 12, 496}, {172, 12, 4}, {768, 13, 64},
		{144, 21, 48}, {512, 11, 256}, {96, 9, 16}};
	enum { N = 4096, D = 24 };
	schar *xq, *wq;
	float *xs, *ws, b[D], v;
	int i, k, j, n, d, gs, m;

	xq = malloc(N);
	wq = malloc(N*D);
	xs = malloc(N*sizeof(float));
	ws = malloc(N*D*sizeof(float));
	for(j = 0; j < nelem(shape); j++){
		n = shape[j][0];
		d = shape[j][1];
		gs = shape[j][2];
		for(i = 0; i < n/gs; i++)
			xs[i] = 1.0f / (i + 1);
		for(i = 0; i < n*d/gs; i++)
			ws[i] = 0.5f + i;
		for(k = 0; k < nelem(lim); k++){
			for(i = 0; i < n; i++)
				xq[i] = i % 3 == 0 ? lim[k] : lim[(k+i) % nelem(lim)];
			for(i = 0; i < n*d; i++)
				wq[i] = i % 2 ? lim[k] : lim[(k+i/7) % nelem(lim)];
			m = qdiffs(b, xq, xs, wq, ws, n, d, gs);
			check(m == 0, "qmatmul n=%d gs=%d with %d at the limits: %s differs from C", n, gs, lim[k], waysin(m));
		}
		/* all -128: the largest group sums, ±gs·128² */
		memset(xq, -128, n);
		memset(wq, -128, n*d);
		m = qdiffs(b, xq, xs, wq, ws, n, d, gs);
		v = 0;
		for(i = 0; i < n/gs; i++)
			v += ((float)(gs*128*128) * ws[i]) * xs[i];	/* row 0, group by group */
		check(m == 0 && b[0] == v, "qmatmul n=%d gs=%d all -128: %s differs from C, C %g, want %g", n, gs, waysin(m), b[0], v);
	}
	free(xq); free(wq); free(xs); free(ws);
}

/* attention's weighted sums: outputs in blocks of 16 and 4 and the C tail, no positions, rows wider than n */
/* matvec4: each of its four products equals matvecc's alone, the strides between them included */
static void
matvec4s(uvlong *seed)
{
	static int mv[][5] = {{4, 4, 4, 4, 4}, {64, 64, 64, 64, 64}, {64, 172, 64, 180, 70}, {288, 768, 288, 768, 288},
		{768, 37, 800, 40, 768}, {8, 13, 32, 13, 8}, {7, 9, 7, 9, 7}, {6, 4, 10, 5, 6}, {1024, 9, 1024, 9, 1030}};
	float *x, *w, *a, *b;
	int k, t, n, d, st, os, xs, ok;

	for(k = 0; k < nelem(mv); k++){
		n = mv[k][0]; d = mv[k][1]; st = mv[k][2]; os = mv[k][3]; xs = mv[k][4];
		x = randv(4*xs, seed);
		w = randv(d*st, seed);
		a = randv(4*os, seed);
		b = malloc(4*os*sizeof(float));
		memmove(b, a, 4*os*sizeof(float));
		for(usesimd = 0; usesimd <= 1; usesimd++){
			matvec4(a, os, x, xs, w, n, d, st);
			for(t = 0; t < 4; t++)
				matvecc(b + t*os, x + t*xs, w, n, d, st);
			ok = same(a, b, 4*os);
			check(ok, "matvec4 n=%d d=%d stride=%d, simd %d: differs from four matvecc", n, d, st, usesimd);
		}
		free(x); free(w); free(a); free(b);
	}
}

/*
 * qmatmul4: each of its four products equals qmatmulc's alone, through
 * rows two at a time and the odd one, passes of 64 rows and 512
 * columns and the ones past them, output and input strides wider than
 * d and n, groups the kernel takes and those it leaves to C; every
 * int8 at -128, where the sums of 496 are largest; and the scales of
 * edgescales with bytes at the limits
 */
static void
qmatmul4s(uvlong *seed)
{
	static int qv[][5] = {{32, 1, 32, 1, 0}, {32, 2, 32, 3, 1}, {64, 3, 32, 5, 0}, {96, 13, 32, 13, 2},
		{512, 64, 32, 70, 0}, {544, 65, 32, 65, 1}, {768, 130, 64, 131, 0}, {1056, 131, 32, 140, 3},
		{2048, 7, 64, 7, 1}, {192, 9, 64, 9, 0}, {64, 8, 16, 9, 2}, {96, 22, 48, 22, 1},
		{768, 11, 256, 11, 0}, {1536, 33, 256, 40, 1}, {144, 17, 48, 17, 0}, {1040, 9, 16, 12, 3},
		{992, 12, 496, 12, 1}, {1024, 9, 512, 9, 0}, {64, 12, 4, 12, 1}, {160, 6, 32, 6, 0}};
	schar *xq, *wq;
	float *x, *w, *xs, *ws, *a, *b;
	int k, t, i, j, n, d, gs, os, xst, big, edge, ok;

	for(k = 0; k < nelem(qv) + 4; k++){
		big = k == nelem(qv);
		edge = k > nelem(qv) ? k - nelem(qv) : 0;
		i = big ? nelem(qv) - 4 : edge ? 13 : k;
		n = qv[i][0]; d = qv[i][1]; gs = qv[i][2]; os = qv[i][3]; xst = n + qv[i][4]*gs;
		x = randv(4*xst, seed);
		w = randv(n*d, seed);
		xq = malloc(4*xst); xs = malloc(4*xst/gs*sizeof(float));
		wq = malloc(n*d); ws = malloc(n*d/gs*sizeof(float));
		quantize(xq, xs, x, 4*xst, gs);
		quantrow(wq, ws, w, (vlong)n*d, gs);
		if(big){
			memset(xq, -128, 4*xst);
			memset(wq, -128, n*d);
		}
		if(edge){
			for(j = 0; j < n*d; j += 7)
				wq[j] = j % 3 ? -128 : 127;
			for(j = 0; j < 4*xst; j += 5)
				xq[j] = j % 2 ? -128 : 127;
			memset(wq + 2*n, 0, gs);
			for(t = 0; t < 4; t++)
				edgescales(ws, n*d/gs, xs + t*xst/gs, n/gs, n/gs, edge-1);
		}
		a = randv(4*os, seed);
		b = malloc(4*os*sizeof(float));
		for(j = 0; j < Nways; j++){
			setway(j);
			memmove(b, a, 4*os*sizeof(float));
			qmatmul4(a, os, xq, xs, xst, wq, ws, n, d, gs);
			setway(0);
			for(t = 0; t < 4; t++)
				qmatmulc(b + t*os, xq + t*xst, xs + t*xst/gs, wq, ws, n, d, gs);
			ok = same(a, b, 4*os);
			check(ok, "qmatmul4 n=%d d=%d gs=%d%s%s, %s: differs from four qmatmulc",
				n, d, gs, big ? " all -128" : "", edge ? smprint(", edge scales %d", edge-1) : "", waynames[j]);
		}
		free(x); free(w); free(xq); free(xs); free(wq); free(ws); free(a); free(b);
	}
}

static void
wsums(uvlong *seed)
{
	static int ns[] = {1, 4, 12, 16, 20, 32, 36, 48, 52, 64, 68, 130, 200};	/* passes of 64 (AVX), 32, 16, 4, the C tail */
	static int ts[] = {0, 1, 7, 33};
	float *a, *v, *o1, *o2;
	int i, j, n, t, st;

	for(i = 0; i < nelem(ns); i++)
	for(j = 0; j < nelem(ts); j++){
		n = ns[i];
		t = ts[j];
		st = n + 3*j;
		a = randv(t + 1, seed);
		v = randv(st*t + 1, seed);
		o1 = randv(n, seed);
		o2 = randv(n, seed);
		usesimd = 1;
		wsum(o1, a, v, n, t, st);
		usesimd = 0;
		wsum(o2, a, v, n, t, st);
		check(same(o1, o2, n), "wsum n=%d t=%d stride=%d: simd differs from C", n, t, st);
		check(t > 0 || o1[0] == 0, "wsum over no positions: %g", o1[0]);
		free(a); free(v); free(o1); free(o2);
	}
}

/*
 * argmax and maxv with SSE2 and in C: the first of the largest, NaNs
 * passed over (but a NaN first wins, as in C), ties, ±0, -∞, the
 * largest in the tail; maxv's ±0 may differ in sign, which softmax's
 * x - max does not see
 */
static void
argmaxes(uvlong *seed)
{
	static u32int odd[] = {0x7fc00000, 0xffc00000, 0xff800000, 0x7f800000, 0x80000000, 0x00000000};
	float *x;
	float ma, mb;
	int n, k, i, j, a, b;

	for(n = 1; n <= 70; n++)
		for(k = 0; k < 8; k++){
			x = randv(n, seed);
			if(k & 1)	/* ties: a few values only */
				for(i = 0; i < n; i++)
					x[i] = (int)(x[i] * 2);
			if(k & 2)
				for(i = 0; i < n; i++)
					x[i] = fneg(x[i]*x[i]);	/* the largest ≤ 0, 0s of both signs */
			if(k & 4){
				j = (int)((randpm(seed) + 1) / 2 * n) % n;
				memmove(&x[j], &odd[(int)((randpm(seed) + 1) * 3) % nelem(odd)], sizeof(float));
			}
			usesimd = 1;
			a = argmax(x, n);
			ma = maxv(x, n);
			usesimd = 0;
			b = argmax(x, n);
			mb = maxv(x, n);
			check(a == b, "argmax n=%d case %d: SSE2 %d, C %d", n, k, a, b);
			check(isNaN(ma) ? isNaN(mb) : !isNaN(mb) && ma == mb, "maxv n=%d case %d: SSE2 %g, C %g", n, k, ma, mb);
			free(x);
		}
	x = randv(32000, seed);
	x[31999] = 5;
	x[20000] = 5;
	usesimd = 1;
	a = argmax(x, 32000);
	usesimd = 0;
	check(a == 20000 && argmax(x, 32000) == 20000, "argmax of 32000: %d", a);
	free(x);
}

/* e^(a - max) and their sum with usesimd on and off: the same bits? */
static int
expboth(float *x, int n, float max)
{
	float *a, *b, sa, sb;
	int ok;

	a = malloc(n*sizeof(float));
	b = malloc(n*sizeof(float));
	memmove(a, x, n*sizeof(float));
	memmove(b, x, n*sizeof(float));
	usesimd = 1;
	sa = expsum(a, n, max);
	usesimd = 0;
	sb = expsum(b, n, max);
	ok = same(a, b, n) && memcmp(&sa, &sb, sizeof sa) == 0;
	free(a);
	free(b);
	return ok;
}

/*
 * softmax's exponentials and their sum: SSE2 equal to C bit for bit,
 * over spreads that put x - max past ±88 (NaN and ≥ 88 go to C, below
 * -103.97 is 0), and with each value fexp treats apart at each place
 * of twelve
 */
static void
expsums(uvlong *seed)
{
	static float spread[] = {1, 10, 60, 150};
	static u32int odd[] = {
		0xff800000, 0x7f800000, 0x7fc00000, 0xffc00000,	/* ±∞, NaNs */
		0xc2b00000, 0xc2afffff, 0x42b00000, 0x42afffff,	/* ±88 and below */
		0xc2cff1b4, 0xc2cff1b5, 0x42b17217, 0x42b17218,	/* where e^x leaves the floats */
		0xc2c80000, 0xc47a0000, 0xf149f2ca,		/* -100, -1000, -1e30: 0 or a denormal */
		0x00000001, 0x80000000, 0x3f000000,
	};
	float *x;
	int n, k, i;

	for(k = 0; k < nelem(spread); k++)
		for(n = 1; n <= 70; n += 3){
			x = randv(n, seed);
			for(i = 0; i < n; i++)
				x[i] *= spread[k];
			check(expboth(x, n, k == 0 ? 0.5f : maxv(x, n)), "expsum n=%d, spread %g: SSE2 differs from C", n, spread[k]);
			free(x);
		}
	for(k = 0; k < nelem(odd); k++)
		for(i = 0; i < 12; i++){
			x = randv(12, seed);
			memmove(&x[i], &odd[k], sizeof(float));
			check(expboth(x, 12, 0), "expsum with %#ux at %d: SSE2 differs from C", odd[k], i);
			free(x);
		}
}

void
testsimd(void)
{
	static int mv[][3] = {{4, 4, 4}, {8, 8, 8}, {64, 64, 64}, {64, 172, 64}, {172, 64, 172},
		{288, 768, 288}, {8, 13, 32}, {48, 37, 288}, {7, 9, 7}, {6, 4, 10}, {1024, 9, 1024}};
	static int qv[][3] = {{64, 64, 8}, {256, 36, 32}, {768, 288, 32}, {512, 13, 64}, {64, 8, 16}, {64, 12, 4},
		{96, 22, 48}, {2048, 7, 256}, {32, 5, 32}, {768, 300, 32}, {4096, 21, 32}, {1024, 9, 512}, {496, 16, 496},
		{144, 21, 48}, {768, 29, 64}, {2048, 19, 256}, {5632, 11, 64}, {48, 15, 16}, {256, 8, 256},
		{172, 13, 4}, {20, 8, 4}, {12, 5, 4}, {64, 3, 4}};	/* groups of four: the kernel, its C columns and rows */
	uvlong seed;
	float *x, *w, *a, *b, a0;
	schar *xq, *wq;
	float *xs, *ws;
	int k, n, d, st, gs, simd, avx, m;

	seed = 11;
	simd = usesimd;
	avx = useavx;
	setway(Wall);
	if(!avx2())
		note("AVX2 not on this machine: its ways are SSE2's");
	for(k = 0; k < nelem(mv); k++){
		n = mv[k][0];
		d = mv[k][1];
		st = mv[k][2];
		x = randv(n, &seed);
		w = randv(d*st, &seed);
		a = malloc(d*sizeof(float));
		b = malloc(d*sizeof(float));
		usesimd = 1;
		matvec(a, x, w, n, d, st);
		usesimd = 0;
		matvec(b, x, w, n, d, st);
		check(same(a, b, d), "matvec n=%d d=%d stride=%d: simd differs from C", n, d, st);
		free(x); free(w); free(a); free(b);
	}
	for(k = 0; k < nelem(qv); k++){
		n = qv[k][0];
		d = qv[k][1];
		gs = qv[k][2];
		x = randv(n, &seed);
		w = randv(n*d, &seed);
		xq = malloc(n); xs = malloc(n/gs*sizeof(float));
		wq = malloc(n*d); ws = malloc(n*d/gs*sizeof(float));
		quantize(xq, xs, x, n, gs);
		quantrow(wq, ws, w, (vlong)n*d, gs);
		b = malloc(d*sizeof(float));
		m = qdiffs(b, xq, xs, wq, ws, n, d, gs);
		check(m == 0, "qmatmul n=%d d=%d gs=%d: %s differs from C", n, d, gs, waysin(m));
		free(x); free(w); free(xq); free(xs); free(wq); free(ws); free(b);
	}
	qextremes();
	qscales(&seed);
	wsums(&seed);
	matvec4s(&seed);
	qmatmul4s(&seed);
	expsums(&seed);
	argmaxes(&seed);
	for(n = 1; n <= 70; n += 3){
		x = randv(n, &seed);
		w = randv(n, &seed);
		a = randv(n, &seed);
		b = malloc(n*sizeof(float));
		memmove(b, a, n*sizeof(float));
		usesimd = 1; vadd(a, x, n);
		usesimd = 0; vadd(b, x, n);
		check(same(a, b, n), "vadd n=%d", n);
		usesimd = 1; divv(a, 1.7f, n);
		usesimd = 0; divv(b, 1.7f, n);
		check(same(a, b, n), "divv n=%d", n);
		usesimd = 1; rmsscalev(a, x, w, 0.3f, n);
		usesimd = 0; rmsscalev(b, x, w, 0.3f, n);
		check(same(a, b, n), "rmsscalev n=%d", n);
		x[n/2] = 9;
		usesimd = 1; a0 = maxv(x, n);
		usesimd = 0;
		check(a0 == maxv(x, n) && a0 == 9, "maxv n=%d: %g", n, a0);
		free(x); free(w); free(a); free(b);
	}
	usesimd = simd;
	useavx = avx;
}

typedef struct Cover Cover;
struct Cover {
	long	*hits;
	int	n;
	int	align;
	long	bad;		/* chunks that start or end off the alignment */
};

static void
cover(void *v, int lo, int hi)
{
	Cover *c;
	int i;

	c = v;
	if(lo % c->align != 0 || (hi % c->align != 0 && hi != c->n))
		ainc(&c->bad);
	for(i = lo; i < hi; i++)
		ainc(&c->hits[i]);
}

static void
rowsum(void *v, int lo, int hi)
{
	float **p;

	p = v;
	matvec(p[0] + lo, p[1], p[2] + (vlong)lo*300, 300, hi - lo, 300);
}

/* rows lo..hi-1 of 500×300 in panels: p[3] holds them */
static void
panelrows(void *v, int lo, int hi)
{
	float **p;

	p = v;
	matvecp(p[0] + lo, p[1], p[3], 300, 500, lo, hi - lo);
}

/* p[2]'s 500 rows of 300 in panels, from the layout's definition (the last 500%Panel stay rows) */
static float*
panel500(float *w)
{
	float *p;
	int i, j;

	p = malloc(500*300*sizeof(float));
	for(i = 0; i < 500; i++)
		for(j = 0; j < 300; j++)
			if(i < 500 - 500%Panel)
				p[(i - i%Panel)*300 + Panel*j + i%Panel] = w[i*300 + j];
			else
				p[i*300 + j] = w[i*300 + j];
	return p;
}

/* the pool covers every index once, and matmul rows do not depend on how they are split */
typedef struct Enc Enc;
struct Enc {
	Tokenizer	*t;
	char	*text;
	Channel	*done;	/* the count of encodings that differed */
};

static void
encoder(void *v)
{
	Enc *e;
	int want[256], got[256], n, i, bad;

	e = v;
	n = encode(e->t, e->text, 1, 0, want);
	bad = 0;
	for(i = 0; i < 3000; i++)
		if(encode(e->t, e->text, 1, 0, got) != n || memcmp(got, want, n*sizeof(int)) != 0)
			bad++;
	sendul(e->done, bad);
}

/* procs encoding with one tokenizer at once, as llmfs's sessions do, each get their own ids */
void
concurrentencode(Tokenizer *t, char **texts, int ntexts)
{
	Enc e[3];
	Channel *done;
	int i, bad;

	done = chancreate(sizeof(ulong), 3);
	for(i = 0; i < 3; i++){
		e[i].t = t;
		e[i].text = texts[(5*i + 1) % ntexts];
		e[i].done = done;
		proccreate(encoder, &e[i], 64*1024);
	}
	bad = 0;
	for(i = 0; i < 3; i++)
		bad += recvul(done);
	check(bad == 0, "concurrent encoding: %d of 9000 differ", bad);
	chanfree(done);
}

/*
 * a worker that finds its post withdrawn must not clear the slot, which
 * the caller may have filled for the next loop meanwhile: it did, and
 * that loop waited for the worker forever, here after 70000 to 760000
 * empty loops in eight runs (a million take about a second); run for a
 * time, not a count, so a slow machine gets fewer loops, not a failure
 */
static void
lateworker(void)
{
	char *argv[4], *out, *err;
	int r;
	vlong t0;

	/* the watchdog first: a program past its time is killed, and told apart */
	argv[0] = findprog("sleep");
	argv[1] = "30";
	argv[2] = nil;
	t0 = nsec();
	r = argv[0] != nil ? runprogfor(argv, 1, nil, nil) : -1;
	check(r == 2 && nsec() - t0 < 10000000000LL, "sleep 30 with 1 s: status %d after %.1f s", r, (nsec() - t0)/1e9);
	free(argv[0]);

	argv[0] = bpath("tests");
	argv[1] = "-l";
	argv[2] = "2000";
	argv[3] = nil;
	out = err = nil;
	r = runprogfor(argv, 60, &out, &err);
	if(r == 2)
		fail("empty loops for 2 s on two procs: still running after 60 s");
	else if(r != 0 || out == nil || atol(out) <= 0)
		fail("tests -l 2000: status %d: %s%s", r, out, err);
	else
		note("%ld empty loops in 2 s", atol(out));
	free(out);
	free(err);
	free(argv[0]);
}

static void
nothing(void *v, int lo, int hi)
{
	USED(v);
	USED(lo);
	USED(hi);
}

/* empty loops on two procs for ms milliseconds, the caller mostly ending them before the worker comes: how many */
long
emptyloops(long ms)
{
	vlong end;
	long n, i;

	threadsinit(2);
	end = nsec() + ms*1000000LL;
	for(n = 0; nsec() < end; n += 1000)
		for(i = 0; i < 1000; i++)
			parallel(nothing, nil, 768, 32);
	return n;
}

void
testthreads(void)
{
	static int sizes[] = {1, 7, 8, 15, 16, 100, 1000, 4096+24};
	static int aligns[] = {1, 2, 8, 32};
	Cover c;
	uvlong seed;
	float *p[4], *want;
	int k, i, t, a, u, ok, simd;

	simd = usesimd;
	threadsinit(4);
	check(nthreads == 4, "threadsinit(4) made %d", nthreads);
	check(ncpu() >= 1, "ncpu %d", ncpu());
	for(nthreads = 2; nthreads <= 4; nthreads++)
	for(k = 0; k < nelem(sizes); k++)
		for(a = 0; a < nelem(aligns); a++){
			c.n = sizes[k];
			c.align = aligns[a];
			c.bad = 0;
			c.hits = mallocz(sizes[k]*sizeof(long), 1);
			parallel(cover, &c, sizes[k], aligns[a]);
			ok = 1;
			for(i = 0; i < sizes[k]; i++)
				ok &= c.hits[i] == 1;
			check(ok, "%d threads, parallel over %d, align %d: not every index once", nthreads, sizes[k], aligns[a]);
			check(c.bad == 0, "%d threads, parallel over %d, align %d: %ld chunks off the alignment", nthreads, sizes[k], aligns[a], c.bad);
			free(c.hits);
		}
	nthreads = 4;
	seed = 12;
	p[1] = randv(300, &seed);
	p[2] = randv(300*500, &seed);
	want = malloc(500*sizeof(float));
	matvecc(want, p[1], p[2], 300, 500, 300);
	p[0] = malloc(500*sizeof(float));
	for(t = 1; t <= 4; t++){
		nthreads = t;
		parallel(rowsum, p, 500, 8);
		check(same(p[0], want, 500), "%d threads: rows differ", t);
	}
	p[3] = panel500(p[2]);
	for(u = 0; u <= 1; u++)
	for(t = 1; t <= 2; t++)
		for(a = 1; a <= 16; a *= 2){
			usesimd = u;
			nthreads = t;
			memset(p[0], 0, 500*sizeof(float));
			parallel(panelrows, p, 500, a);
			check(same(p[0], want, 500), "%d threads, align %d, simd %d: panel rows differ", t, a, u);
		}
	usesimd = simd;
	nthreads = 4;
	free(p[0]); free(p[1]); free(p[2]); free(p[3]); free(want);
	lateworker();
}

static void
echo(void *v)
{
	Channel **c;
	ulong x;

	c = v;
	while((x = recvul(c[0])) != 0)
		sendul(c[1], x*2);
	sendul(c[1], 0);
}

/* the libthread behaviour used: unbuffered and buffered channels, alt, procs */
void
testlibthread(void)
{
	Channel *c[2], *b;
	Alt a[3];
	ulong i, v, sum;
	void *p;

	c[0] = chancreate(sizeof(ulong), 0);
	c[1] = chancreate(sizeof(ulong), 0);
	check(proccreate(echo, c, 32*1024) > 0, "proccreate: %r");
	sum = 0;
	for(i = 1; i <= 100; i++){
		sendul(c[0], i);
		sum += recvul(c[1]);
	}
	sendul(c[0], 0);
	check(recvul(c[1]) == 0 && sum == 10100, "echo sum %lud", sum);
	b = chancreate(sizeof(void*), 2);
	check(nbsendp(b, c) == 1 && nbsendp(b, b) == 1 && nbsendp(b, nil) == 0, "buffered channel of 2");
	check(recvp(b) == c && recvp(b) == b && nbrecvp(b) == nil, "buffered channel order");
	v = 0;
	a[0].c = c[1]; a[0].v = &v; a[0].op = CHANRCV;
	a[1].c = b; a[1].v = &p; a[1].op = CHANRCV;
	a[2].op = CHANNOBLK;
	check(alt(a) == 2, "alt with nothing ready did not take CHANNOBLK");
	sendp(b, c[0]);
	a[2].op = CHANEND;
	check(alt(a) == 1 && p == c[0], "alt did not receive the ready channel");
	chanfree(b);
	chanfree(c[0]);
	chanfree(c[1]);
}

/* run's output with and without SIMD, without AVX, AVX2 or AVX-VNNI, and with 1 to 4 threads */
void
testsimdcli(void)
{
	static char *progs[] = {"run", "runq"};
	static char *opts[] = {"--no-simd", "--no-avx", "--no-avx2", "--no-vnni", "--no-ssse3", "--threads", "--threads", "--threads", "--threads"};
	static char *optv[] = {nil, nil, nil, nil, nil, "1", "2", "3", "4"};
	char *argv[20], *want, *out, *model[2], *tok[2];
	int p, k, n;

	model[0] = mpath("stories260K.bin");
	tok[0] = mpath("tok512.bin");
	model[1] = tpath("simdq.bin");
	tok[1] = mpath("tokenizer.bin");
	argv[0] = bpath("export"); argv[1] = "random"; argv[2] = tpath("simd.bin");
	argv[3] = "96"; argv[4] = "256"; argv[5] = "2"; argv[6] = "4"; argv[7] = "2";
	argv[8] = "32000"; argv[9] = "128"; argv[10] = nil;
	check(runprog(argv, nil, nil) == 0, "export random");
	argv[1] = "quantize"; argv[2] = tpath("simd.bin"); argv[3] = model[1]; argv[4] = nil;
	check(runprog(argv, nil, nil) == 0, "export quantize");
	for(p = 0; p < 2; p++){
		want = nil;
		for(k = -1; k < (int)nelem(opts); k++){
			n = 0;
			argv[n++] = bpath(progs[p]);
			argv[n++] = p == 0 ? model[0] : model[1];
			argv[n++] = "-z"; argv[n++] = tok[p];
			argv[n++] = "-t"; argv[n++] = "0.9";
			argv[n++] = "-s"; argv[n++] = "5";
			argv[n++] = "-n"; argv[n++] = p == 0 ? "400" : "100";
			argv[n++] = "-i"; argv[n++] = "Once upon a time";
			if(k >= 0){
				argv[n++] = opts[k];
				if(optv[k])
					argv[n++] = optv[k];
			}
			argv[n] = nil;
			if(runprog(argv, &out, nil) != 0 || out == nil){
				fail("%s %s failed", progs[p], k >= 0 ? opts[k] : "");
				continue;
			}
			if(want == nil)
				want = out;
			else{
				check(strcmp(out, want) == 0, "%s %s %s: output differs", progs[p], opts[k], optv[k] ? optv[k] : "");
				free(out);
			}
		}
		free(want);
	}
}

/*
 * The translator of the assembly for the host build: a sample of every
 * kind of operand against its GNU as form, and refusals. It is a Linux
 * tool; where it is not built (9front), the test does not run.
 */
void
testasm2gas(void)
{
	static char src[] =
		"TEXT\tf(SB), $0\n"
		"\tMOVQ\tBP, DI\t// first argument\n"
		"\tMOVQ\tb+8(FP), SI\n"
		"\tMOVL\tn+16(FP), CX\n"
		"loop:\n"
		"\tMOVUPS\t16(SI)(AX*4), X1; ADDPS\tX1, X0\n"
		"\tSHUFPS\t$0x4E, X1, X12\n"
		"\tCMPQ\tAX, CX\n"
		"\tJLT\tloop\n"
		"\tBYTE $0x90\n"
		"\tCALL\th(SB)\n"
		"\tRET\n";
	static char *want[] = {
		"\tmovq\t%rbp, %rdi",
		"\tmovq\t16(%rsp), %rsi",
		"\tmovl\t24(%rsp), %ecx",
		".Lf_loop:",
		"\tmovups\t16(%rsi,%rax,4), %xmm1",
		"\taddps\t%xmm1, %xmm0",
		"\tshufps\t$0x4E, %xmm1, %xmm12",
		"\tcmpq\t%rcx, %rax",
		"\tjl\t.Lf_loop",
		"\t.byte 0x90",
		"\tcall p9_h",
		"\tret",
		"\tmovq %rdx, 16(%rsp)",	/* three arguments in the trampoline */
		"\tcall p9_f",
	};
	char *argv[3], *out, *err, *p;
	int i;

	argv[0] = bpath("asm2gas");
	if(access(argv[0], AEXIST) < 0){
		notrun("%s is a host tool, not built here", argv[0]);
		return;
	}
	argv[1] = tpath("t.s");
	argv[2] = nil;
	writefile(argv[1], src, strlen(src));
	if(runprog(argv, &out, &err) != 0 || out == nil){
		fail("asm2gas failed: %s", err ? err : "");
		return;
	}
	for(i = 0; i < nelem(want); i++){
		p = strstr(out, want[i]);
		check(p != nil && (p[strlen(want[i])] == '\n'), "no line %q in the translation", want[i]);
	}
	check(strstr(out, "\tmovq %rcx, 24(%rsp)") == nil, "a fourth argument in the trampoline");
	free(out);
	free(err);
	writefile(argv[1], "TEXT\tg(SB), $0\n\tFROB\tAX\n", 24);
	check(runprog(argv, nil, &err) == 1 && err != nil && strstr(err, "unknown instruction: FROB") != nil,
		"unknown instruction not refused: %q", err);
	free(err);
	writefile(argv[1], "TEXT\tg(SB), $0\n\tCALL\tAX\n", 24);
	check(runprog(argv, nil, &err) == 1 && err != nil && strstr(err, "CALL needs f(SB)") != nil,
		"a CALL of a register not refused: %q", err);
	free(err);
	writefile(argv[1], "TEXT\tg(SB), $0\n\tPSRLW\tX1, X2\n", 29);
	check(runprog(argv, nil, &err) == 1 && err != nil && strstr(err, "as PSRAW: PSRLW") != nil,
		"a PSRLW by a register count not refused: %q", err);
	free(err);
	writefile(argv[1], "TEXT\tg(SB), $16\n\tRET\n", 21);
	check(runprog(argv, nil, &err) == 1 && err != nil && strstr(err, "frame must be $0") != nil,
		"a frame not refused: %q", err);
	free(err);
}

/*
 * The BYTE lines of the AVX2 kernels against GNU as (test/gen/vexbytes),
 * and a line with a wrong byte refused.
 */
void
testvexbytes(void)
{
	static char bad[] = "\tBYTE $0xC5; BYTE $0xF8; BYTE $0x78\t/* vzeroupper */\n";
	char *argv[4], *out;

	argv[0] = bpath("vexbytes");
	if(access(argv[0], AEXIST) < 0){
		notrun("%s is a host tool, not built here", argv[0]);
		return;
	}
	argv[1] = "-c";
	argv[2] = "simd";
	argv[3] = nil;
	check(runprog(argv, &out, nil) == 0, "BYTE lines differ from as: %s", out ? out : "");
	free(out);
	argv[2] = tpath("t.s");
	writefile(argv[2], bad, strlen(bad));
	check(runprog(argv, &out, nil) == 1 && out != nil && strstr(out, "t.s:1: vzeroupper: as makes C5 F8 77") != nil,
		"a wrong byte not found: %q", out);
	free(out);
}

enum { Cpuinfo = 1<<20 };

/* avx2(), vnni(), avx(), f16c() and ssse3() against the kernel's word: Linux lists avx, avx2, avx_vnni and f16c in /proc/cpuinfo only when it saves the YMM registers */
void
testavx2detect(void)
{
	char *s;
	int fd, n, m, have, have1, have16, have3, havevnni, simd, avxon;

	fd = open("/proc/cpuinfo", OREAD);
	if(fd < 0){
		notrun("no /proc/cpuinfo: %r");
		return;
	}
	s = emalloc(Cpuinfo+1);
	for(n = 0; n < Cpuinfo && (m = read(fd, s+n, Cpuinfo-n)) > 0; n += m)
		;
	close(fd);
	s[n] = 0;
	have = strstr(s, " avx2") != nil && strstr(s, " f16c") != nil;
	have1 = strstr(s, " avx") != nil;
	have16 = have1 && strstr(s, " f16c") != nil;
	have3 = strstr(s, " ssse3") != nil;
	havevnni = have && strstr(s, " avx_vnni") != nil;
	free(s);
	simd = usesimd;
	avxon = useavx;
	usesimd = useavx = 1;
	check(avx2() == have, "avx2() is %d, /proc/cpuinfo says %d", avx2(), have);
	check(avx() == have1, "avx() is %d, /proc/cpuinfo says %d", avx(), have1);
	check(f16c() == have16, "f16c() is %d, /proc/cpuinfo says %d", f16c(), have16);
	check(vnni() == havevnni, "vnni() is %d, /proc/cpuinfo says %d", vnni(), havevnni);
	usevnni = 0;
	check(vnni() == 0 && avx2() == have, "vnni() is on, or avx2() off, with usevnni off");
	usevnni = 1;
	useavx2 = 0;
	check(avx2() == 0 && vnni() == 0, "avx2() or vnni() is on with useavx2 off");
	check(avx() == have1 && f16c() == have16, "avx() or f16c() is off with useavx2 off");
	useavx2 = 1;
	useavx = 0;
	check(avx2() == 0 && avx() == 0 && f16c() == 0, "avx2(), avx() or f16c() is on with useavx off");
	useavx = 1;
	check(ssse3() == have3, "ssse3() is %d, /proc/cpuinfo says %d", ssse3(), have3);
	usessse3 = 0;
	check(ssse3() == 0, "ssse3() is on with usessse3 off");
	usessse3 = 1;
	usesimd = 0;
	check(avx2() == 0 && avx() == 0, "avx2() or avx() is on with usesimd off");
	check(ssse3() == 0, "ssse3() is on with usesimd off");
	usesimd = simd;
	useavx = avxon;
}
