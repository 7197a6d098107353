/*
 * Float exp, sin and cos with the results of glibc 2.36's float
 * functions (the ARM optimized-routines algorithms): each works in
 * double and rounds once to float. llama2.c calls those functions, and
 * a last-bit difference in an activation changes a Q8_0 group's scale,
 * so runq can only match runq.c with these exact results. Plan 9 has
 * no float math, and no hex float constants: constants are bit patterns.
 */
#include <u.h>
#include <libc.h>
#include "dat.h"
#include "fns.h"

typedef union Dbits Dbits;
union Dbits {
	uvlong	u;
	double	d;
};

typedef union Fbits Fbits;
union Fbits {
	u32int	u;
	float	f;
};

static double
dbl(uvlong u)
{
	Dbits b;

	b.u = u;
	return b.d;
}

static uvlong
dbits(double d)
{
	Dbits b;

	b.d = d;
	return b.u;
}

static u32int
fbits(float f)
{
	Fbits b;

	b.f = f;
	return b.u;
}

static float
flt(u32int u)
{
	Fbits b;

	b.u = u;
	return b.f;
}

/* 2^(i/32) as double bits, less i<<47, so that adding k<<47 scales by 2^(k/32) */
uvlong exp2tab[32] = {
	0x3ff0000000000000ULL, 0x3fefd9b0d3158574ULL, 0x3fefb5586cf9890fULL, 0x3fef9301d0125b51ULL,
	0x3fef72b83c7d517bULL, 0x3fef54873168b9aaULL, 0x3fef387a6e756238ULL, 0x3fef1e9df51fdee1ULL,
	0x3fef06fe0a31b715ULL, 0x3feef1a7373aa9cbULL, 0x3feedea64c123422ULL, 0x3feece086061892dULL,
	0x3feebfdad5362a27ULL, 0x3feeb42b569d4f82ULL, 0x3feeab07dd485429ULL, 0x3feea47eb03a5585ULL,
	0x3feea09e667f3bcdULL, 0x3fee9f75e8ec5f74ULL, 0x3feea11473eb0187ULL, 0x3feea589994cce13ULL,
	0x3feeace5422aa0dbULL, 0x3feeb737b0cdc5e5ULL, 0x3feec49182a3f090ULL, 0x3feed503b23e255dULL,
	0x3feee89f995ad3adULL, 0x3feeff76f2fb5e47ULL, 0x3fef199bdd85529cULL, 0x3fef3720dcef9069ULL,
	0x3fef5818dcfba487ULL, 0x3fef7c97337b9b5fULL, 0x3fefa4afa2a490daULL, 0x3fefd0765b6e4540ULL,
};

/*
 * fexp's constants, each twice, then four times each of the bit
 * patterns expsumsse (simd_amd64.s) tests v by: it loads them two
 * doubles or four floats at a time
 */
uvlong expk[20] = {
	0x40471547652b82feULL, 0x40471547652b82feULL,	/* 32/ln2 */
	0x4338000000000000ULL, 0x4338000000000000ULL,	/* 1.5·2^52: adding it rounds to an integer */
	0x3ebc6af84b912394ULL, 0x3ebc6af84b912394ULL,	/* the cubic's coefficients */
	0x3f2ebfce50fac4f3ULL, 0x3f2ebfce50fac4f3ULL,
	0x3f962e42ff0c52d6ULL, 0x3f962e42ff0c52d6ULL,
	0x3ff0000000000000ULL, 0x3ff0000000000000ULL,	/* 1 */
	0x42afffff42afffffULL, 0x42afffff42afffffULL,	/* 88, less one */
	0x7fffffff7fffffffULL, 0x7fffffff7fffffffULL,	/* |v| */
	0x7f8000007f800000ULL, 0x7f8000007f800000ULL,	/* ∞ */
	0xc2cff1b4c2cff1b4ULL, 0xc2cff1b4c2cff1b4ULL,	/* -103.97, below which e^v is 0 */
};

enum {
	Invln2n	= 0,
	Shift	= 2,
	C0	= 4,
	C1	= 6,
	C2	= 8,
};

float
fexp(float x)
{
	u32int top;
	uvlong ki, t;
	double xd, z, kd, r, r2, y, s;

	top = fbits(x) >> 20 & 0x7ff;
	if(top >= 0x42b){	/* |x| ≥ 88 or NaN */
		if(fbits(x) == 0xff800000)
			return 0;
		if(top >= 0x7f8)
			return x + x;
		if(x > flt(0x42b17217))
			return flt(0x7f800000);
		if(x < flt(0xc2cff1b4))
			return 0;
	}
	/* x·32/ln2 = k + r, |r| ≤ 1/2; e^x = 2^(k/32) · 2^(r/32), the latter by a cubic */
	xd = x;
	z = dbl(expk[Invln2n]) * xd;
	kd = z + dbl(expk[Shift]);
	ki = dbits(kd);
	kd -= dbl(expk[Shift]);
	r = z - kd;
	t = exp2tab[ki % 32];
	t += ki << 47;
	s = dbl(t);
	z = dbl(expk[C0]) * r + dbl(expk[C1]);
	r2 = r * r;
	y = dbl(expk[C2]) * r + 1;
	y = z * r2 + y;
	y = y * s;
	return y;
}

