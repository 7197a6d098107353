/*
 * Kernels against the reference (bit-exact: same operation order) and
 * against double-precision math (within the float rounding bound).
 */
#include <u.h>
#include <libc.h>
#include "dat.h"
#include "fns.h"
#include "test.h"
#include "ref.h"

static int sizes[] = {1, 2, 7, 64, 172, 288, 1000, 4096};

static float*
randvec(int n, uvlong *s, float scale)
{
	float *v;
	int i;

	v = malloc(n * sizeof(float));
	for(i = 0; i < n; i++)
		v[i] = randpm(s) * scale;
	return v;
}

static int
same(float *a, float *b, int n)
{
	return memcmp(a, b, n*sizeof(float)) == 0;
}

/* float epsilon: 2^-24 relative rounding per operation */
#define	EPS	(1.0/16777216.0)

void
testrmsnorm(void)
{
	uvlong seed;
	float *x, *w, *o, *r;
	double ss, want, err, worst;
	int k, n, i;

	seed = 1;
	worst = 0;
	for(k = 0; k < nelem(sizes); k++){
		n = sizes[k];
		x = randvec(n, &seed, 3);
		w = randvec(n, &seed, 1);
		o = malloc(n*sizeof(float));
		r = malloc(n*sizeof(float));
		rmsnorm(o, x, w, n);
		refrmsnorm(r, x, w, n);
		check(same(o, r, n), "n=%d: differs from the reference", n);
		ss = 0;
		for(i = 0; i < n; i++)
			ss += (double)x[i]*x[i];
		ss = 1/sqrt(ss/n + 1e-5);
		/*
		 * the float sum of n squares is within n·ε of the true sum
		 * (relative); the rsqrt halves that; 3 more roundings follow.
		 */
		for(i = 0; i < n; i++){
			want = w[i] * ss * x[i];
			err = fabs(o[i] - want);
			check(within(err, (n/2.0 + 4) * EPS * fabs(want) + 1e-30), "n=%d i=%d: %g vs %g", n, i, o[i], want);
			if(want != 0 && err/fabs(want) > worst)
				worst = err/fabs(want);
		}
		/* in place, as the final norm is used */
		rmsnorm(x, x, w, n);
		check(same(x, o, n), "n=%d: in place differs", n);
		free(x); free(w); free(o); free(r);
	}
	note("worst relative error vs double %.2g", worst);
}

void
testsoftmax(void)
{
	uvlong seed;
	float *x, *y, *r;
	double mx, sum, want, err, worst, total;
	int k, n, i;

	seed = 2;
	worst = 0;
	for(k = 0; k < nelem(sizes); k++){
		n = sizes[k];
		x = randvec(n, &seed, 20);
		y = malloc(n*sizeof(float));
		r = malloc(n*sizeof(float));
		memmove(y, x, n*sizeof(float));
		memmove(r, x, n*sizeof(float));
		softmax(y, n);
		refsoftmax(r, n);
		check(same(y, r, n), "n=%d: differs from the reference", n);
		mx = x[0];
		for(i = 1; i < n; i++)
			if(x[i] > mx)
				mx = x[i];
		sum = 0;
		for(i = 0; i < n; i++)
			sum += exp(x[i] - mx);
		total = 0;
		for(i = 0; i < n; i++){
			want = exp(x[i] - mx) / sum;
			err = fabs(y[i] - want);
			/*
			 * x-max is rounded (relative ε, so exp's result moves by |x-max|·ε),
			 * each exp is rounded once, the float sum is within n·ε, one division
			 */
			check(within(err, (n + 3 + fabs(x[i] - mx)) * EPS * want + 1e-38), "n=%d i=%d: %g vs %g", n, i, y[i], want);
			if(err/want > worst)
				worst = err/want;
			total += y[i];
		}
		check(within(fabs(total - 1), (n + 3) * EPS), "n=%d: sums to %.9f", n, total);
		free(x); free(y); free(r);
	}
	/* large and equal inputs must not overflow */
	x = malloc(4*sizeof(float));
	x[0] = x[1] = x[2] = x[3] = 1e30;
	softmax(x, 4);
	for(i = 0; i < 4; i++)
		check(x[i] == 0.25f, "equal large inputs: %g", x[i]);
	free(x);
	note("worst relative error vs double %.2g", worst);
}

