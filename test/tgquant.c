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
	/* row 2 of F16 and BF16: subnormals, signed zeros, the largest subnormal, an infinity against x = ±1 */
	if((t == Tf16 || t == Tbf16) && d > 2 && n >= 64){
		b = raw + 2*bytes;
		puthalf(b + 2*32, 0x0001);
		puthalf(b + 2*33, 0x8001);
		puthalf(b + 2*34, t == Tf16 ? 0x03ff : 0x007f);
		puthalf(b + 2*35, 0x8000);
		puthalf(b + 2*36, 0x0000);
		puthalf(b + 2*40, t == Tf16 ? 0x7c00 : 0x7f80);
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

/*
 * gmatmul4 against gmatmulc token by token, bit for bit, in C, SSE2
 * and AVX2 and split anywhere: the four inputs are the one given, its
 * groups turned by 0 to 3 (an edge value comes to every token), and the
 * outputs d+5 apart
 */
static void
fourcheck(Mat *w, int n, int d, schar *xq, float *xs, int *xsum, float *x)
{
	schar *q4;
	float *s4, *x4, *want, *got;
	int *sum4, t, i, s, split, g, os;

	g = n/32;
	os = d + 5;
	q4 = malloc(4*n);
	x4 = malloc(4*n * sizeof(float));
	s4 = malloc((4*g + 1) * sizeof(float));
	sum4 = malloc((4*g + 1) * sizeof(int));
	want = malloc(4*os * sizeof(float));
	got = malloc(4*os * sizeof(float));
	for(t = 0; t < 4; t++){
		for(i = 0; i < n; i++){
			q4[t*n + i] = xq[(i + 32*t) % n];
			x4[t*n + i] = x != nil ? x[(i + 32*t) % n] : 0;
		}
		for(i = 0; i < g; i++){
			s4[t*g + i] = xs[(i + t) % g];
			sum4[t*g + i] = xsum[(i + t) % g];
		}
	}
	memset(want, 0, 4*os * sizeof(float));
	for(t = 0; t < 4; t++)
		gmatmulc(want + t*os, w, 0, n, d, q4 + t*n, s4 + t*g, sum4 + t*g, x4 + t*n);
	for(s = 0; s < Nways; s++){
		setway(s);
		for(split = 0; split < d; split += 7){
			memset(got, 0, 4*os * sizeof(float));
			gmatmul4(got, os, w, 0, n, split, q4, s4, sum4, x4);
			gmatmul4(got + split, os, w, split, n, d - split, q4, s4, sum4, x4);
			check(memcmp(want, got, 4*os * sizeof(float)) == 0, "type %d, %d×%d, %s, split at %d: four tokens' bits differ from each alone", w->type, d, n, waynames[s], split);
		}
	}
	setway(Wall);
	free(q4); free(x4); free(s4); free(sum4); free(want); free(got);
}

/*
 * a Q8_0 or Q4_0 matrix of d rows in eights (simd/gquant.c) against want, the
 * bits of its rows: gmatmulc, every way split anywhere, four tokens, and
 * back in rows byte for byte
 */
static void
eightcheck(Mat *w, int n, int d, schar *xq, float *xs, int *xsum, float *want)
{
	uchar *rows, *tmp;
	float *got;
	int s, split;

	if(eightblock(w->type) == 0)
		return;
	rows = malloc(d*w->rowbytes);
	tmp = malloc(8*w->rowbytes);
	got = malloc(d*sizeof(float));
	memmove(rows, w->raw, d*w->rowbytes);
	toeights(w, d, tmp, 1);
	check(w->eights == d - d%8, "%d rows: %lld in eights, want %d", d, w->eights, d - d%8);
	check(d < 8 || n == 32 || memcmp(rows, w->raw, d*w->rowbytes) != 0, "%d×%d: the eights are the rows", d, n);
	gmatmulc(got, w, 0, n, d, xq, xs, xsum, nil);
	check(memcmp(want, got, d*sizeof(float)) == 0, "%d×%d in eights: gmatmulc's bits are not the rows'", d, n);
	for(s = 0; s < Nways; s++){
		setway(s);
		for(split = 0; split < d; split += 3){
			gmatmul(got, w, 0, n, split, xq, xs, xsum, nil);
			gmatmul(got + split, w, split, n, d - split, xq, xs, xsum, nil);
			check(memcmp(want, got, d*sizeof(float)) == 0, "%d×%d in eights, %s, split at %d: not the rows' bits", d, n, waynames[s], split);
		}
	}
	setway(Wall);
	fourcheck(w, n, d, xq, xs, xsum, nil);
	toeights(w, d, tmp, 0);
	check(w->eights == 0 && memcmp(rows, w->raw, d*w->rowbytes) == 0, "%d×%d: eights back in rows are not the rows", d, n);
	free(rows); free(tmp); free(got);
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
		 * roundings, the sum within one per block (xs is made only
		 * for whole groups)
		 */
		for(k = 0; n % 32 == 0 && k < n; k += 32)
			mag += 32 * 127 * fabs(xs[k/32]) * twoterms(t, raw + i*w.rowbytes, k);
		tol = ldexp(mag, -21) * (n/32 + 8);
		if(isInf(ref, 0) && isInf(out[i], 0) && (ref > 0) == (out[i] > 0))
			continue;	/* the infinity of row 2 */
		if(!within(fabs(out[i] - ref), tol) || isNaN(out[i]))
			bad++;
		if(fabs(out[i] - ref) / (mag + 1e-30) > worst)
			worst = fabs(out[i] - ref) / (mag + 1e-30);
	}
	check(bad == 0, "type %d, %d×%d: %d rows off the reference", t, d, n, bad);
	if(bad)
		note("type %d worst relative error %g", t, worst);
	/* any split of the rows, through the dispatched kernel: every way */
	for(s = 0; s < Nways; s++){
		setway(s);
		for(split = 1; split < d; split += 5){
			gmatmul(out2, &w, 0, n, split, xq, xs, xsum, x);
			gmatmul(out2 + split, &w, split, n, d - split, xq, xs, xsum, x);
			check(memcmp(out, out2, d * sizeof(float)) == 0, "type %d, %d×%d, %s: split at %d changes the bits", t, d, n, waynames[s], split);
		}
	}
	setway(Wall);
	if(n % 32 == 0)
		fourcheck(&w, n, d, xq, xs, xsum, x);
	eightcheck(&w, n, d, xq, xs, xsum, out);
	free(raw); free(x); free(xq); free(xs); free(xsum); free(out); free(out2); free(wf);
}

