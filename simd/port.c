/*
 * Portable kernels (the ...c names) and the kernels built on the
 * dispatched ones of simd/amd64.c or simd/generic.c. Each sums in the
 * order of llama2.c (one float accumulator, left to right), so results
 * are bit-exact with it; the SIMD kernels keep that order.
 */
#include <u.h>
#include <libc.h>
#include "dat.h"
#include "fns.h"

/* W (d rows of n, stride floats apart) · x (n) → out (d) */
void
matvecc(float *out, float *x, float *w, int n, int d, int stride)
{
	int i, j;
	float v;

	for(i = 0; i < d; i++){
		v = 0.0f;
		for(j = 0; j < n; j++)
			v += w[(vlong)i*stride + j] * x[j];
		out[i] = v;
	}
}

/*
 * A model's FP32 matrices are kept in panels (src/weights.c): rows
 * p·Panel.. p·Panel+Panel-1 as n columns of Panel weights, row i's
 * weight of column j at panel[j·Panel + i%Panel]; the last d%Panel rows
 * stay as they are.
 */

/* rows lo..hi-1 of a panel (lo, hi ≤ Panel) · x → out, each summed in column order */
static void
lanes(float *out, float *x, float *p, int n, int lo, int hi)
{
	int i, j;
	float v;

	for(i = lo; i < hi; i++){
		v = 0.0f;
		for(j = 0; j < n; j++)
			v += p[(vlong)j*Panel + i] * x[j];
		out[i - lo] = v;
	}
}

/* np whole panels · x → out (Panel·np values) */
void
matvecpc(float *out, float *x, float *w, int n, int np)
{
	int k;

	for(k = 0; k < np; k++)
		lanes(out + k*Panel, x, w + (vlong)k*Panel*n, n, 0, Panel);
}

/* rows r..r+nr-1 of W (d rows of n, in panels) · x → out; t < nt inputs x + t·xstride → out + t·ostride */
static void
matvecpn(float *out, int ostride, float *x, int xstride, float *w, int n, int d, int r, int nr, int nt)
{
	int i, e, dp, np, k, m, t;
	vlong pn;

	pn = (vlong)Panel*n;
	dp = d - d%Panel;
	e = r + nr;
	for(i = r; i < e && i < dp; i += m){
		k = i % Panel;
		if(k == 0 && e - i >= Panel){
			np = ((e < dp ? e : dp) - i) / Panel;
			if(nt == 4)
				matvec4pk(out + i - r, ostride, x, xstride, w + i/Panel*pn, n, np);
			else
				matvecpk(out + i - r, x, w + i/Panel*pn, n, np);
			m = np*Panel;
			continue;
		}
		m = Panel - k < e - i ? Panel - k : e - i;
		for(t = 0; t < nt; t++)
			lanes(out + (vlong)t*ostride + i - r, x + (vlong)t*xstride, w + i/Panel*pn, n, k, k + m);
	}
	if(e <= dp)
		return;
	i = r > dp ? r : dp;
	if(nt == 4)
		matvec4(out + i - r, ostride, x, xstride, w + (vlong)i*n, n, e - i, n);
	else
		matvec(out + i - r, x, w + (vlong)i*n, n, e - i, n);
}

void
matvecp(float *out, float *x, float *w, int n, int d, int r, int nr)
{
	matvecpn(out, 0, x, 0, w, n, d, r, nr, 1);
}

/* the same for four inputs */
void
matvec4p(float *out, int ostride, float *x, int xstride, float *w, int n, int d, int r, int nr)
{
	matvecpn(out, ostride, x, xstride, w, n, d, r, nr, 4);
}

/* matvec4pk's portable form */
void
matvec4pc(float *out, int ostride, float *x, int xstride, float *w, int n, int np)
{
	int t;

	for(t = 0; t < 4; t++)
		matvecpc(out + (vlong)t*ostride, x + (vlong)t*xstride, w, n, np);
}

/* 1/√(Σx²/n + 1e-5), the sum in order */
float
rmsscale(float *x, int n)
{
	float ss;
	int j;

	ss = 0.0f;
	for(j = 0; j < n; j++)
		ss += x[j] * x[j];
	ss /= n;
	ss += 1e-5f;
	return 1.0f / (float)sqrt(ss);
}

void
rmsscalec(float *o, float *x, float *w, float ss, int n)
{
	int j;

	for(j = 0; j < n; j++)
		o[j] = w[j] * (ss * x[j]);
}

