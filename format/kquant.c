/*
 * Q4_K, Q5_K and Q6_K blocks of 256 values as ggml's reference
 * quantizers make them (quantize_row_q4_K_ref and its kin, what
 * llama-quantize writes without an importance matrix): per 32 (Q6_K:
 * per 16) the scale and minimum of least weighted squared error found
 * by a search around max-min, those made 6-bit (Q6_K: 8-bit) multiples
 * of the block's halves, then every value requantized by them. Each
 * float operation is the reference's, in its order, so the bytes are
 * its bytes; test/gen/ggmlref checks them against llama.cpp's own.
 */
#include <u.h>
#include <libc.h>
#include "dat.h"
#include "fns.h"

/* x rounded to nearest, ties to even, as a float's bits make it for |x| < 2²²; anything else gives some int */
static int
nearest(float x)
{
	union { float f; u32int u; } v;

	v.f = x + 12582912.0f;
	return (int)(v.u & 0x7fffff) - 0x400000;
}

static int
clampi(int v, int lo, int hi)
{
	return v < lo ? lo : v > hi ? hi : v;
}

static float
asfloat(u16int h)
{
	return half(h);
}

static float
sqerr(float scale, int l, float min, float x, float w)
{
	float diff;

	diff = scale * l + min - x;
	return w * (diff * diff);
}

/*
 * levels 0..nmax of n values x, weights w, as scale·l - *negmin with
 * the minimum ≤ 0: the scale from max-min, then nstep+1 others tried,
 * each with the least-squares scale and minimum of its levels
 */
static float
fitmin(int n, int nmax, float *x, float *w, uchar *L, float *negmin, float rmin, float rdelta, int nstep)
{
	uchar aux[32];
	float min, max, sw, sx, iscale, scale, best, err, sl, sl2, sxl, det, s, m;
	int i, is, l;

	min = max = x[0];
	sw = w[0];
	sx = sw * x[0];
	for(i = 1; i < n; i++){
		if(x[i] < min)
			min = x[i];
		if(x[i] > max)
			max = x[i];
		sw += w[i];
		sx += w[i] * x[i];
	}
	if(min > 0)
		min = 0;
	if(max == min){
		memset(L, 0, n);
		*negmin = 0 - min;
		return 0;
	}
	iscale = nmax / (max - min);
	scale = 1 / iscale;
	best = 0;
	for(i = 0; i < n; i++){
		L[i] = clampi(nearest(iscale * (x[i] - min)), 0, nmax);
		best += sqerr(scale, L[i], min, x[i], w[i]);
	}
	for(is = 0; is <= nstep; is++){
		iscale = (rmin + rdelta * is + nmax) / (max - min);
		sl = sl2 = sxl = 0;
		for(i = 0; i < n; i++){
			l = clampi(nearest(iscale * (x[i] - min)), 0, nmax);
			aux[i] = l;
			sl += w[i] * l;
			sl2 += w[i] * l * l;
			sxl += w[i] * l * x[i];
		}
		det = sw * sl2 - sl * sl;
		if(det <= 0)
			continue;
		s = (sw * sxl - sx * sl) / det;
		m = (sl2 * sx - sl * sxl) / det;
		if(m > 0){
			m = 0;
			s = sxl / sl2;
		}
		err = 0;
		for(i = 0; i < n; i++)
			err += sqerr(s, aux[i], m, x[i], w[i]);
		if(err < best){
			memmove(L, aux, n);
			best = err;
			scale = s;
			min = m;
		}
	}
	*negmin = 0 - min;
	return scale;
}

/* the 6-bit scale and minimum j of a Q4_K or Q5_K block's 12 bytes */
static void
scalemin(uchar *q, int j, int *sc, int *m)
{
	if(j < 4){
		*sc = q[j] & 63;
		*m = q[j+4] & 63;
	}else{
		*sc = (q[j+4] & 0xf) | (q[j-4] >> 6) << 4;
		*m = (q[j+4] >> 4) | (q[j] >> 6) << 4;
	}
}

/* the levels into a Q4_K's 128 bytes of nibbles, or a Q5_K's 32 of fifth bits and 128 of nibbles */
static void
kpack(uchar *b, uchar *L, int five)
{
	uchar *qh, *ql;
	int n, j, l1, l2;

	qh = b + 16;
	ql = five ? b + 48 : b + 16;
	for(n = 0; n < 4; n++, ql += 32)
		for(j = 0; j < 32; j++){
			l1 = L[64*n + j];
			l2 = L[64*n + j + 32];
			if(five && l1 > 15){
				l1 -= 16;
				qh[j] |= 1 << 2*n;
			}
			if(five && l2 > 15){
				l2 -= 16;
				qh[j] |= 2 << 2*n;
			}
			ql[j] = l1 | l2 << 4;
		}
}

