/*
 * Sampling as llama2.c does it: argmax at temperature 0; otherwise
 * softmax of logits/temp and one xorshift64* coin per token, drawn
 * from the whole distribution or from the top-p nucleus.
 */
#include <u.h>
#include <libc.h>
#include "dat.h"
#include "fns.h"

Sampler*
newsampler(int vocab, float temp, float topp, uvlong seed)
{
	Sampler *s;

	s = emalloc(sizeof *s);
	if(s == nil)
		return nil;
	s->pi = emalloc(vocab * sizeof(ProbIndex));
	if(s->pi == nil){
		free(s);
		return nil;
	}
	s->vocab = vocab;
	s->temp = temp;
	s->topp = topp;
	s->rng = seed;
	return s;
}

void
freesampler(Sampler *s)
{
	if(s == nil)
		return;
	free(s->pi);
	free(s);
}

uint
randu32(uvlong *state)
{
	*state ^= *state >> 12;
	*state ^= *state << 25;
	*state ^= *state >> 27;
	return (*state * 0x2545F4914F6CDD1DULL) >> 32;
}

float
randf32(uvlong *state)
{
	return (randu32(state) >> 8) / 16777216.0f;
}

static int
samplemult(float *p, int n, float coin)
{
	float cdf;
	int i;

	cdf = 0.0f;
	for(i = 0; i < n; i++){
		cdf += p[i];
		if(coin < cdf)
			return i;
	}
	return n - 1;
}

/* a comes first: more probable, or as probable and of a lower index, as a stable sort leaves them */
static int
before(ProbIndex *a, ProbIndex *b)
{
	return a->p > b->p || (a->p == b->p && a->i < b->i);
}

/* h[i]'s element down the heap h[0..n) to its place below the ones before it */
static void
siftdown(ProbIndex *h, int i, int n)
{
	ProbIndex t;
	int c;

	t = h[i];
	for(; (c = 2*i + 1) < n; i = c){
		if(c + 1 < n && before(&h[c+1], &h[c]))
			c++;
		if(!before(&h[c], &t))
			break;
		h[i] = h[c];
	}
	h[i] = t;
}

/*
 * llama2.c sorts the tokens above the cutoff and takes the shortest
 * most probable run whose sum passes p. A heap gives the same run in
 * the same order having sorted only as much of it as it takes: each
 * token taken goes to the back, so the run is pi[n-1], pi[n-2], ...
 */
static int
sampletopp(Sampler *s, float *p, float coin)
{
	ProbIndex *pi, t;
	float cutoff, cum, r, cdf;
	int i, n, m, last;

	pi = s->pi;
	n = 0;
	/* below (1-p)/(n-1) a token cannot be in the nucleus */
	cutoff = (1.0f - s->topp) / (s->vocab - 1);
	for(i = 0; i < s->vocab; i++)
		if(p[i] >= cutoff){
			pi[n].i = i;
			pi[n].p = p[i];
			n++;
		}
	if(n == 0)	/* only when the logits were not numbers */
		return argmax(p, s->vocab);
	for(i = n/2 - 1; i >= 0; i--)
		siftdown(pi, i, n);
	cum = 0.0f;
	for(m = n; m > 0; ){
		t = pi[0];
		pi[0] = pi[--m];
		pi[m] = t;
		siftdown(pi, 0, m);
		cum += t.p;
		if(cum > s->topp)
			break;
	}
	last = n - 1 - m;	/* the run's last, counted from its first */
	r = coin * cum;
	cdf = 0.0f;
	for(i = 0; i <= last; i++){
		cdf += pi[n-1-i].p;
		if(r < cdf)
			return pi[n-1-i].i;
	}
	return pi[n-1-last].i;
}

int
sample(Sampler *s, float *logits)
{
	float coin;

	if(s->temp == 0.0f)
		return argmax(logits, s->vocab);
	divv(logits, s->temp, s->vocab);
	softmax(logits, s->vocab);
	coin = randf32(&s->rng);
	if(s->topp <= 0 || s->topp >= 1)
		return samplemult(logits, s->vocab, coin);
	return sampletopp(s, logits, coin);
}