/* W (d rows of n) in panels, made from the layout's definition: row i's column j at (i - i%P)·n + P·j + i%P, the last d%P rows as rows (P = Panel) */
static float*
inpanels(float *w, int n, int d)
{
	float *p;
	int i, j, dp;

	p = malloc(((vlong)n*d + 1)*sizeof(float));
	dp = d - d%Panel;
	for(i = 0; i < d; i++)
		for(j = 0; j < n; j++)
			if(i < dp)
				p[(vlong)(i - i%Panel)*n + Panel*j + i%Panel] = w[(vlong)i*n + j];
			else
				p[(vlong)i*n + j] = w[(vlong)i*n + j];
	return p;
}

/*
 * matvecp and matvec4p on panels: every row range (whole, from and to
 * the middle of a panel, inside one, only the rows past the panels)
 * equals refmatmul's row for row, with SIMD and without; matrow gives
 * back each row. Shapes: fewer than a panel, a ragged last one, n odd
 * and 1, panels four at a time and the one-at-a-time rest.
 */
static void
panelsums(uvlong *seed)
{
	static int sh[][2] = {{1, 1}, {3, 5}, {7, 16}, {5, 17}, {13, 33}, {64, 172}, {33, 40}, {768, 37}, {9, 100},
		{16, 47}, {31, 35}, {17, 72}, {8, 56}, {2, 32}, {288, 768}, {6, 8}};
	float *x, *w, *p, *want, *a, *row;
	int k, n, d, r, e, t, c, ok, simd, avx, kind;
	int cut[7];

	simd = usesimd;
	avx = useavx;
	for(k = 0; k < nelem(sh); k++){
		n = sh[k][0];
		d = sh[k][1];
		x = randvec(4*n, seed, 2);
		w = randvec(n*d, seed, 1);
		p = inpanels(w, n, d);
		want = malloc(4*d*sizeof(float));
		a = malloc(4*d*sizeof(float));
		row = malloc(n*sizeof(float));
		for(t = 0; t < 4; t++)
			refmatmul(want + t*d, x + t*n, w, n, d);
		cut[0] = 0; cut[1] = 3 < d ? 3 : d; cut[2] = 8 < d ? 8 : d; cut[3] = d/2;
		cut[4] = d - d%Panel; cut[5] = d > 0 ? d - 1 : 0; cut[6] = Panel < d ? Panel : d;
		for(kind = 0; kind < Nways; kind++)
			for(c = 0; c < nelem(cut); c++){
				setway(kind);
				r = cut[c];
				for(e = r; e <= d; e = e < d && e + 5 > d ? d : e + 5){
					memset(a, 0xff, 4*d*sizeof(float));
					matvecp(a + r, x, p, n, d, r, e - r);
					check(memcmp(a + r, want + r, (e - r)*sizeof(float)) == 0,
						"matvecp n=%d d=%d rows %d..%d, %s: differs from refmatmul", n, d, r, e, waynames[kind]);
					matvec4p(a + r, d, x, n, p, n, d, r, e - r);
					ok = 1;
					for(t = 0; t < 4; t++)
						ok &= memcmp(a + t*d + r, want + t*d + r, (e - r)*sizeof(float)) == 0;
					check(ok, "matvec4p n=%d d=%d rows %d..%d, %s: differs from refmatmul", n, d, r, e, waynames[kind]);
					if(e == d)
						break;
				}
			}
		ok = 1;
		for(r = 0; r < d; r++){
			matrow(row, p, n, d, r);
			ok &= memcmp(row, w + (vlong)r*n, n*sizeof(float)) == 0;
		}
		check(ok, "matrow n=%d d=%d: a row differs", n, d);
		free(x); free(w); free(p); free(want); free(a); free(row);
	}
	usesimd = simd;
	useavx = avx;
}

