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
		x[i] = exp(x[i] - max);
		sum += x[i];
	}
	for(i = 0; i < n; i++)
		x[i] /= sum;
}