/* the halves of the edges: subnormals, ±0, ±65504, ±Inf and the NaN x86 makes of Inf·0 (so that any NaN has its bits) */
static u16int edgehalves[] = {0x0001, 0x03ff, 0x8001, 0x0000, 0x8000, 0x7bff, 0xfbff, 0x7c00, 0xfc00, 0xfe00, 0x3c00};

/*
 * d rows of type t (Q4_0, Q4_1, Q5_0, Q8_0) of edge values: row 0
 * every byte 0 (nibbles 0), row 1 0xff (nibbles 15, Q8_0 -1), row 2
 * bytes 0x80 and 0x7f (Q8_0 -128 and 127, nibbles 0 and 15, 15 and 7),
 * the rest random; the blocks' halves every edge half in turn
 */
static uchar*
edgerows(int t, int n, int d, vlong *rowbytes, uvlong *seed)
{
	uchar *raw, *b;
	vlong bytes;
	int i, k, j, bb, h;

	gblock(t, &bb);
	tensorsize(t, n, &bytes);
	*rowbytes = bytes;
	raw = malloc(bytes*d);
	for(i = 0; i < bytes*d; i++)
		raw[i] = (randpm(seed) + 1) * 128;
	memset(raw, 0, bytes);
	if(d > 1)
		memset(raw + bytes, 0xff, bytes);
	for(i = 0; d > 2 && i < bytes; i++)
		raw[2*bytes + i] = i & 1 ? 0x7f : 0x80;
	h = 0;
	for(i = 0; i < d; i++)
		for(k = 0; k < n/32; k++){
			b = raw + i*bytes + k*bb;
			for(j = 0; j < (t == Tq4_1 ? 2 : 1); j++){
				if(i > 2 && (h + i) % 3 == 0)
					puthalf(b + 2*j, finitehalf(seed, 0));
				else
					puthalf(b + 2*j, edgehalves[h % nelem(edgehalves)]);
				h++;
			}
		}
	return raw;
}

