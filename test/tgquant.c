/*
 * Matrices kept in their GGUF types: each row·input kernel against the
 * reference dequantization (test/reference.c) times the quantized input,
 * in double; the same bits whatever the split of the rows and with the
 * SIMD on or off; models loaded so against the same files in FP32.
 */
#include <u.h>
#include <libc.h>
#include "dat.h"
#include "fns.h"
#include "test.h"
#include "ref.h"

static int gtypes[] = {Tq8_0, Tq4_0, Tq4_1, Tq5_0, Tq4_K, Tq5_K, Tq6_K, Tf16, Tbf16};

static u16int
finitehalf(uvlong *s, int big)
{
	u16int h;

	h = (randpm(s) + 1) * 32768;
	if((h >> 10 & 31) == 31)
		h &= ~(1<<14);
	if(big)
		h = 0x7bff;		/* 65504, the largest */
	return h;
}

static void
puthalf(uchar *p, u16int h)
{
	p[0] = h;
	p[1] = h >> 8;
}

/* d rows of n values of type t: random bytes, finite scales; row 1 every byte 0xff and scales of 65504 */
static uchar*
randrows(int t, int n, int d, vlong *rowbytes, uvlong *seed)
{
	uchar *raw, *b;
	vlong bytes;
	int i, k, per, bb, big;

	per = gblock(t, &bb);
	tensorsize(t, n, &bytes);
	*rowbytes = bytes;
	raw = malloc(bytes*d);
	for(i = 0; i < bytes*d; i++)
		raw[i] = (randpm(seed) + 1) * 128;
	for(i = 0; i < d; i++){
		big = i == 1;
		if(big)
			memset(raw + i*bytes, 0xff, bytes);
		for(k = 0; k < n/per; k++){
			b = raw + i*bytes + k*bb;
			switch(t){
			case Tq8_0: case Tq4_0: case Tq5_0:
				puthalf(b, finitehalf(seed, big));
				break;
			case Tq4_1: case Tq4_K: case Tq5_K:
				puthalf(b, finitehalf(seed, big));
				puthalf(b+2, finitehalf(seed, big));
				break;
			case Tq6_K:
				puthalf(b+208, finitehalf(seed, big));
				break;
			case Tf16:
				puthalf(b, finitehalf(seed, big));
				break;
			case Tbf16:
				b[1] &= ~0x40;		/* below 2^64 */
				break;
			}
		}
	}
	return raw;
}

/* n inputs in [-1, 1): the first 32 zero, the next 32 ±1 exactly, one group with a single large value */
static float*
randinput(int n, uvlong *seed)
{
	float *x;
	int i;

	x = malloc(n * sizeof(float));
	for(i = 0; i < n; i++)
		x[i] = randpm(seed);
	for(i = 0; i < 32 && i < n; i++)
		x[i] = 0;
	for(i = 32; i < 64 && i < n; i++)
		x[i] = i & 1 ? 1 : fneg(1);
	if(n > 96)
		x[70] = 1000;
	return x;
}

/*
 * for the types with a minimum, a bound on the weights' scale part and
 * minimum part of the group at k, which the kernel rounds apart: its
 * nibbles times d, and m (Q4_1), or of 6-bit scales and minimums times
 * d and dmin (Q4_K, Q5_K); 0 for the others
 */
static double
twoterms(int t, uchar *row, int k)
{
	uchar *b;

	switch(t){
	case Tq4_1:
		b = row + k/32*20;
		return fabs(refhalf(b[0] | b[1]<<8)) * 15 + fabs(refhalf(b[2] | b[3]<<8));
	case Tq4_K: case Tq5_K:
		b = row + k/256*(t == Tq4_K ? 144 : 176);
		return fabs(refhalf(b[0] | b[1]<<8)) * 63 * 31 + fabs(refhalf(b[2] | b[3]<<8)) * 63;
	}
	return 0;
}

