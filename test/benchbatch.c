/*
 * Sessions decoding together: 1, 2, 4 and 8 generations on one model
 * as llmfs's batcher runs them (genbatch), aggregate tokens/s and each
 * session's time per token, against one alone; rounds alternate the
 * counts and each keeps its best, as the machine's speed swings.
 */
#include <u.h>
#include <libc.h>
#include "dat.h"
#include "fns.h"
#include "test.h"

enum {
	Rounds	= 3,
	Maxn	= 8,
};

static char *prompts[Maxn] = {
	"Once upon a time", "The little dog", "Lily and Tom", "One day, a big bear",
	"The sun was hot", "Ben had a red ball", "Sam and his cat", "A bird sang",
};

static void
putnone(Gen*, char*)
{
}

/* n generations of steps positions together: the seconds they took */
static double
together(Model *m, Tokenizer *t, int n, int steps)
{
	Genjob j[Maxn], *js[Maxn];
	Sampler *s[Maxn];
	Gen g[Maxn];
	State *bs;
	vlong t0;
	int i, turn, live;

	bs = newbatch(&m->c, Batch);
	if(bs == nil)
		return -1;
	for(i = 0; i < n; i++){
		memset(&g[i], 0, sizeof g[i]);
		g[i].put = putnone;
		s[i] = newsampler(m->c.vocab, 0, 0.9, i+1);
		if(genbegin(&j[i], m, t, s[i], prompts[i], steps, &g[i]) < 0)
			return -1;
		js[i] = &j[i];
	}
	turn = 0;
	t0 = nsec();
	do{
		genbatch(bs, js, n, &turn);
		for(i = live = 0; i < n; i++)
			live += !genfinished(js[i]);
	}while(live > 0);
	t0 = nsec() - t0;
	for(i = 0; i < n; i++){
		genend(&j[i]);
		freesampler(s[i]);
	}
	freestate(bs);
	return t0 / 1e9;
}

static void
batches(char *name, char *path, int quant, int steps)
{
	static int ns[] = {1, 2, 4, 8};
	double best[nelem(ns)], sec, agg, one;
	Model *m;
	Tokenizer *t;
	int r, i;

	m = path != nil ? openmodelq(path, quant) : nil;
	t = m != nil ? opentokenizer(mpath("tokenizer.bin"), m->c.vocab) : nil;
	if(t == nil){
		print("%-22s not run: %r\n", name);
		freemodel(m);
		return;
	}
	for(i = 0; i < nelem(ns); i++)
		best[i] = 0;
	for(r = 0; r < Rounds; r++)
		for(i = 0; i < nelem(ns); i++){
			sec = together(m, t, ns[i], steps);
			if(sec > 0 && (best[i] == 0 || sec < best[i]))
				best[i] = sec;
		}
	one = 0;
	for(i = 0; i < nelem(ns); i++){
		/* steps positions each, the prompt's few among them */
		agg = ns[i] * steps / best[i];
		if(i == 0)
			one = agg;
		print("%-22s %2d %9.1f %9.2f %8.2f× %8.2f×\n", i == 0 ? name : "", ns[i], agg,
			1000 * best[i] / steps, agg / one, best[i] / best[0]);
	}
	freetokenizer(t);
	freemodel(m);
}

/* the files bench made: stories110M's Q8_0 and FP32, TinyLlama's Q8_0 (nil: not timed) */
void
benchbatch(char *q110, char *f110, char *qtiny)
{
	print("\nsessions decoding together (llmfs's batches), greedy, best of %d rounds\n", Rounds);
	print("%-22s %2s %9s %9s %9s %9s\n", "model", "n", "tok/s", "ms/token", "tok/s vs 1", "ms vs 1");
	batches("stories110M Q8_0", q110, 1, 40);
	batches("stories110M FP32", f110, 0, 40);
	if(qtiny != nil)
		batches("TinyLlama-1.1B Q8_0", qtiny, 1, 24);
}