/*
 * the kernels of Q4_0, Q4_1, Q5_0 and Q8_0 against gmatmulc on edge rows
 * and any input bytes (-128 and 127 whole groups, scales of 0, 1e-30 and
 * 1e30): the same bits from C, SSE2 and AVX2, any split of the rows
 */
static void
edgecase(int t, int n, int d, uvlong *seed)
{
	Mat w;
	schar *xq;
	float *xs, *out, *out2;
	int *xsum, i, g, s, split;

	memset(&w, 0, sizeof w);
	w.type = t;
	w.raw = edgerows(t, n, d, &w.rowbytes, seed);
	xq = malloc(n);
	xs = malloc(n/32 * sizeof(float));
	xsum = malloc(n/32 * sizeof(int));
	out = malloc(d * sizeof(float));
	out2 = malloc(d * sizeof(float));
	for(i = 0; i < n; i++)
		xq[i] = i < 32 ? -128 : i < 64 ? 127 : (int)((randpm(seed) + 1) * 128) - 128;
	for(g = 0; g < n/32; g++){
		xs[g] = g % 4 == 1 ? 1e30 : g % 4 == 2 ? 1e-30 : g % 8 == 3 ? 0 : randpm(seed);
		xsum[g] = 0;
		for(i = 0; i < 32; i++)
			xsum[g] += xq[32*g + i];
	}
	gmatmulc(out, &w, 0, n, d, xq, xs, xsum, nil);
	for(s = 0; s < Nways; s++){
		setway(s);
		for(split = 0; split < d; split += 3){
			gmatmul(out2, &w, 0, n, split, xq, xs, xsum, nil);
			gmatmul(out2 + split, &w, split, n, d - split, xq, xs, xsum, nil);
			check(memcmp(out, out2, d * sizeof(float)) == 0, "edges: type %d, %d×%d, %s, split at %d: not gmatmulc's bits", t, d, n, waynames[s], split);
		}
	}
	setway(Wall);
	fourcheck(&w, n, d, xq, xs, xsum, nil);
	eightcheck(&w, n, d, xq, xs, xsum, out);
	free(w.raw); free(xq); free(xs); free(xsum); free(out); free(out2);
}

void
testgquantdot(void)
{
	static int etypes[] = {Tq4_0, Tq4_1, Tq5_0, Tq8_0};
	static int en[] = {32, 64, 96, 4096+32};
	uvlong seed;
	int k, j;

	gquantinit();
	seed = 17;
	for(k = 0; k < nelem(gtypes); k++){
		dotcase(gtypes[k], 512, 37, &seed);
		dotcase(gtypes[k], 96, 13, &seed);
		dotcase(gtypes[k], 2816, 9, &seed);
		dotcase(gtypes[k], 256, 11, &seed);
		dotcase(gtypes[k], 40, 5, &seed);	/* F16 and BF16 only: not whole groups */
		dotcase(gtypes[k], 32, 21, &seed);
		dotcase(gtypes[k], 4096+32, 12, &seed);
	}
	for(k = 0; k < nelem(etypes); k++)
		for(j = 0; j < nelem(en); j++){
			edgecase(etypes[k], en[j], 29, &seed);
			edgecase(etypes[k], en[j], 8, &seed);
		}
	setway(Wall);
	if(!avx2())
		note("AVX2 not on this machine");
	else if(!vnni())
		note("AVX-VNNI not on this machine: its way is AVX2's");
}