/* one type at n columns and d rows: the reference, splits and SIMD */
static void
dotcase(int t, int n, int d, uvlong *seed)
{
	Mat w;
	uchar *raw;
	schar *xq;
	float *x, *xs, *out, *out2, *wf;
	int *xsum, i, k, bad, split, sum, s, per, bb;
	double ref, mag, xv, worst, tol;

	per = gblock(t, &bb);
	if(n % per != 0)
		return;
	memset(&w, 0, sizeof w);
	w.type = t;
	raw = randrows(t, n, d, &w.rowbytes, seed);
	w.raw = raw;
	x = randinput(n, seed);
	xq = malloc(n);
	xs = malloc(n/32 * sizeof(float) + 4);
	xsum = malloc(n/32 * sizeof(int) + 4);
	out = malloc(d * sizeof(float));
	out2 = malloc(d * sizeof(float));
	wf = malloc(n * sizeof(float));
	if(n % 32 == 0){
		gquantize(xq, xs, xsum, x, n);
		for(k = 0; k < n; k += 32){
			sum = 0;
			for(i = 0; i < 32; i++)
				sum += xq[k+i];
			check(sum == xsum[k/32], "type %d: group %d's sum %d, want %d", t, k/32, xsum[k/32], sum);
		}
	}
	gmatmulc(out, &w, 0, n, d, xq, xs, xsum, x);
	bad = 0;
	worst = 0;
	for(i = 0; i < d; i++){
		ref = mag = 0;
		for(k = 0; k < n; k++){
			wf[k] = refdequant(t, raw + i*w.rowbytes, k);
			xv = gneedsq(t) ? (double)xq[k] * xs[k/32] : x[k];
			ref += wf[k] * xv;
			mag += fabs(wf[k] * xv);
		}
		/*
		 * the float terms of each block (of its scale and minimum
		 * parts for Q4_1, Q4_K and Q5_K) are each within a few
		 * roundings, the sum within one per block
		 */
		for(k = 0; k < n; k += 32)
			mag += 32 * 127 * fabs(xs[k/32]) * twoterms(t, raw + i*w.rowbytes, k);
		tol = ldexp(mag, -21) * (n/32 + 8);
		if(!within(fabs(out[i] - ref), tol) || isNaN(out[i]))
			bad++;
		if(fabs(out[i] - ref) / (mag + 1e-30) > worst)
			worst = fabs(out[i] - ref) / (mag + 1e-30);
	}
	check(bad == 0, "type %d, %d×%d: %d rows off the reference", t, d, n, bad);
	if(bad)
		note("type %d worst relative error %g", t, worst);
	/* any split of the rows, through the dispatched kernel, SIMD on and off */
	for(s = 0; s < 2; s++){
		usesimd = s;
		for(split = 1; split < d; split += 5){
			gmatmul(out2, &w, 0, n, split, xq, xs, xsum, x);
			gmatmul(out2 + split, &w, split, n, d - split, xq, xs, xsum, x);
			check(memcmp(out, out2, d * sizeof(float)) == 0, "type %d, %d×%d, simd %d: split at %d changes the bits", t, d, n, s, split);
		}
	}
	usesimd = 1;
	free(raw); free(x); free(xq); free(xs); free(xsum); free(out); free(out2); free(wf);
}

void
testgquantdot(void)
{
	uvlong seed;
	int k;

	gquantinit();
	seed = 17;
	for(k = 0; k < nelem(gtypes); k++){
		dotcase(gtypes[k], 512, 37, &seed);
		dotcase(gtypes[k], 96, 13, &seed);
		dotcase(gtypes[k], 2816, 9, &seed);
		dotcase(gtypes[k], 40, 5, &seed);	/* F16 and BF16 only: not whole groups */
	}
}

/* the bytes of a GGUF file's tensors */
static vlong
tensorbytes(char *path)
{
	Gguf *g;
	Dir *d;
	vlong n;
	uvlong i;
	int fd;

	n = -1;
	fd = open(path, OREAD);
	if(fd < 0)
		return -1;
	d = dirfstat(fd);
	g = d != nil ? ggufparse(fd, d->length) : nil;
	if(g != nil)
		for(n = 0, i = 0; i < g->ntensors; i++)
			n += g->t[i].nbytes;
	gguffree(g);
	free(d);
	close(fd);
	return n;
}

/* F16 files in their own type: the FP32 model's logits, bit for bit, in half the memory */
static void
samelogits(char *file, int npos)
{
	Model *a, *b;
	State *sa, *sb;
	float *la, *lb;
	vlong tb;
	int pos, tok, bad;
	char *p;

	p = mpath(file);
	a = openmodelq(p, Lown);
	b = openmodelq(p, Lfp32);
	if(a == nil || b == nil){
		fail("%s: %r", file);
		return;
	}
	check(a->own && a->w.wq[0].raw != nil && a->w.wq[0].type == Tf16 && b->w.wq[0].raw == nil, "%s: not loaded in its own types", file);
	tb = tensorbytes(p);
	note("%s: %lld bytes of weights in memory, %lld of tensors in the file, %lld as FP32", file, a->nbytes, tb, b->nbytes);
	check(tb > 0 && a->nbytes >= tb && a->nbytes <= tb + tb/20, "%s: %lld bytes in memory for %lld of tensors", file, a->nbytes, tb);
	sa = newstate(&a->c, npos);
	sb = newstate(&b->c, npos);
	tok = 1;
	bad = 0;
	for(pos = 0; pos < npos; pos++){
		la = forward(a, sa, tok, pos);
		lb = forward(b, sb, tok, pos);
		if(memcmp(la, lb, a->c.vocab * sizeof(float)) != 0)
			bad++;
		tok = argmax(lb, b->c.vocab);
	}
	check(bad == 0, "%s: logits differ from FP32's at %d of %d positions", file, bad, npos);
	freestate(sa); freestate(sb);
	freemodel(a); freemodel(b);
}

void
testgquantmodels(void)
{
	samelogits("stories260K-F16.gguf", 64);
	samelogits("llama-2-tiny-random.gguf", 64);
}