void
testmatmul(void)
{
	static int shapes[][2] = {{1,1}, {7,3}, {64,64}, {64,172}, {172,64}, {288,288}, {288,768}, {1000,37}};
	uvlong seed;
	float *w, *x, *o, *r;
	double want, abssum, worst;
	int k, n, d, i, j;

	seed = 3;
	worst = 0;
	for(k = 0; k < nelem(shapes); k++){
		n = shapes[k][0];
		d = shapes[k][1];
		w = randvec(n*d, &seed, 1);
		x = randvec(n, &seed, 2);
		o = malloc(d*sizeof(float));
		r = malloc(d*sizeof(float));
		matmul(o, x, w, n, d);
		refmatmul(r, x, w, n, d);
		check(same(o, r, d), "%d×%d: differs from the reference", d, n);
		for(i = 0; i < d; i++){
			want = abssum = 0;
			for(j = 0; j < n; j++){
				want += (double)w[i*n+j] * x[j];
				abssum += fabs((double)w[i*n+j] * x[j]);
			}
			/* the classic bound for a float dot product: |err| ≤ γ(n)·Σ|wx|, γ(n) ≈ n·ε */
			check(within(fabs(o[i] - want), (n + 1) * EPS * abssum), "%d×%d row %d: %g vs %g", d, n, i, o[i], want);
			if(abssum > 0 && fabs(o[i] - want)/abssum > worst)
				worst = fabs(o[i] - want)/abssum;
		}
		free(w); free(x); free(o); free(r);
	}
	note("worst error vs double %.2g of Σ|wx|", worst);
	panelsums(&seed);
}

void
testrng(void)
{
	/* xorshift64* from seed 42, computed independently with Python's integers */
	static uint want[] = {1456360119U, 3359763283U, 3393612768U, 4054632243U, 3283045847U};
	uvlong s, r;
	float f, g;
	uint u;
	int i;

	s = 42;
	for(i = 0; i < nelem(want); i++){
		u = randu32(&s);
		check(u == want[i], "draw %d: %ud, want %ud", i, u, want[i]);
	}
	s = 42;
	f = randf32(&s);
	check(f == 0.3390852212905884f, "first float %.9g", f);
	s = r = 12345;
	for(i = 0; i < 100000; i++){
		f = randf32(&s);
		g = refrandf32(&r);
		check(f == g, "draw %d: %g vs reference %g", i, f, g);
		check(!isNaN(f) && f >= 0 && f < 1, "draw %d out of [0,1): %g", i, f);
		if(failed)
			break;
	}
}

/* sampling with ties and a nucleus: the engine and the reference draw the same tokens */
/*
 * the nucleus from a heap of 500 tokens, of few distinct values so
 * that ties are many, against the reference's selection one by one
 */
static void
bigsampler(void)
{
	enum { N = 500 };
	static float topp[] = {0.5, 0.9, 0.99};
	static float temp[] = {0.7, 1.3};
	float *logits, *a, *b;
	uvlong seed, rs;
	Sampler *s;
	int i, k, t, x, y;

	logits = malloc(N*sizeof(float));
	a = malloc(N*sizeof(float));
	b = malloc(N*sizeof(float));
	seed = 3;
	for(i = 0; i < N; i++)
		logits[i] = (int)(randpm(&seed) * 12) / 2.0f;
	for(t = 0; t < nelem(temp); t++)
	for(k = 0; k < nelem(topp); k++){
		s = newsampler(N, temp[t], topp[k], 99);
		rs = 99;
		for(i = 0; i < 300 && !failed; i++){
			memmove(a, logits, N*sizeof(float));
			memmove(b, logits, N*sizeof(float));
			x = sample(s, a);
			y = refsample(b, N, temp[t], topp[k], &rs);
			check(x == y, "%d tokens, temp %g, top-p %g, draw %d: %d vs reference %d", N, temp[t], topp[k], i, x, y);
		}
		freesampler(s);
	}
	free(logits);
	free(a);
	free(b);
}

void
testsampler(void)
{
	static float logits[] = {1, 3, 3, 0.5, 3, 2, 2, -1, 3, 0};
	float a[nelem(logits)], b[nelem(logits)], topp[] = {0.3, 0.5, 0.9, 0.99, 1, 0};
	Sampler *s;
	uvlong rs;
	int i, k, x, y, n;

	n = nelem(logits);
	for(k = 0; k < nelem(topp); k++){
		s = newsampler(n, 1.0f, topp[k], 77);
		rs = 77;
		for(i = 0; i < 2000; i++){
			memmove(a, logits, sizeof a);
			memmove(b, logits, sizeof b);
			x = sample(s, a);
			y = refsample(b, n, 1.0f, topp[k], &rs);
			check(x == y, "top-p %g draw %d: %d vs reference %d", topp[k], i, x, y);
			if(failed)
				break;
		}
		freesampler(s);
	}
	s = newsampler(n, 0.0f, 0.9f, 1);
	memmove(a, logits, sizeof a);
	check(sample(s, a) == 1, "greedy does not take the first of equal maxima");
	freesampler(s);
	bigsampler();
}
