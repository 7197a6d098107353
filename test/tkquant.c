/*
 * export's blocks against llama.cpp's: the same floats quantized by
 * quantblock and by ggml's quantize_row_*_ref, from the libggml-base.so
 * node-llama-cpp ships (test/gen/ggmlref), must be the same bytes.
 */
#include <u.h>
#include <libc.h>
#include "dat.h"
#include "fns.h"
#include "test.h"

enum {
	Nblk	= 96,		/* superblocks of 256 a set */
	N	= Nblk*256,
};

static char	ggmllib[] = "test/node_modules/@node-llama-cpp/linux-x64/bins/linux-x64/libggml-base.so";

/* a normal-ish value: the sum of four uniform ones */
static float
gauss(uvlong *seed)
{
	return randpm(seed) + randpm(seed) + randpm(seed) + randpm(seed);
}

/*
 * superblock b of a set: random values at magnitudes 1e-4 to 1e4, all
 * positive, all negative, one outlier, sparse, ties (multiples of a
 * half), zeros, a constant, tiny (the halves' scales underflow), a
 * block of 32 zeros among random ones
 */
static void
fill(float *x, int b, uvlong *seed)
{
	static float mag[] = {1e-4, 1e-2, 1, 1e2, 1e4, 0.03, 7, 300};
	float m;
	int i;

	m = mag[b % nelem(mag)];
	for(i = 0; i < 256; i++){
		switch(b % 12){
		case 0: case 1: case 2: x[i] = m * gauss(seed); break;
		case 3: x[i] = m * fabs(gauss(seed)) + m/10; break;
		case 4: x[i] = -m * fabs(gauss(seed)) - m/10; break;
		case 5: x[i] = i == 77 ? 40 * m : m * gauss(seed) / 10; break;
		case 6: x[i] = i % 9 == 0 ? m * gauss(seed) : 0; break;
		case 7: x[i] = (int)(8 * gauss(seed)) / 2.0f; break;
		case 8: x[i] = b % 24 == 8 ? 0 : 0.25f; break;
		case 9: x[i] = 1e-9 * gauss(seed); break;
		case 10: x[i] = i / 32 == 3 ? 0 : m * gauss(seed); break;
		default: x[i] = m * gauss(seed) * (i % 16 + 1); break;
		}
	}
}

/* ours and llama.cpp's blocks of type t for the set x */
static void
compare(char *name, int t, float *x)
{
	char *argv[6], *err;
	uchar *want, *got;
	long n;
	int per, bytes, i, k, bad, first;

	argv[0] = bpath("ggmlref");
	argv[1] = ggmllib;
	argv[2] = name;
	argv[3] = tpath("x.f32");
	argv[4] = tpath("ref.blk");
	argv[5] = nil;
	if(runprog(argv, nil, &err) != 0){
		fail("ggmlref %s: %s", name, err != nil ? err : "");
		free(err);
		return;
	}
	free(err);
	want = (uchar*)readall(argv[4], &n);
	per = gblock(t, &bytes);
	got = malloc(N/per * bytes);
	for(i = 0; i < N/per; i++)
		check(quantblock(t, x + i*per, got + i*bytes) == bytes, "%s: quantblock's size", name);
	check(want != nil && n == N/per * bytes, "%s: llama.cpp's %ld bytes, want %d", name, n, N/per * bytes);
	bad = 0;
	first = -1;
	for(i = 0; want != nil && n == N/per * bytes && i < N/per; i++)
		if(memcmp(want + i*bytes, got + i*bytes, bytes) != 0){
			if(first < 0)
				first = i;
			bad++;
		}
	if(bad > 0){
		for(k = 0; k < bytes && want[first*bytes + k] == got[first*bytes + k]; k++)
			;
		fail("%s: %d of %d blocks differ from llama.cpp's, the first block %d (of values %g %g ...) at byte %d: %ud, llama.cpp %ud",
			name, bad, N/per, first, x[first*per], x[first*per + 1], k, got[first*bytes + k], want[first*bytes + k]);
	}
	free(want);
	free(got);
}

void
testkquantref(void)
{
	static char *names[] = {"q8_0", "q4_0", "q4_1", "q5_0", "q4_k", "q5_k", "q6_k"};
	static int types[] = {Tq8_0, Tq4_0, Tq4_1, Tq5_0, Tq4_K, Tq5_K, Tq6_K};
	uvlong seed;
	float *x;
	int b, k;

	if(access(ggmllib, AEXIST) < 0){
		notrun("needs node-llama-cpp's %s (.ci/run installs it)", ggmllib);
		return;
	}
	if(access(bpath("ggmlref"), AEXIST) < 0){
		notrun("%s is a host tool, not built here", bpath("ggmlref"));
		return;
	}
	x = malloc(N * sizeof(float));
	seed = 29;
	for(b = 0; b < Nblk; b++)
		fill(x + 256*b, b, &seed);
	writefile(tpath("x.f32"), x, N * sizeof(float));
	for(k = 0; k < nelem(names); k++)
		compare(names[k], types[k], x);
	free(x);
}