/* Q4_K (nmax 15) or Q5_K (31): d, dmin, 12 bytes of scales and mins, then the levels */
static void
kmin(float *x, uchar *b, int five)
{
	uchar L[256], *sc;
	float w[32], scales[8], mins[8], maxs, maxm, is, im, sum, av, d, dm;
	int j, l, nmax, ls, lm, s, m, v;

	nmax = five ? 31 : 15;
	maxs = maxm = 0;
	for(j = 0; j < 8; j++){
		sum = 0;
		for(l = 0; l < 32; l++)
			sum += x[32*j + l] * x[32*j + l];
		av = sqrt(sum / 32);	/* sqrt of a float's double, rounded back: sqrtf's bits */
		for(l = 0; l < 32; l++)
			w[l] = av + (float)fabs(x[32*j + l]);
		if(five)
			scales[j] = fitmin(32, nmax, x + 32*j, w, L + 32*j, &mins[j], -0.5f, 0.1f, 15);
		else
			scales[j] = fitmin(32, nmax, x + 32*j, w, L + 32*j, &mins[j], -1.0f, 0.1f, 20);
		if(scales[j] > maxs)
			maxs = scales[j];
		if(mins[j] > maxm)
			maxm = mins[j];
	}
	memset(b, 0, five ? 176 : 144);
	sc = b + 4;
	is = maxs > 0 ? 63.0f / maxs : 0;
	im = maxm > 0 ? 63.0f / maxm : 0;
	for(j = 0; j < 8; j++){
		ls = nearest(is * scales[j]) & 0xff;	/* kept in a byte, as the reference does */
		lm = nearest(im * mins[j]) & 0xff;
		ls = ls < 63 ? ls : 63;
		lm = lm < 63 ? lm : 63;
		if(j < 4){
			sc[j] = ls;
			sc[j+4] = lm;
		}else{
			sc[j+4] = (ls & 0xf) | (lm & 0xf) << 4;
			sc[j-4] |= (ls >> 4) << 6;
			sc[j] |= (lm >> 4) << 6;
		}
	}
	v = tohalf(maxs / 63.0f);
	b[0] = v;
	b[1] = v >> 8;
	v = tohalf(maxm / 63.0f);
	b[2] = v;
	b[3] = v >> 8;
	for(j = 0; j < 8; j++){
		scalemin(sc, j, &s, &m);
		d = asfloat(b[0] | b[1]<<8) * s;
		if(d == 0)
			continue;	/* the levels the search found stay */
		dm = asfloat(b[2] | b[3]<<8) * m;
		for(l = 0; l < 32; l++)
			L[32*j + l] = clampi(nearest((x[32*j + l] + dm) / d), 0, nmax);
	}
	kpack(b, L, five);
}

/*
 * levels -32..31 of 16 values, stored +32, by the scale of least
 * x²-weighted squared error of 19 tried around max/-32; the scale
 */
static float
fitsym(float *x, uchar *L)
{
	float max, amax, ax, iscale, scale, best, sumlx, suml2, w;
	int i, is, l;

	max = amax = 0;
	for(i = 0; i < 16; i++){
		ax = fabs(x[i]);
		if(ax > amax){
			amax = ax;
			max = x[i];
		}
	}
	if(amax < 1e-15f){
		memset(L, 0, 16);
		return 0;
	}
	iscale = -32 / max;
	sumlx = suml2 = 0;
	for(i = 0; i < 16; i++){
		l = clampi(nearest(iscale * x[i]), -32, 31);
		L[i] = l + 32;
		w = x[i] * x[i];
		sumlx += w * x[i] * l;
		suml2 += w * l * l;
	}
	scale = suml2 != 0 ? sumlx / suml2 : 0;
	best = scale * sumlx;
	for(is = -9; is <= 9; is++){
		if(is == 0)
			continue;
		iscale = (32 + 0.1f * is) / max;
		iscale = 0 - iscale;
		sumlx = suml2 = 0;
		for(i = 0; i < 16; i++){
			l = clampi(nearest(iscale * x[i]), -32, 31);
			w = x[i] * x[i];
			sumlx += w * x[i] * l;
			suml2 += w * l * l;
		}
		if(suml2 > 0 && sumlx * sumlx > best * suml2){
			for(i = 0; i < 16; i++)
				L[i] = clampi(nearest(iscale * x[i]), -32, 31) + 32;
			scale = sumlx / suml2;
			best = scale * sumlx;
		}
	}
	return scale;
}

/* Q6_K: 128 bytes of low nibbles, 64 of high bits, 16 int8 scales, d */
static void
k6(float *x, uchar *b)
{
	uchar L[256], *ql, *qh;
	float scales[16], maxs, maxa, iscale, d;
	int j, l, v;

	maxs = maxa = 0;
	for(j = 0; j < 16; j++){
		scales[j] = fitsym(x + 16*j, L + 16*j);
		if(fabs(scales[j]) > maxa){
			maxa = fabs(scales[j]);
			maxs = scales[j];
		}
	}
	memset(b, 0, 210);
	if(maxa < 1e-15f)
		return;
	iscale = -128.0f / maxs;
	v = tohalf(1 / iscale);
	b[208] = v;
	b[209] = v >> 8;
	for(j = 0; j < 16; j++){
		v = nearest(iscale * scales[j]);
		b[192+j] = v < 127 ? v : 127;
	}
	for(j = 0; j < 16; j++){
		d = asfloat(b[208] | b[209]<<8) * (schar)b[192+j];
		if(d == 0)
			continue;
		for(l = 0; l < 16; l++)
			L[16*j + l] = clampi(nearest(x[16*j + l] / d), -32, 31) + 32;
	}
	ql = b;
	qh = b + 128;
	for(j = 0; j < 256; j += 128, ql += 64, qh += 32)
		for(l = 0; l < 32; l++){
			ql[l] = (L[j+l] & 0xf) | (L[j+l+64] & 0xf) << 4;
			ql[l+32] = (L[j+l+32] & 0xf) | (L[j+l+96] & 0xf) << 4;
			qh[l] = L[j+l] >> 4 | (L[j+l+32] >> 4) << 2 | (L[j+l+64] >> 4) << 4 | (L[j+l+96] >> 4) << 6;
		}
}

/* a block of 256 values x of type Tq4_K, Tq5_K or Tq6_K into b */
void
kquantize(int type, float *x, uchar *b)
{
	if(type == Tq6_K)
		k6(x, b);
	else
		kmin(x, b, type == Tq5_K);
}
