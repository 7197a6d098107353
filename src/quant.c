/*
 * Q8_0: symmetric int8 with one float scale per group of gs values,
 * scale = max|x| / 127, as llama2.c's export.py and runq.c define it.
 */
#include <u.h>
#include <libc.h>
#include "dat.h"
#include "fns.h"

/* gs if it divides every row length (dim and hidden_dim), else the largest power of two ≤ 64 that does */
int
groupsize(Config *c, int gs)
{
	if(gs < 0){
		werrstr("bad group size %d", gs);
		return -1;
	}
	if(gs > 0){
		if(c->dim % gs != 0){
			werrstr("group size %d does not divide dim %d", gs, c->dim);
			return -1;
		}
		if(c->hidden % gs != 0){
			werrstr("group size %d does not divide hidden_dim %d", gs, c->hidden);
			return -1;
		}
		return gs;
	}
	for(gs = 64; gs > 1; gs /= 2)
		if(c->dim % gs == 0 && c->hidden % gs == 0)
			break;
	return gs;
}

/*
 * C's round: halfway cases away from zero. A float and 0.5 add exactly
 * in double, and truncation is floor on the magnitude; the sign goes
 * back on without a branch on it (a quarter of runq's serial time was
 * mispredicted signs).
 */
float
rnd(float x)
{
	static float sign[2] = {1, -1};
	double a;

	a = fabs(x);
	if(a < 1e9)
		return (float)(long)(a + 0.5) * sign[x < 0];
	if(x >= 0)
		return floor(x + 0.5);
	return ceil(x - 0.5);
}

/* torch.round: halfway cases to even */
static double
rnde(double x)
{
	double r;

	r = floor(x + 0.5);
	if(r - x == 0.5 && fmod(r, 2) != 0)
		r -= 1;
	return r;
}

/* a group's Q8_0 scale: its largest magnitude over 127 */
float
groupscale(float *x, int gs)
{
	float max, v;
	int i;

	max = 0;
	for(i = 0; i < gs; i++){
		v = fabs(x[i]);
		if(v > max && !isNaN(v))	/* as MAXPS in quantizesse; 6c's > is true for a NaN */
			max = v;
	}
	return max / 127.0f;
}

/*
 * Weights, as export.py quantizes them; the division is done in
 * double so that |q·scale - x| ≤ scale/2 holds exactly.
 */
void
quantrow(schar *q, float *s, float *x, vlong n, int gs)
{
	vlong g, i;
	float scale;

	for(g = 0; g < n; g += gs){
		scale = groupscale(x+g, gs);
		s[g/gs] = scale;
		for(i = 0; i < gs; i++)
			q[g+i] = scale == 0 ? 0 : rnde(x[g+i] / (double)scale);
	}
}
