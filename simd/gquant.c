/*
 * Matrices kept in their GGUF types (ggml's block layouts), times an
 * input quantized to int8 in groups of 32 (a float scale and the sum of
 * the group's values each): the integer dot product of a block and a
 * group is exact, and the per-group float terms are added to one
 * accumulator in order, so any split of the rows gives the same bits.
 * F16 and BF16 rows take the FP32 input, in llama2.c's order.
 */
#include <u.h>
#include <libc.h>
#include "dat.h"
#include "fns.h"

static float	h2f[65536];
static int	h2fdone;

/* the table of every half as float; called at load, before any thread uses it */
void
gquantinit(void)
{
	int i;

	if(h2fdone)
		return;
	for(i = 0; i < 65536; i++)
		h2f[i] = half(i);
	h2fdone = 1;
}

float*
halftable(void)
{
	return h2f;
}

static float
h16(uchar *p)
{
	return h2f[p[0] | p[1]<<8];
}

/* the input as Q8 in 32s for the own types: quantize's bits, and each group's sum */
void
gquantize(schar *q, float *s, int *sum, float *x, int n)
{
	int g, i, v;

	quantize(q, s, x, n, 32);
	for(g = 0; g < n; g += 32){
		v = 0;
		for(i = 0; i < 32; i++)
			v += q[g+i];
		sum[g/32] = v;
	}
}

/* the values of a type's block and its bytes */
int
gblock(int type, int *bytes)
{
	vlong b;
	int per;

	per = type == Tq4_K || type == Tq5_K || type == Tq6_K ? 256 : type == Tf32 || type == Tf16 || type == Tbf16 ? 1 : 32;
	if(tensorsize(type, per, &b) < 0)
		return -1;
	*bytes = b;
	return per;
}

/* each Dot takes a row whose blocks are step bytes apart (the block's bytes, or eight times them in eights) */
static float
dotq8_0(uchar *w, vlong step, schar *xq, float *xs, int *xsum, int n)
{
	int b, k, acc;
	schar *q;
	float v;

	USED(xsum);
	v = 0.0f;
	for(b = 0; b < n/32; b++, w += step){
		q = (schar*)w + 2;
		acc = 0;
		for(k = 0; k < 32; k++)
			acc += q[k] * xq[32*b + k];
		v += ((float)acc * h16(w)) * xs[b];
	}
	return v;
}

static float
dotq4_0(uchar *w, vlong step, schar *xq, float *xs, int *xsum, int n)
{
	int b, k, acc;
	schar *x;
	float v;

	USED(xsum);
	v = 0.0f;
	for(b = 0; b < n/32; b++, w += step){
		x = xq + 32*b;
		acc = 0;
		for(k = 0; k < 16; k++)
			acc += ((int)(w[2+k] & 0xf) - 8) * x[k] + (((int)w[2+k] >> 4) - 8) * x[k+16];
		v += ((float)acc * h16(w)) * xs[b];
	}
	return v;
}

static float
dotq4_1(uchar *w, vlong step, schar *xq, float *xs, int *xsum, int n)
{
	int b, k, acc;
	schar *x;
	float v;

	v = 0.0f;
	for(b = 0; b < n/32; b++, w += step){
		x = xq + 32*b;
		acc = 0;
		for(k = 0; k < 16; k++)
			acc += (int)(w[4+k] & 0xf) * x[k] + ((int)w[4+k] >> 4) * x[k+16];
		v += ((float)acc * h16(w)) * xs[b] + ((float)xsum[b] * h16(w+2)) * xs[b];
	}
	return v;
}

static float
dotq5_0(uchar *w, vlong step, schar *xq, float *xs, int *xsum, int n)
{
	int b, k, acc;
	u32int qh;
	schar *x;
	float v;

	USED(xsum);
	v = 0.0f;
	for(b = 0; b < n/32; b++, w += step){
		x = xq + 32*b;
		qh = get32(w+2);
		acc = 0;
		for(k = 0; k < 16; k++)
			acc += ((int)((w[6+k] & 0xf) | (qh >> k & 1) << 4) - 16) * x[k]
				+ (((int)w[6+k] >> 4 | (int)(qh >> (k+16) & 1) << 4) - 16) * x[k+16];
		v += ((float)acc * h16(w)) * xs[b];
	}
	return v;
}