/* polynomials for sin and cos on [-π/4, π/4]; the second set computes -cos */
typedef struct Sincos Sincos;
struct Sincos {
	uvlong	c0, c1, c2, c3, c4;
	uvlong	s1, s2, s3;
};

static Sincos sctab[2] = {
	{0x3ff0000000000000ULL, 0xbfdffffffd0c621cULL, 0x3fa55553e1068f19ULL, 0xbf56c087e89a359dULL,
	 0x3ef99343027bf8c3ULL, 0xbfc555545995a603ULL, 0x3f81107605230bc4ULL, 0xbf2994eb3774cf24ULL},
	{0xbff0000000000000ULL, 0x3fdffffffd0c621cULL, 0xbfa55553e1068f19ULL, 0x3f56c087e89a359dULL,
	 0xbef99343027bf8c3ULL, 0xbfc555545995a603ULL, 0x3f81107605230bc4ULL, 0xbf2994eb3774cf24ULL},
};

static double sign[4] = {1, -1, -1, 1};

/* 4/π, a byte at a time: entry i holds bytes i-3..i */
static uchar invpio4[24] = {
	0xa2, 0xf9, 0x83, 0x6e, 0x4e, 0x44, 0x15, 0x29, 0xfc, 0x27, 0x57, 0xd1,
	0xf5, 0x34, 0xdd, 0xc0, 0xdb, 0x62, 0x95, 0x99, 0x3c, 0x43, 0x90, 0x41,
};

static u32int
pio4word(int i)
{
	u32int w;
	int k;

	w = 0;
	for(k = i-3; k <= i; k++)
		w = w<<8 | (k >= 0 ? invpio4[k] : 0);
	return w;
}

/* sin(x) for even n, else cos(x), from x and x² */
static float
poly(double x, double x2, Sincos *p, int n)
{
	double x3, x4, x6, x7, s, c, c1, c2, s1;

	if((n & 1) == 0){
		x3 = x * x2;
		s1 = dbl(p->s2) + x2 * dbl(p->s3);
		x7 = x3 * x2;
		s = x + x3 * dbl(p->s1);
		return s + x7 * s1;
	}
	x4 = x2 * x2;
	c2 = dbl(p->c3) + x2 * dbl(p->c4);
	c1 = dbl(p->c0) + x2 * dbl(p->c1);
	x6 = x4 * x2;
	c = c1 + x4 * dbl(p->c2);
	return c + x6 * c2;
}

/* x - n·π/2 for |x| < 120, with the quadrant n */
static double
reducefast(double x, int *np)
{
	double r;
	int n;

	r = x * dbl(0x41645f306dc9c883ULL);	/* 2^24 · 2/π */
	n = ((int)r + 0x800000) >> 24;
	*np = n;
	return x - n * dbl(0x3ff921fb54442d18ULL);
}

/* the same for large x, in fixed point with 4/π to 192 bits */
static double
reducelarge(u32int xi, int *np)
{
	int i, shift;
	uvlong n, r0, r1, r2;

	i = (xi >> 26) & 15;
	shift = (xi >> 23) & 7;
	xi = (xi & 0xffffff) | 0x800000;
	xi <<= shift;
	r0 = (u32int)(xi * pio4word(i));
	r1 = (uvlong)xi * pio4word(i+4);
	r2 = (uvlong)xi * pio4word(i+8);
	r0 = (r2 >> 32) | (r0 << 32);
	r0 += r1;
	n = (r0 + (1ULL << 61)) >> 62;
	r0 -= n << 62;
	*np = n;
	return (double)(vlong)r0 * dbl(0x3c1921fb54442d18ULL);
}

/* sin (cos is 1) or cos (cos is 1) of y */
static float
sincos1(float y, int cos)
{
	double x, s;
	u32int top, xi;
	int n, q;
	Sincos *p;

	x = y;
	p = &sctab[0];
	top = fbits(y) >> 20 & 0x7ff;
	if(top < 0x3f4){	/* |y| < π/4 */
		if(top < 0x398)	/* |y| < 2^-12 */
			return cos ? 1.0f : y;
		return poly(x, x*x, p, cos);
	}
	if(top < 0x42f){	/* |y| < 120 */
		x = reducefast(x, &n);
		q = n;
	}else if(top < 0x7f8){
		xi = fbits(y);
		x = reducelarge(xi, &n);
		q = n + (xi >> 31);
	}else
		return y - y;	/* NaN for ±Inf and NaN */
	s = sign[q & 3];
	if(q & 2)
		p = &sctab[1];
	return poly(x * s, x * x, p, n ^ cos);
}

float
fsin(float x)
{
	return sincos1(x, 0);
}

float
fcos(float x)
{
	return sincos1(x, 1);
}
