/*
 * Kernels where there is no assembly: the portable C of port.c.
 * usesimd is accepted and changes nothing.
 */
#include <u.h>
#include <libc.h>
#include "dat.h"
#include "fns.h"

int usesimd;
int useavx;
int useavx2;
int usevnni;
int usessse3;

int
avx(void)
{
	return 0;
}

int
f16c(void)
{
	return 0;
}

int
avx2(void)
{
	return 0;
}

int
vnni(void)
{
	return 0;
}

int
ssse3(void)
{
	return 0;
}

int
ssse3type(int type)
{
	USED(type);
	return 0;
}

void
matvec(float *out, float *x, float *w, int n, int d, int stride)
{
	matvecc(out, x, w, n, d, stride);
}

void
matvec4(float *out, int ostride, float *x, int xstride, float *w, int n, int d, int stride)
{
	int t;

	for(t = 0; t < 4; t++)
		matvecc(out + (vlong)t*ostride, x + (vlong)t*xstride, w, n, d, stride);
}

void
matvecpk(float *out, float *x, float *w, int n, int np)
{
	matvecpc(out, x, w, n, np);
}

void
matvec4pk(float *out, int ostride, float *x, int xstride, float *w, int n, int np)
{
	matvec4pc(out, ostride, x, xstride, w, n, np);
}

void
qmatmul(float *out, schar *xq, float *xs, schar *wq, float *ws, int n, int d, int gs)
{
	qmatmulc(out, xq, xs, wq, ws, n, d, gs);
}

void
qmatmul4(float *out, int ostride, schar *xq, float *xs, int xstride, schar *wq, float *ws, int n, int d, int gs)
{
	qmatmul4c(out, ostride, xq, xs, xstride, wq, ws, n, d, gs);
}

void
gmatmul(float *out, Mat *w, int r, int n, int d, schar *xq, float *xs, int *xsum, float *x)
{
	gmatmulc(out, w, r, n, d, xq, xs, xsum, x);
}

void
gmatmul4(float *out, int ostride, Mat *w, int r, int n, int d, schar *xq, float *xs, int *xsum, float *x)
{
	gmatmul4c(out, ostride, w, r, n, d, xq, xs, xsum, x);
}

void	ksums4(int *acc, uchar *qs, schar *x) { ksums4c(acc, qs, x); }
void	ksums6(int *acc, uchar *q, schar *x) { ksums6c(acc, q, x); }
void	quantize(schar *q, float *s, float *x, int n, int gs) { quantizec(q, s, x, n, gs); }
void	wsum(float *out, float *a, float *v, int n, int t, int stride) { wsumc(out, a, v, n, t, stride); }
void	vadd(float *y, float *x, int n) { addc(y, x, n); }
void	divv(float *x, float s, int n) { divc(x, s, n); }
void	rmsscalev(float *o, float *x, float *w, float ss, int n) { rmsscalec(o, x, w, ss, n); }
float	maxv(float *x, int n) { return maxc(x, n); }
float	expsum(float *x, int n, float max) { return expsumc(x, n, max, 0); }
int	argmax(float *p, int n) { return argmaxc(p, n); }

float
readmem(float *p, vlong n)
{
	float s;
	vlong i;

	s = 0;
	for(i = 0; i < n; i++)
		s += p[i];
	return s;
}