/* sub-block j's 6-bit scale and minimum in the 12 bytes q of a Q4_K or Q5_K block */
void
kscale(int j, uchar *q, int *sc, int *m)
{
	if(j < 4){
		*sc = q[j] & 63;
		*m = q[j+4] & 63;
	}else{
		*sc = (q[j+4] & 0xf) | (q[j-4] >> 6) << 4;
		*m = (q[j+4] >> 4) | (q[j] >> 6) << 4;
	}
}

/* the eight sums Σq·x of a Q4_K superblock's sub-blocks of 32: sub-block j's values are nibble j&1 of 32 bytes */
void
ksums4c(int *acc, uchar *qs, schar *x)
{
	int j, k, a;

	for(j = 0; j < 8; j++){
		a = 0;
		for(k = 0; k < 32; k++)
			a += ((int)qs[32*(j/2) + k] >> 4*(j&1) & 0xf) * x[32*j + k];
		acc[j] = a;
	}
}

/* the same for Q5_K, each value's fifth bit, bit j of byte k of qh, on top */
static void
ksums5(int *acc, uchar *qh, uchar *qs, schar *x)
{
	int j, k, a, q;

	for(j = 0; j < 8; j++){
		a = 0;
		for(k = 0; k < 32; k++){
			q = ((int)qs[32*(j/2) + k] >> 4*(j&1) & 0xf) | ((int)qh[k] >> j & 1) << 4;
			a += q * x[32*j + k];
		}
		acc[j] = a;
	}
}

/* Q4_K and Q5_K: per sub-block of 32, its sum times d·sc less the input's sum times dmin·m */
static float
dotk(uchar *w, vlong bytes, int five, schar *xq, float *xs, int *xsum, int n)
{
	int b, j, sc, mn, acc[8];
	float v, d, dmin;

	v = 0.0f;
	for(b = 0; b < n/256; b++, w += bytes){
		d = h16(w);
		dmin = h16(w+2);
		if(five)
			ksums5(acc, w + 16, w + 48, xq + 256*b);
		else
			ksums4(acc, w + 16, xq + 256*b);
		for(j = 0; j < 8; j++){
			kscale(j, w+4, &sc, &mn);
			v += ((float)acc[j] * (d * (float)sc)) * xs[8*b + j] - ((float)xsum[8*b + j] * (dmin * (float)mn)) * xs[8*b + j];
		}
	}
	return v;
}

static float
dotq4_k(uchar *w, vlong step, schar *xq, float *xs, int *xsum, int n)
{
	return dotk(w, step, 0, xq, xs, xsum, n);
}

static float
dotq5_k(uchar *w, vlong step, schar *xq, float *xs, int *xsum, int n)
{
	return dotk(w, step, 1, xq, xs, xsum, n);
}

/* the sixteen sums Σ(q-32)·x of a Q6_K superblock's 16s: value r of a half of 128 is 4 bits of ql and 2 of qh */
void
ksums6c(int *acc, uchar *w, schar *x)
{
	int i, k, r, h, hi, a;

	for(i = 0; i < 16; i++){
		h = i / 8;
		a = 0;
		for(k = 0; k < 16; k++){
			r = 16*(i%8) + k;	/* within the half */
			hi = (int)w[128 + 32*h + r%32] >> 2*(r/32) & 3;
			a += ((((int)w[64*h + r%64] >> 4*(r/64) & 0xf) | hi << 4) - 32) * x[16*i + k];
		}
		acc[i] = a;
	}
}

/* Q6_K: per 32, the sums of its two 16s times their int8 scales, times d */
static float
dotq6_k(uchar *w, vlong step, schar *xq, float *xs, int *xsum, int n)
{
	int b, j, acc[16];
	schar *sc;
	float v;

	USED(xsum);
	v = 0.0f;
	for(b = 0; b < n/256; b++, w += step){
		sc = (schar*)w + 192;
		ksums6(acc, w, xq + 256*b);
		for(j = 0; j < 8; j++)
			v += ((float)(acc[2*j]*sc[2*j] + acc[2*j+1]*sc[2*j+1]) * h16(w+208)) * xs[8*b + j];
	}
	return v;
}

static float
dotf16(uchar *w, float *x, int n)
{
	int k;
	float v;

	v = 0.0f;
	for(k = 0; k < n; k++)
		v += h2f[w[2*k] | w[2*k+1]<<8] * x[k];
	return v;
}

