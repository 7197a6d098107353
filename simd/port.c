/*
 * Portable kernels. Each sums in the order of llama2.c's run.c
 * (one float accumulator, left to right), so results are bit-exact
 * with it; faster kernels must keep that order or say otherwise.
 */
#include <u.h>
#include <libc.h>
#include "dat.h"
#include "fns.h"

/* W (d×n) · x (n) → out (d) */
void
matmul(float *out, float *x, float *w, int n, int d)
{
	int i, j;
	float v;

	for(i = 0; i < d; i++){
		v = 0.0f;
		for(j = 0; j < n; j++)
			v += w[(vlong)i*n + j] * x[j];
		out[i] = v;
	}
}

void
rmsnorm(float *o, float *x, float *w, int n)
{
	float ss;
	int j;

	ss = 0.0f;
	for(j = 0; j < n; j++)
		ss += x[j] * x[j];
	ss /= n;
	ss += 1e-5f;
	ss = 1.0f / (float)sqrt(ss);
	for(j = 0; j < n; j++)
		o[j] = w[j] * (ss * x[j]);
}

void
softmax(float *x, int n)
{
	float max, sum;
	int i;

	max = x[0];
	for(i = 1; i < n; i++)
		if(x[i] > max)
			max = x[i];
	sum = 0.0f;
	for(i = 0; i < n; i++){
		x[i] = fexp(x[i] - max);
		sum += x[i];
	}
	for(i = 0; i < n; i++)
		x[i] /= sum;
}

/* activations to Q8_0 as runq.c does: float division, C rounding */
void
quantize(schar *q, float *s, float *x, int n, int gs)
{
	int g, i;
	float max, v, scale;

	for(g = 0; g < n; g += gs){
		max = 0;
		for(i = 0; i < gs; i++){
			v = fabs(x[g+i]);
			if(v > max)
				max = v;
		}
		scale = max / 127.0f;
		s[g/gs] = scale;
		for(i = 0; i < gs; i++)
			q[g+i] = scale == 0 ? 0 : (int)rnd(x[g+i] / scale);
	}
}

/* W (d×n, Q8_0) · x (n, Q8_0) → out (d): exact integer dot per group, then scaled in runq.c's order */
void
qmatmul(float *out, schar *xq, float *xs, schar *wq, float *ws, int n, int d, int gs)
{
	int i, j, k, acc;
	schar *w;
	float *s, v;

	for(i = 0; i < d; i++){
		w = wq + (vlong)i*n;
		s = ws + (vlong)i*n/gs;
		v = 0.0f;
		for(j = 0; j < n; j += gs){
			acc = 0;
			for(k = 0; k < gs; k++)
				acc += xq[j+k] * w[j+k];
			v += ((float)acc * s[j/gs]) * xs[j/gs];
		}
		out[i] = v;
	}
}