/* a K-quant superblock's bytes, by kind: 0 all zero, 1 all ones, 2 random, 3 alternating 0x00 and 0xff */
static void
kfill(uchar *p, int n, int kind, uvlong *seed)
{
	int i;

	for(i = 0; i < n; i++)
		switch(kind){
		case 0: p[i] = 0; break;
		case 1: p[i] = 0xff; break;
		case 2: p[i] = (randpm(seed) + 1) * 128; break;
		default: p[i] = i & 1 ? 0xff : 0;
		}
}

/*
 * the edges of the K-quant kernels: quants 0 and the largest, 6-bit
 * scales and minimums 0 and 63 (Q6_K's int8 scales -128, -1 and 127),
 * halves of 0, ±65504 and subnormal, input bytes -128 and 127 and input
 * scales of 0 and 1e30 (infinities and NaNs the C makes); SSE2 and
 * AVX2 against the C bit for bit, every row count to d
 */
static void
kedgecase(int t, int n, int d, uvlong *seed)
{
	static u16int halves[] = {0x7bff, 0xfbff, 0x0001, 0x8001, 0x03ff, 0x0000, 0x3c00};
	Mat w;
	uchar *raw, *b;
	schar *xq;
	float *xs, *want, *got;
	int *xsum, i, k, g, s, r, bb, qoff, qlen, soff, slen;

	gblock(t, &bb);
	memset(&w, 0, sizeof w);
	w.type = t;
	tensorsize(t, n, &w.rowbytes);
	raw = malloc(w.rowbytes * d);
	w.raw = raw;
	/* where the quants and the scales are in a superblock */
	qoff = t == Tq6_K ? 0 : 16;
	qlen = t == Tq6_K ? 192 : bb - 16;
	soff = t == Tq6_K ? 192 : 4;
	slen = t == Tq6_K ? 16 : 12;
	for(i = 0; i < d; i++)
		for(k = 0; k < n/256; k++){
			b = raw + i*w.rowbytes + k*bb;
			kfill(b + qoff, qlen, (i + k) % 4, seed);
			kfill(b + soff, slen, (i/4 + 3*k) % 4, seed);
			if(t == Tq6_K && i % 5 == 2)
				for(g = 0; g < 16; g++)
					b[192+g] = g & 1 ? 0x80 : 0x7f;
			if(t == Tq6_K)
				puthalf(b + 208, halves[(i + 2*k) % nelem(halves)]);
			else{
				puthalf(b, halves[(i + 2*k) % nelem(halves)]);
				puthalf(b + 2, halves[(i + 3*k + 1) % nelem(halves)]);
			}
		}
	xq = malloc(n);
	xs = malloc(n/32 * sizeof(float));
	xsum = malloc(n/32 * sizeof(int));
	for(k = 0; k < n; k++)
		xq[k] = k < 64 ? -128 : k < 128 ? 127 : k < 192 ? (k & 1 ? -128 : 127) : (schar)((randpm(seed) + 1) * 128);
	for(g = 0; g < n/32; g++){
		xs[g] = g == 3 ? 0 : g == n/32 - 3 ? 1e30 : randpm(seed) + 1;	/* the infinities in the last superblock */
		xsum[g] = 0;
		for(k = 0; k < 32; k++)
			xsum[g] += xq[32*g + k];
	}
	want = malloc(d * sizeof(float));
	got = malloc(d * sizeof(float));
	gmatmulc(want, &w, 0, n, d, xq, xs, xsum, nil);
	for(s = Wsse2; s < Nways; s++){
		setway(s);
		for(r = 1; r <= d; r++){
			gmatmul(got, &w, 0, n, r, xq, xs, xsum, nil);
			check(memcmp(want, got, r * sizeof(float)) == 0, "type %d, %d×%d, %s: %d rows differ from the C", t, r, n, waynames[s], r);
		}
	}
	setway(Wall);
	fourcheck(&w, n, d, xq, xs, xsum, nil);
	free(raw); free(xq); free(xs); free(xsum); free(want); free(got);
}