static float
dotbf16(uchar *w, float *x, int n)
{
	union { u32int u; float f; } h;
	int k;
	float v;

	v = 0.0f;
	for(k = 0; k < n; k++){
		h.u = (u32int)(w[2*k] | w[2*k+1]<<8) << 16;
		v += h.f * x[k];
	}
	return v;
}

typedef float (*Dot)(uchar*, vlong, schar*, float*, int*, int);

static Dot
dotof(int type)
{
	switch(type){
	case Tq8_0: return dotq8_0;
	case Tq4_0: return dotq4_0;
	case Tq4_1: return dotq4_1;
	case Tq5_0: return dotq5_0;
	case Tq4_K: return dotq4_k;
	case Tq5_K: return dotq5_k;
	case Tq6_K: return dotq6_k;
	}
	return nil;
}

/*
 * The AVX2 kernels read a Q8_0 or Q4_0 matrix fastest in eights (src/weights.c
 * puts it so where they run): each eight rows' blocks 0, then their
 * blocks 1, and so on, block b of row 8g+i at row 8g's offset plus
 * (8b+i)·34 (Q4_0: 18). The eight rows a kernel sums at once are then one stream
 * from memory, not eight; a matrix's last d%8 rows stay rows.
 */

/* the bytes of a block of a type that goes in eights; 0 for the others */
int
eightblock(int type)
{
	return type == Tq8_0 ? 34 : type == Tq4_0 ? 18 : 0;
}

/* row r's first block, and in *step the bytes from one of its blocks to the next */
uchar*
growat(Mat *w, vlong r, vlong *step)
{
	int bytes;

	if(gblock(w->type, &bytes) < 0)
		bytes = 0;
	if(r >= w->eights){
		*step = bytes;
		return w->raw + r*w->rowbytes;
	}
	*step = 8*bytes;
	return w->raw + (r - r%8)*w->rowbytes + r%8*bytes;
}

/* Q8_0 or Q4_0 matrix a of d rows in eights (dir 1) or back in rows (0), in place through tmp (8·rowbytes) */
void
toeights(Mat *a, vlong d, uchar *tmp, int dir)
{
	vlong g, b, nb, rb;
	uchar *p;
	int i, bb;

	bb = eightblock(a->type);
	if(a->raw == nil || bb == 0 || (a->eights != 0) == dir)
		return;
	rb = a->rowbytes;
	nb = rb / bb;
	for(g = 0; g + 8 <= d; g += 8){
		p = a->raw + g*rb;
		memmove(tmp, p, 8*rb);
		for(i = 0; i < 8; i++)
			for(b = 0; b < nb; b++)
				if(dir)
					memmove(p + (8*b + i)*bb, tmp + i*rb + b*bb, bb);
				else
					memmove(p + i*rb + b*bb, tmp + (8*b + i)*bb, bb);
	}
	a->eights = dir ? d - d%8 : 0;
}

/* d rows of w (type, rowbytes apart) times the input: x as FP32, xq, xs, xsum as Q8 in 32s */
void
gmatmulc(float *out, Mat *w, int r, int n, int d, schar *xq, float *xs, int *xsum, float *x)
{
	uchar *p;
	vlong step;
	Dot dot;
	int i;

	dot = dotof(w->type);
	for(i = 0; i < d; i++){
		p = growat(w, r+i, &step);
		if(dot != nil)
			out[i] = dot(p, step, xq, xs, xsum, n);
		else if(w->type == Tf16)
			out[i] = dotf16(p, x, n);
		else
			out[i] = dotbf16(p, x, n);
	}
}

/*
 * the same rows times four inputs, n apart (n/32 apart their scales and
 * sums), into out, out+ostride, ...: each as gmatmulc gives it alone
 */
void
gmatmul4c(float *out, int ostride, Mat *w, int r, int n, int d, schar *xq, float *xs, int *xsum, float *x)
{
	int t;

	for(t = 0; t < 4; t++)
		gmatmulc(out + (vlong)t*ostride, w, r, n, d, xq + (vlong)t*n, xs + t*(n/32), xsum + t*(n/32), x != nil ? x + (vlong)t*n : nil);
}

/* a type whose rows need the quantized input */
int
gneedsq(int type)
{
	return dotof(type) != nil;
}