float
maxc(float *x, int n)
{
	float max;
	int i;

	max = x[0];
	if(isNaN(max))
		return max;
	for(i = 1; i < n; i++)
		if(x[i] > max && !isNaN(x[i]))	/* 6c's > is true for a NaN */
			max = x[i];
	return max;
}

/* the first of the largest; a NaN is never larger, and one first is the answer */
int
argmaxc(float *p, int n)
{
	float v;
	int i, best;

	best = 0;
	v = p[0];	/* in hand, not reloaded through best: that chain cost ~90 µs a token at 32000 */
	if(isNaN(v))
		return 0;
	for(i = 1; i < n; i++)
		if(p[i] > v && !isNaN(p[i])){	/* 6c's > is true for a NaN */
			v = p[i];
			best = i;
		}
	return best;
}

/* x[i] = e^(x[i] - max), each added in order to sum */
float
expsumc(float *x, int n, float max, float sum)
{
	int i;

	for(i = 0; i < n; i++){
		x[i] = fexp(x[i] - max);
		sum += x[i];
	}
	return sum;
}

void
divc(float *x, float s, int n)
{
	int i;

	for(i = 0; i < n; i++)
		x[i] /= s;
}

/* out[i] = Σk a[k]·v[k·stride+i] for i < n, k < t, added in k's order from 0 (llama2.c's axpy over positions) */
void
wsumc(float *out, float *a, float *v, int n, int t, int stride)
{
	int i, k;

	if(n <= 0)
		return;		/* no outputs: no walk over the positions */
	for(i = 0; i < n; i++)
		out[i] = 0;
	for(k = 0; k < t; k++)
		for(i = 0; i < n; i++)
			out[i] += a[k] * v[(vlong)k*stride + i];
}

void
addc(float *y, float *x, int n)
{
	int i;

	for(i = 0; i < n; i++)
		y[i] += x[i];
}

void
rmsnorm(float *o, float *x, float *w, int n)
{
	rmsscalev(o, x, w, rmsscale(x, n), n);
}

void
softmax(float *x, int n)
{
	divv(x, expsum(x, n, maxv(x, n)), n);
}

void
matmul(float *out, float *x, float *w, int n, int d)
{
	matvec(out, x, w, n, d, n);
}

/* activations to Q8_0 as runq.c does: float division, C rounding */
void
quantizec(schar *q, float *s, float *x, int n, int gs)
{
	int g, i;
	float scale;

	for(g = 0; g < n; g += gs){
		scale = groupscale(x+g, gs);
		s[g/gs] = scale;
		for(i = 0; i < gs; i++)
			q[g+i] = scale == 0 ? 0 : (int)rnd(x[g+i] / scale);
	}
}

/* W (d×n, Q8_0) · x (n, Q8_0) → out (d): exact integer dot per group, then scaled in runq.c's order */
void
qmatmulc(float *out, schar *xq, float *xs, schar *wq, float *ws, int n, int d, int gs)
{
	qmatmulfrom(out, xq, xs, wq, ws, n, d, gs, 0);
}

/* the same matrix times four inputs: xq + t·xstride, xs + t·xstride/gs → out + t·ostride, t < 4 */
void
qmatmul4c(float *out, int ostride, schar *xq, float *xs, int xstride, schar *wq, float *ws, int n, int d, int gs)
{
	int t;

	for(t = 0; t < 4; t++)
		qmatmulc(out + (vlong)t*ostride, xq + (vlong)t*xstride, xs + (vlong)t*xstride/gs, wq, ws, n, d, gs);
}

/* the same from column j0 on, added on in order to what out holds of the columns before */
void
qmatmulfrom(float *out, schar *xq, float *xs, schar *wq, float *ws, int n, int d, int gs, int j0)
{
	int i, j, k, acc;
	schar *w;
	float *s, v;

	for(i = 0; i < d; i++){
		w = wq + (vlong)i*n;
		s = ws + (vlong)i*n/gs;
		v = j0 > 0 ? out[i] : 0.0f;
		for(j = j0; j < n; j += gs){
			acc = 0;
			for(k = 0; k < gs; k++)
				acc += xq[j+k] * w[j+k];
			v += ((float)acc * s[j/gs]) * xs[j/gs];
		}
		out[i] = v;
	}
}