void
testgquantkedge(void)
{
	static int ktypes[] = {Tq4_K, Tq5_K, Tq6_K};
	uvlong seed;
	int k;

	gquantinit();
	seed = 5;
	for(k = 0; k < nelem(ktypes); k++){
		kedgecase(ktypes[k], 256, 13, &seed);
		kedgecase(ktypes[k], 512, 10, &seed);
		kedgecase(ktypes[k], 2816, 7, &seed);
		kedgecase(ktypes[k], 35*256, 6, &seed);	/* Q4_K's and Q5_K's chunks of 32 superblocks and 3 */
	}
	if(!avx2())
		note("AVX2 not on this machine");
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

/* F16 and BF16 files in their own type: the FP32 model's logits, bit for bit, in half the memory */
static void
samelogits(char *file, int type, int npos)
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
	check(a->own && a->w.wq[0].raw != nil && a->w.wq[0].type == type && b->w.wq[0].raw == nil, "%s: not loaded in its own types", file);
	tb = a->format == Fgguf ? tensorbytes(p) : a->filesize;	/* safetensors: the file, its header of a few KB too */
	note("%s: %lld bytes of weights in memory, %lld of tensors in the file, %lld as FP32", file, a->nbytes, tb, b->nbytes);
	check(tb > 0 && a->nbytes >= tb - tb/20 && a->nbytes <= tb + tb/20, "%s: %lld bytes in memory for %lld of tensors", file, a->nbytes, tb);
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

/* with the AVX2 kernels and without */
void
testgquantmodels(void)
{
	int s;

	for(s = Wsse2; s < Nways; s++){	/* SSE2 only, SSSE3, then AVX2 where the machine has them */
		setway(s);
		samelogits("stories260K-F16.gguf", Tf16, 64);
		samelogits("llama-2-tiny-random.gguf", Tf16, 64);
		samelogits("stories260K-hf-f16/model.safetensors", Tf16, 64);
		samelogits("stories260K-hf-bf16/model.safetensors", Tbf16, 64);
	}
	if(!avx2())
		note("AVX2 not on this machine");
}

/* the relative RMS difference of n values of type t at raw from f, by the reference dequantization */
static double
rmsrel(int t, uchar *raw, float *f, vlong n)
{
	double e, s, v;
	vlong i;

	e = s = 0;
	for(i = 0; i < n; i++){
		v = refdequant(t, raw, i) - (double)f[i];
		e += v*v;
		s += (double)f[i]*f[i];
	}
	return s > 0 ? sqrt(e/s) : 0;
}

static char *expnames[] = {"q8_0", "q4_0", "q4_1", "q5_0", "q4_k", "q5_k", "q6_k", "q4_k_m"};
static int exptypes[] = {Tq8_0, Tq4_0, Tq4_1, Tq5_0, Tq4_K, Tq5_K, Tq6_K, Tq4_K_M};
/* the RMS error of uniform weights rounded to a step of range/levels is 1/levels of their RMS; with room for the scales' rounding */
static double explimit[] = {1.5/127, 1.5/15, 1.5/15, 1.5/31, 1.5/15, 1.5/31, 1.5/63, 1.5/15};

/* the types a Q4_K_M file of 4 layers has, as llama.cpp's use_more_bits picks them: layers 2 and 3 of attn_v and ffn_down */
static int
wanttype(int ftype, char *name, int l)
{
	if(ftype != Tq4_K_M)
		return ftype;
	if(strcmp(name, "output") == 0)
		return Tq6_K;
	if((strcmp(name, "attn_v") == 0 || strcmp(name, "ffn_down") == 0) && l >= 2)
		return Tq6_K;
	return Tq4_K;
}

/* exported files as @huggingface/gguf lists their tensors' types */
static void
npmtypes(char *p, int ftype)
{
	char *node, *argv[4], *out, *line;
	int l;

	node = findprog("node");
	if(node == nil || access("test/node_modules/@huggingface/gguf", AEXIST) < 0)
		return;
	argv[0] = node;
	argv[1] = "test/ggufcheck.mjs";
	argv[2] = p;
	argv[3] = nil;
	if(runprog(argv, &out, nil) != 0 || out == nil){
		fail("%s: @huggingface/gguf could not read it", p);
		return;
	}
	line = smprint("tensor output.weight 256x512 %d\n", wanttype(ftype, "output", 0));
	check(strstr(out, line) != nil, "%s: no %q in %q", p, line, out);
	for(l = 0; l < 4; l++){
		line = smprint("tensor blk.%d.ffn_down.weight 768x256 %d\n", l, wanttype(ftype, "ffn_down", l));
		check(strstr(out, line) != nil, "%s: no %q", p, line);
		line = smprint("tensor blk.%d.attn_v.weight 256x128 %d\n", l, wanttype(ftype, "attn_v", l));
		check(strstr(out, line) != nil, "%s: no %q", p, line);
		line = smprint("tensor blk.%d.attn_q.weight 256x256 %d\n", l, wanttype(ftype, "attn_q", l));
		check(strstr(out, line) != nil, "%s: no %q", p, line);
	}
	free(out);
}

/* the weights of a's matrix x against b's FP32 ones */
static void
expmat(Mat *x, float *f, vlong n, int want, char *what, double limit, double *worst)
{
	double e;

	if(x->raw == nil || x->type != want){
		fail("%s: type %d, want %d", what, x->type, want);
		return;
	}
	e = rmsrel(x->type, x->raw, f, n);
	check(within(e, limit), "%s: relative RMS error %g, want ≤ %g", what, e, limit);
	if(e > *worst)
		*worst = e;
}

/* greedy tokens of a and b from token 1, and the mean relative difference of their logits */
static int
greedylogits(Model *a, Model *b, int npos, double *reldiff, int *distinct)
{
	State *sa, *sb;
	float *la, *lb;
	double d, s;
	int pos, ta, tb, k, i;
	uchar seen[512];

	sa = newstate(&a->c, npos);
	sb = newstate(&b->c, npos);
	ta = tb = 1;
	k = 0;
	*reldiff = 0;
	*distinct = 0;
	memset(seen, 0, sizeof seen);
	for(pos = 0; pos < npos && ta == tb; pos++){
		la = forward(a, sa, ta, pos);
		lb = forward(b, sb, tb, pos);
		d = s = 0;
		for(i = 0; i < a->c.vocab; i++){
			d += fabs((double)la[i] - lb[i]);
			s += fabs((double)lb[i]);
		}
		*reldiff += d / s;
		ta = argmax(la, a->c.vocab);
		tb = argmax(lb, b->c.vocab);
		k += ta == tb;
		if(ta < nelem(seen) && !seen[ta]){
			seen[ta] = 1;
			(*distinct)++;
		}
	}
	*reldiff /= pos;
	freestate(sa);
	freestate(sb);
	return k;
}

/* a Q8_0 file in its own type: runq's logits (its Q8_0 load, the same input quantization), bit for bit */
static void
sameasrunq(Model *a, char *p)
{
	Model *q;
	State *sa, *sq;
	float *la, *lq;
	int pos, tok, bad;

	q = openmodelq(p, Lq8);
	if(q == nil){
		fail("%s: %r", p);
		return;
	}
	sa = newstate(&a->c, 32);
	sq = newstate(&q->c, 32);
	tok = 1;
	bad = 0;
	for(pos = 0; pos < 32; pos++){
		la = forward(a, sa, tok, pos);
		lq = forward(q, sq, tok, pos);
		bad += memcmp(la, lq, a->c.vocab * sizeof(float)) != 0;
		tok = argmax(lq, q->c.vocab);
	}
	check(bad == 0, "q8_0 in its own type: logits differ from runq's at %d of 32 positions", bad);
	freestate(sa);
	freestate(sq);
	freemodel(q);
}

/* npos greedy positions of a model in its own types: SSE2's logits and way's, bit for bit */
static int
sameway(Model *a, int npos, int way)
{
	State *s1, *s2;
	float *l1, *l2;
	int pos, tok, bad;

	s1 = newstate(&a->c, npos);
	s2 = newstate(&a->c, npos);
	tok = 1;
	bad = 0;
	for(pos = 0; pos < npos; pos++){
		setway(Wsse2);
		l1 = forward(a, s1, tok, pos);
		setway(way);
		l2 = forward(a, s2, tok, pos);
		if(memcmp(l1, l2, a->c.vocab * sizeof(float)) != 0)
			bad++;
		tok = argmax(l1, a->c.vocab);
	}
	freestate(s1);
	freestate(s2);
	setway(Wall);
	return bad;
}

/*
 * export gguf's quantized types on a random model of rows of 256 and
 * 768 (whole K-quant blocks), its classifier its own: each matrix of the
 * type the file says (Q4_K_M: llama.cpp's mix), near the FP32 weights by
 * the reference dequantization; run's own-type kernels against the same
 * file dequantized to FP32 for 64 greedy positions
 */
void
testgquantexport(void)
{
	Model *m, *a, *b;
	Tokenizer *tk;
	char *r, *p, *argv[12], *what;
	int k, l, fd, n, nd, w;
	double worst, diff;
	vlong dim, kv, hid, i;
	uvlong seed;
	float *cls;

	r = tpath("gq.bin");
	argv[0] = "random"; argv[1] = r; argv[2] = "256"; argv[3] = "768"; argv[4] = "4"; argv[5] = "8"; argv[6] = "4";
	argv[7] = "512"; argv[8] = "64"; argv[9] = "5"; argv[10] = nil;
	export1(argv);
	m = openmodel(r);
	tk = opentokenizer(mpath("tok512.bin"), 512);
	if(m == nil || tk == nil || torows(m) < 0){	/* its weights are read and changed as rows */
		fail("random model: %r");
		return;
	}
	dim = 256;
	kv = 128;
	hid = 768;
	/*
	 * with export random's weights each next token is the token itself:
	 * a classifier of its own instead, whose row v is the embedding of
	 * 7v+3 mod 512 plus as much noise, so that the greedy tokens walk
	 * the vocabulary, and the layers' outputs made larger
	 */
	m->c.shared = 0;
	cls = m->w.cls.f;
	m->w.cls.f = malloc(512*dim*sizeof(float));
	seed = 3;
	for(i = 0; i < 512*dim; i++)
		m->w.cls.f[i] = m->w.emb.f[(i/dim*7 + 3) % 512 * dim + i%dim] + randpm(&seed);
	for(l = 0; l < 4; l++)
		for(i = 0; i < dim*hid; i++){
			m->w.w2[l].f[i] *= 2;
			if(i < dim*dim)
				m->w.wo[l].f[i] *= 2;
		}
	for(k = 0; k < nelem(exptypes); k++){
		p = tpath(smprint("gq-%s.gguf", expnames[k]));
		fd = create(p, OWRITE, 0644);
		if(fd < 0 || ggufwrite(m, tk, fd, exptypes[k]) < 0){
			fail("%s: %r", expnames[k]);
			close(fd);
			continue;
		}
		close(fd);
		npmtypes(p, exptypes[k]);
		a = openmodelq(p, Lown);
		b = openmodelq(p, Lfp32);
		if(a == nil || b == nil){
			fail("%s: %r", p);
			continue;
		}
		worst = 0;
		if(torows(a) < 0)	/* the Q8_0 ones may be in eights */
			fail("torows: %r");
		what = smprint("%s output.weight", expnames[k]);
		expmat(&a->w.cls, m->w.cls.f, 512*dim, wanttype(exptypes[k], "output", 0), what, explimit[k], &worst);
		for(l = 0; l < 4; l++){
			expmat(&a->w.wq[l], m->w.wq[l].f, dim*dim, wanttype(exptypes[k], "attn_q", l), expnames[k], explimit[k], &worst);
			expmat(&a->w.wv[l], m->w.wv[l].f, kv*dim, wanttype(exptypes[k], "attn_v", l), expnames[k], explimit[k], &worst);
			expmat(&a->w.w2[l], m->w.w2[l].f, dim*hid, wanttype(exptypes[k], "ffn_down", l), expnames[k], explimit[k], &worst);
			expmat(&a->w.w3[l], m->w.w3[l].f, hid*dim, wanttype(exptypes[k], "ffn_up", l), expnames[k], explimit[k], &worst);
		}
		if(topanels(a) < 0)
			fail("topanels: %r");
		n = greedylogits(a, b, 64, &diff, &nd);
		note("%s: weights within %.4f RMS, %d of 64 greedy tokens (%d distinct) as FP32's, logits %.2g apart", expnames[k], worst, n, nd, diff);
		if(exptypes[k] == Tq4_K_M){
			check(n == 64 && nd >= 32, "q4_k_m: %d of 64 greedy tokens (%d distinct) equal to the file's in FP32", n, nd);
		}
		if(exptypes[k] == Tq8_0)
			sameasrunq(a, p);
		for(w = Wssse3; w < Nways; w++){
			nd = sameway(a, 64, w);
			check(nd == 0, "%s: SSE2's and %s's logits differ at %d of 64 positions", expnames[k], waynames[w], nd);
		}
		check(within(diff, 0.05), "%s: logits %g apart", expnames[k], diff);
		freemodel(a);
		freemodel(b);
	}
	freetokenizer(tk);
	m->w.cls.f = cls;
	freemodel(m);
	if(!avx2())
		note("AVX2 not on this machine");
}

/* the logits of tokens tok[0..n-1] one position at a time, or the first nb as a batch (forwardn) */
static float*
runlogits(Model *m, int *tok, int n, int nb)
{
	State *s;
	float *all, *l;
	int pos;

	s = newstate(&m->c, n);
	all = malloc((vlong)n * m->c.vocab * sizeof(float));
	memset(all, 0, (vlong)n * m->c.vocab * sizeof(float));
	pos = nb > 0 ? forwardn(m, s, tok, nb, 0) : 0;
	for(; pos < n; pos++){
		l = forward(m, s, tok[pos], pos);
		memmove(all + (vlong)pos*m->c.vocab, l, m->c.vocab * sizeof(float));
	}
	freestate(s);
	return all;
}

/*
 * own-type models give the same bits on one proc or two, in C, SSE2
 * and AVX2, and with a prompt's positions a batch at a time
 */
void
testgquantthreads(void)
{
	static char *types[] = {"q4_k_m", "q4_0", "q8_0", "q5_k", "f16"};
	char *r, *p, *argv[12];
	Model *m;
	float *want, *got;
	int k, t, simd, nb, saved, tok[24], i, vocab;

	r = tpath("gqt.bin");
	argv[0] = "random"; argv[1] = r; argv[2] = "256"; argv[3] = "768"; argv[4] = "2"; argv[5] = "8"; argv[6] = "4";
	argv[7] = "512"; argv[8] = "64"; argv[9] = "9"; argv[10] = nil;
	if(export1(argv) == nil){
		fail("export random: %r");
		return;
	}
	for(i = 0; i < nelem(tok); i++)
		tok[i] = (i*37 + 11) % 512;
	saved = nthreads;
	threadsinit(2);
	for(k = 0; k < nelem(types); k++){
		p = tpath(smprint("gqt-%s.gguf", types[k]));
		argv[0] = "gguf"; argv[1] = "-t"; argv[2] = types[k]; argv[3] = "-z"; argv[4] = mpath("tok512.bin");
		argv[5] = r; argv[6] = p; argv[7] = nil;
		if(export1(argv) == nil || (m = openmodelq(p, Lown)) == nil){
			fail("%s: %r", types[k]);
			continue;
		}
		vocab = m->c.vocab;
		nthreads = 1;
		usesimd = 0;
		want = runlogits(m, tok, nelem(tok), 0);
		for(t = 1; t <= 2; t++)
		for(simd = 0; simd < Nways; simd++)
		for(nb = 0; nb <= 16; nb += 16){
			nthreads = t;
			setway(simd);
			got = runlogits(m, tok, nelem(tok), nb);
			check(memcmp(want + nb*vocab, got + nb*vocab, (nelem(tok) - nb)*vocab*sizeof(float)) == 0,
				"%s: %d procs, %s, batch %d: logits differ from one proc's in C", types[k], t, waynames[simd], nb);
			free(got);
		}
		free(want);
		freemodel(m);
	}
	setway(Wall);
	nthreads = saved;
	if(!avx2())
		note("AVX2 not on this machine");
}
