/*
 * Kernels on amd64: the SSE2 assembly of simd_amd64.s and simdq_amd64.s
 * where the shapes allow it (SSSE3's and AVX2's where the machine has
 * them), the portable C for the rest and when usesimd is off (run
 * --no-simd). All give the same bits.
 */
#include <u.h>
#include <libc.h>
#include "dat.h"
#include "fns.h"

int usesimd = 1;
int useavx = 1;
int useavx2 = 1;
int usevnni = 1;
int usessse3 = 1;

int	cpuavx(void);
int	cpuavx2(void);
int	cpuvnni(void);
int	cpussse3(void);

void	matvecsse(float*, float*, float*, vlong, vlong, vlong);
void	matvec4sse(float*, float*, float*, vlong, vlong, vlong, vlong, vlong);
void	matvecpsse(float*, float*, float*, vlong, vlong);
void	matvec4psse(float*, float*, float*, vlong, vlong, vlong, vlong);
void	matvec4pavx(float*, float*, float*, vlong, vlong, vlong, vlong);
void	qmatvecsse(Qargs*);
void	qmatvec8sse(Qargs*);
void	qmatvec4g4sse(Qargs*);
void	q4x2sse(Q4args*);
void	q4widensse(short*, schar*, vlong, vlong);
void	qmatvec8avx(Qargs*);
void	q4x2avx(Q4args*);
void	q4widenavx(short*, schar*, vlong, vlong);
void	q40x4sse(Gargs*);
void	q40tabsse(uchar*, schar*, float*, int*, vlong);
void	q40x4ssse3(Gargs*);
void	q40t4ssse3(Gargs*);
void	q80x4sse(Gargs*);
void	q41x4sse(Gargs*);
void	q50x4sse(Gargs*);
void	q40x8avx(Gargs*);
void	q80x8avx(Gargs*);
void	q41x8avx(Gargs*);
void	q50x8avx(Gargs*);
void	q40x8avx4(Gargs*);
void	q80x8avx4(Gargs*);
void	q41x8avx4(Gargs*);
void	q50x8avx4(Gargs*);
void	q40x8vnni4(Gargs*);
void	q80x8vnni4(Gargs*);
void	q4kx8vnni4(Gargs*);
void	q6kx8vnni4(Gargs*);
void	q4ksums(int*, uchar*, schar*);
void	q4kx4sse(Gargs*);
void	q4ktabsse(uchar*, schar*, float*, int*, vlong);
void	q4kx4ssse3(Gargs*);
void	q4kt4ssse3(Gargs*);
void	q5kx4sse(Gargs*);
void	q5kx4ssse3(Gargs*);
void	q5kt4ssse3(Gargs*);
void	q6kx4sse(Gargs*);
void	q6kx4ssse3(Gargs*);
void	q6kt4ssse3(Gargs*);
void	q6ktabsse(uchar*, schar*, float*, vlong);
void	f16x4sse(Gargs*);
void	bf16x4sse(Gargs*);
void	h16x8avx(Gargs*);
void	q6ksums(int*, uchar*, schar*);
void	q4kx4avx(Gargs*);
void	q5kx4avx(Gargs*);
void	q6kx4avx(Gargs*);
void	q4kt4avx(Gargs*);
void	q5kt4avx(Gargs*);
void	q6kt4avx(Gargs*);
void	quantizesse(schar*, float*, float*, vlong, vlong, float*);
void	wsumsse(float*, float*, float*, vlong, vlong, vlong);
void	wsumavx(float*, float*, float*, vlong, vlong, vlong);
void	addsse(float*, float*, vlong);
void	divsse(float*, float*, vlong);
void	rmsscalesse(float*, float*, float*, float*, vlong);
float	maxsse(float*, vlong);
vlong	expsumsse(float*, vlong, float*, uvlong*, uvlong*);
vlong	firstsse(float*, vlong, float*);
float	readsse(float*, vlong);

/*
 * the AVX2 kernels where the machine has them (and useavx and useavx2:
 * tests and bench turn them off to compare); they give the SSE2 kernels' bits
 */
int
avx2(void)
{
	static int have = -1;

	if(have < 0)
		have = cpuavx2();
	return usesimd && useavx && useavx2 && have;
}

/* the AVX-VNNI kernels where the machine has them (and usevnni, as useavx2); they give the AVX2 kernels' bits */
int
vnni(void)
{
	static int have = -1;

	if(have < 0)
		have = cpuvnni();
	return avx2() && usevnni && have;
}

static int
avxbits(void)
{
	static int have = -1;

	if(have < 0)
		have = cpuavx();
	return usesimd && useavx ? have : 0;
}

/* the kernels of AVX alone (avxf_amd64.s's FP32 panels and BF16 rows), as on a machine with AVX but not AVX2 */
int
avx(void)
{
	return avxbits() & 1;
}

/* the same with F16C (avxf_amd64.s's F16 rows) */
int
f16c(void)
{
	return (avxbits() & 3) == 3;
}

/* the SSSE3 kernels where the machine has SSSE3 (and usessse3, as useavx) */
int
ssse3(void)
{
	static int have = -1;

	if(have < 0)
		have = cpussse3();
	return usesimd && usessse3 && have;
}

/* whether a GGUF type has SSSE3 kernels, which ssse3() machines without AVX2 take */
int
ssse3type(int type)
{
	return type == Tq4_0 || type == Tq4_K || type == Tq5_K || type == Tq6_K;
}

void
matvec(float *out, float *x, float *w, int n, int d, int stride)
{
	int d4;

	d4 = usesimd && n % 4 == 0 ? d & ~3 : 0;
	if(d4 > 0)
		matvecsse(out, x, w, n, d4, stride);
	matvecc(out + d4, x, w + (vlong)d4*stride, n, d - d4, stride);
}

/* the same matrix times four inputs: x + t·xstride → out + t·ostride, t < 4 */
void
matvec4(float *out, int ostride, float *x, int xstride, float *w, int n, int d, int stride)
{
	int t, d4;

	d4 = usesimd && n % 4 == 0 ? d & ~3 : 0;
	if(d4 > 0)
		matvec4sse(out, x, w, n, d4, stride, ostride, xstride);
	for(t = 0; t < 4; t++)
		matvecc(out + (vlong)t*ostride + d4, x + (vlong)t*xstride, w + (vlong)d4*stride, n, d - d4, stride);
}

/* np whole panels (see port.c) */
void
matvecpk(float *out, float *x, float *w, int n, int np)
{
	if(usesimd)
		matvecpsse(out, x, w, n, np);
	else
		matvecpc(out, x, w, n, np);
}

void
matvec4pk(float *out, int ostride, float *x, int xstride, float *w, int n, int np)
{
	if(avx())
		matvec4pavx(out, x, w, n, np, ostride, xstride);
	else if(usesimd)
		matvec4psse(out, x, w, n, np, ostride, xstride);
	else
		matvec4pc(out, ostride, x, xstride, w, n, np);
}

/*
 * rows eight at a time (by AVX2 where there is), then four, then the
 * rest in C; rows a multiple of 4096 bytes long four at a time (see
 * simdq_amd64.s); groups of four four rows at a time, the columns past
 * the last multiple of 16 in C
 */
void
qmatmul(float *out, schar *xq, float *xs, schar *wq, float *ws, int n, int d, int gs)
{
	Qargs a;
	int d8, d4;

	a.out = out;
	a.xq = xq;
	a.xs = xs;
	a.wq = wq;
	a.ws = ws;
	a.n = n;
	a.gs = gs;
	a.sbytes = n/gs*sizeof(float);
	d4 = 0;
	if(usesimd && gs == 4 && n >= 16){
		a.d = d4 = d & ~3;
		if(d4 > 0)
			qmatvec4g4sse(&a);
		if(n % 16 != 0)
			qmatmulfrom(out, xq, xs, wq, ws, n, d4, gs, n & ~15);
	}else if(usesimd && gs % 16 == 0 && gs < 512){
		d8 = n % 4096 != 0 ? d & ~7 : 0;
		d4 = (d - d8) & ~3;
		if(d8 > 0){
			a.d = d8;
			if(avx2())
				qmatvec8avx(&a);
			else
				qmatvec8sse(&a);
		}
		if(d4 > 0){
			a.out = out + d8;
			a.wq = wq + (vlong)d8*n;
			a.ws = ws + (vlong)d8*n/gs;
			a.d = d4;
			qmatvecsse(&a);
		}
		d4 += d8;
	}
	qmatmulc(out + d4, xq, xs, wq + (vlong)d4*n, ws + (vlong)d4*n/gs, n, d - d4, gs);
}

enum {
	Q4rows	= 64,	/* rows of a pass of q4x2sse: their sums on the stack */
	Q4cols	= 512,	/* and columns: the four inputs widened, 4 KB */
};

/* the four-input kernel and the widening of its inputs, AVX2's or SSE2's: the same bits */
static void
q4pass(Q4args *a, schar *xq, int xstride, int avx)
{
	if(avx){
		q4widenavx(a->xw, xq, xstride, a->ncols);
		q4x2avx(a);
	}else{
		q4widensse(a->xw, xq, xstride, a->ncols);
		q4x2sse(a);
	}
}

/* the four inputs' scales of each of ng groups side by side, as q4x2sse reads them */
static void
scales4(float *xs4, float *xs, int xsstride, int ng)
{
	int t, g;

	for(t = 0; t < 4; t++)
		for(g = 0; g < ng; g++)
			xs4[g*4+t] = xs[(vlong)t*xsstride + g];
}

/*
 * the same matrix times four inputs (see qmatmul4c): rows two at a time
 * by q4x2avx or q4x2sse, each weight widened once for the four, in passes of
 * Q4rows rows by Q4cols columns that carry each row's sums from one
 * pass to the next; the odd row by qmatmul
 */
void
qmatmul4(float *out, int ostride, schar *xq, float *xs, int xstride, schar *wq, float *ws, int n, int d, int gs)
{
	uchar buf[Q4cols*4*sizeof(short) + Q4cols/16*4*sizeof(float) + Q4rows*4*sizeof(float) + 32];
	Q4args a;
	short *xw;
	float *xs4, *v;
	int r, nr, j, nc, cols, i, t, d2, xsstride, avx;

	if(!usesimd || gs % 16 != 0 || gs >= 512 || d < 2){
		qmatmul4c(out, ostride, xq, xs, xstride, wq, ws, n, d, gs);
		return;
	}
	avx = avx2();
	xw = (short*)(buf + (-(uintptr)buf & 31));
	xs4 = (float*)(xw + Q4cols*4);
	v = xs4 + Q4cols/16*4;
	xsstride = xstride/gs;
	cols = Q4cols/gs*gs;
	d2 = d & ~1;
	a.out = v;
	a.xw = xw;
	a.xs4 = xs4;
	a.n = n;
	a.gs = gs;
	a.sbytes = n/gs*sizeof(float);
	for(r = 0; r < d2; r += nr){
		nr = d2 - r < Q4rows ? d2 - r : Q4rows;
		memset(v, 0, nr*4*sizeof(float));
		for(j = 0; j < n; j += nc){
			nc = n - j < cols ? n - j : cols;
			scales4(xs4, xs + j/gs, xsstride, nc/gs);
			a.wq = wq + (vlong)r*n + j;
			a.ws = ws + (vlong)r*(n/gs) + j/gs;
			a.d = nr;
			a.ncols = nc;
			q4pass(&a, xq + j, xstride, avx);
		}
		for(i = 0; i < nr; i++)
			for(t = 0; t < 4; t++)
				out[(vlong)t*ostride + r + i] = v[i*4 + t];
	}
	for(t = 0; t < 4 && d2 < d; t++)
		qmatmul(out + (vlong)t*ostride + d2, xq + (vlong)t*xstride, xs + (vlong)t*xsstride, wq + (vlong)d2*n, ws + (vlong)d2*(n/gs), n, d - d2, gs);
}

enum {
	Gpanel	= 64,	/* groups of the SSE2 Q4_0, Q4_K and Q6_K kernels' input tables (q40tabsse, q4ktabsse, q6ktabsse): 6 or 7 KB on the stack */
	Gpanel4	= 32,	/* and of the SSSE3 four-token kernels', four tokens' tables side by side: 8 or 10 KB */
	Kavxtab	= 768 + 32*128,	/* the AVX2 K-quant kernels' table: constants, then scratch */
};

/* the constants at the start of the AVX2 K-quant kernels' table (see avxk_amd64.s) */
static void
kavxconst(u32int *t)
{
	int i;

	for(i = 0; i < 8; i++){
		t[i] = 0x0F0F0F0F;
		t[8+i] = 0x00010001;
		t[16+i] = 0x3F3F3F3F;
		t[24+i] = 0x30303030;
		t[32+i] = i < 4 ? 0 : 8;
		t[40+i] = i < 4 ? 16 : 24;
		t[48+i] = 0xFF;
		t[56+i] = i/4;
		t[64+i] = 2 + i/4;
		t[72+i] = 4 + i/4;
		t[80+i] = 6 + i/4;
		t[88+i] = 0x20202020;
		t[96+i] = 0x10101010;
		t[104+i] = i < 4 ? 2*i : 2*i - 7;
	}
}

/*
 * the constants of the SSE2 K-quant kernels after their 256 bytes of
 * scales: 0x0F bytes, 0x10 bytes, 0x00FF words, 1 words, 0x3F bytes,
 * 0x30 bytes, 0xFF dwords, and q5kx4sse's shift of qh, 2p, at 320+64p
 */
static void
ksseconst(uchar *t)
{
	int i;

	for(i = 0; i < 16; i++){
		t[256+i] = 0x0F;
		t[272+i] = 0x10;
		t[288+i] = i & 1 ? 0 : 0xFF;
		t[304+i] = i & 1 ? 0 : 1;
		t[336+i] = 0x3F;
		t[352+i] = 0x30;
		t[368+i] = i % 4 ? 0 : 0xFF;
	}
	for(i = 0; i < 4; i++){
		memset(t + 320 + 64*i, 0, 16);
		t[320 + 64*i] = 2*i;
	}
}

/*
 * q4kx4ssse3's, q5kx4ssse3's and q40x4ssse3's table of ng groups of the
 * input at t, stride bytes a group: a group's 32 bytes, then its xs and
 * (float)(k·Σx) four times each
 */
static void
kx4tab(uchar *t, int stride, schar *x, float *xs, int *xsum, int ng, int k)
{
	float *f;
	int g, i;

	for(g = 0; g < ng; g++, t += stride){
		memmove(t, x + 32*g, 32);
		f = (float*)(t + 32);
		for(i = 0; i < 4; i++){
			f[i] = xs[g];
			f[4+i] = (float)(k*xsum[g]);
		}
	}
}

/* q6kx4ssse3's table of ng groups of the input at t, stride bytes a group: a group's 32 bytes, then 32Σx of each of its 16s and its xs, four times each */
static void
kx6tab(uchar *t, int stride, schar *x, float *xs, int ng)
{
	int g, h, i, k, v, *sum;
	float *f;

	for(g = 0; g < ng; g++, t += stride, x += 32){
		memmove(t, x, 32);
		sum = (int*)(t + 32);
		for(h = 0; h < 2; h++){
			v = 0;
			for(k = 0; k < 16; k++)
				v += x[16*h + k];
			for(i = 0; i < 4; i++)
				sum[4*h + i] = 32*v;
		}
		f = (float*)(t + 64);
		for(i = 0; i < 4; i++)
			f[i] = xs[g];
	}
}

/*
 * K-quant rows r..r+d-1, d a multiple of 4, four at a time by
 * q4kx4sse, q5kx4sse or q6kx4sse (their ssse3 kernels where there is
 * SSSE3), the input's table made Gpanel groups (8 superblocks) at a
 * time: q4ktabsse's 96 bytes a group for Q4_K and Q5_K (kx4tab's 64
 * for SSSE3), q6ktabsse's 112 for Q6_K (kx6tab's 80), then the
 * kernel's scratch
 */
static void
kpanels(float *out, Mat *w, int r, int n, int d, schar *xq, float *xs, int *xsum)
{
	uchar tab[Gpanel*112 + 528 + 16];
	void (*kern)(Gargs*);
	Gargs a;
	int g, k, q, sb, six, s3;

	six = w->type == Tq6_K;
	s3 = ssse3();
	sb = six ? 210 : w->type == Tq5_K ? 176 : 144;
	if(six)
		kern = s3 ? q6kx4ssse3 : q6kx4sse;
	else
		kern = w->type == Tq5_K ? (s3 ? q5kx4ssse3 : q5kx4sse) : s3 ? q4kx4ssse3 : q4kx4sse;
	a.xs = (float*)(tab + (-(uintptr)tab & 15));
	a.tab = a.xs + Gpanel*(six ? (s3 ? 80 : 112) : s3 ? 64 : 96)/sizeof(float);
	a.rowbytes = w->rowbytes;
	a.d = 4;
	a.h2f = halftable();
	ksseconst((uchar*)a.tab);
	memset(out, 0, d*sizeof(float));
	for(g = 0; g < n/32; g += k){
		k = n/32 - g < Gpanel ? n/32 - g : Gpanel;
		if(six && s3)
			kx6tab((uchar*)a.xs, 80, xq + 32*g, xs + g, k);
		else if(six)
			q6ktabsse((uchar*)a.xs, xq + 32*g, xs + g, k/8);
		else if(s3)
			kx4tab((uchar*)a.xs, 64, xq + 32*g, xs + g, xsum + g, k, 1);
		else
			q4ktabsse((uchar*)a.xs, xq + 32*g, xs + g, xsum + g, k);
		a.nblk = k/8;
		for(q = 0; q < d; q += 4){
			a.out = out + q;
			a.w = w->raw + (vlong)(r+q)*w->rowbytes + g/8*sb;
			kern(&a);
		}
	}
}

/*
 * K-quant rows r..r+d-1 times four inputs (n apart) by q4kt4ssse3,
 * q5kt4ssse3 or q6kt4ssse3, four rows a call, the four tokens' tables
 * (kx4tab's, kx6tab's) made Gpanel4 groups at a time; how many rows it
 * did (the rest are d's last below four)
 */
static int
kpanels4(float *out, int ostride, Mat *w, int r, int n, int d, schar *xq, float *xs, int *xsum)
{
	uchar tab[Gpanel4*320 + 784 + 16];
	void (*kern)(Gargs*);
	Gargs a;
	int g, k, q, t, d4, six, gb, sb;

	d4 = d & ~3;
	if(d4 == 0 || n % 256 != 0)
		return 0;
	six = w->type == Tq6_K;
	gb = six ? 320 : 256;
	sb = six ? 210 : w->type == Tq5_K ? 176 : 144;
	kern = six ? q6kt4ssse3 : w->type == Tq5_K ? q5kt4ssse3 : q4kt4ssse3;
	a.xs = (float*)(tab + (-(uintptr)tab & 15));
	a.tab = a.xs + Gpanel4*gb/sizeof(float);
	a.rowbytes = w->rowbytes;
	a.d = 4;
	a.h2f = halftable();
	a.ostride = ostride;
	ksseconst((uchar*)a.tab);
	for(t = 0; t < 4; t++)
		memset(out + (vlong)t*ostride, 0, d4*sizeof(float));
	for(g = 0; g < n/32; g += k){
		k = n/32 - g < Gpanel4 ? n/32 - g : Gpanel4;
		for(t = 0; t < 4; t++)
			if(six)
				kx6tab((uchar*)a.xs + 80*t, 320, xq + (vlong)t*n + 32*g, xs + t*(n/32) + g, k);
			else
				kx4tab((uchar*)a.xs + 64*t, 256, xq + (vlong)t*n + 32*g, xs + t*(n/32) + g, xsum + t*(n/32) + g, k, 1);
		a.nblk = k/8;
		for(q = 0; q < d4; q += 4){
			a.out = out + q;
			a.w = w->raw + (vlong)(r+q)*w->rowbytes + g/8*sb;
			kern(&a);
		}
	}
	return d4;
}

/* K-quant rows r..r+d-1, d a multiple of 4, four at a time by the AVX2 kernel of the type */
static void
kquads(float *out, Mat *w, int r, int n, int d, schar *xq, float *xs, int *xsum)
{
	Gargs a;
	uchar tab[Kavxtab+32];
	void (*k)(Gargs*);
	int q;

	a.xq = xq;
	a.xs = xs;
	a.xsum = w->type == Tq6_K ? nil : xsum;
	a.rowbytes = w->rowbytes;
	a.nblk = n/256;
	a.d = 4;
	a.h2f = halftable();
	a.tab = (float*)(tab + (-(uintptr)tab & 31));
	kavxconst((u32int*)a.tab);
	k = w->type == Tq6_K ? q6kx4avx : w->type == Tq5_K ? q5kx4avx : q4kx4avx;
	for(q = 0; q < d; q += 4){
		a.out = out + q;
		a.w = w->raw + (vlong)(r+q)*w->rowbytes;
		k(&a);
	}
}

/*
 * the constants of the AVX2 kernels: 0x0F bytes, 1 words, dword shifts
 * 0,0,0,0,4,4,4,4, the bytes of Q5_0's fifth bits (VPSHUFB), each byte's
 * bit, 0x10 bytes
 */
/*
 * the AVX-VNNI kernels' constants: nibbles, Q8_0's 0x80 that makes its
 * bytes unsigned, then q4kx8vnni4's six bits of sc and m, the two
 * above, a dword's low byte, and q6kx8vnni4's ones
 */
static uchar vnnitab[192] = {
	0x0F, 0x0F, 0x0F, 0x0F, 0x0F, 0x0F, 0x0F, 0x0F, 0x0F, 0x0F, 0x0F, 0x0F, 0x0F, 0x0F, 0x0F, 0x0F,
	0x0F, 0x0F, 0x0F, 0x0F, 0x0F, 0x0F, 0x0F, 0x0F, 0x0F, 0x0F, 0x0F, 0x0F, 0x0F, 0x0F, 0x0F, 0x0F,
	0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80,
	0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80,
	0x3F, 0x3F, 0x3F, 0x3F, 0x3F, 0x3F, 0x3F, 0x3F, 0x3F, 0x3F, 0x3F, 0x3F, 0x3F, 0x3F, 0x3F, 0x3F,
	0x3F, 0x3F, 0x3F, 0x3F, 0x3F, 0x3F, 0x3F, 0x3F, 0x3F, 0x3F, 0x3F, 0x3F, 0x3F, 0x3F, 0x3F, 0x3F,
	0x30, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30,
	0x30, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30,
	0xFF, 0, 0, 0, 0xFF, 0, 0, 0, 0xFF, 0, 0, 0, 0xFF, 0, 0, 0,
	0xFF, 0, 0, 0, 0xFF, 0, 0, 0, 0xFF, 0, 0, 0, 0xFF, 0, 0, 0,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
};

static uchar avxgtab[192] = {
	0x0F, 0x0F, 0x0F, 0x0F, 0x0F, 0x0F, 0x0F, 0x0F, 0x0F, 0x0F, 0x0F, 0x0F, 0x0F, 0x0F, 0x0F, 0x0F,
	0x0F, 0x0F, 0x0F, 0x0F, 0x0F, 0x0F, 0x0F, 0x0F, 0x0F, 0x0F, 0x0F, 0x0F, 0x0F, 0x0F, 0x0F, 0x0F,
	1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0,
	1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	4, 0, 0, 0, 4, 0, 0, 0, 4, 0, 0, 0, 4, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1,
	2, 2, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3, 3,
	1, 2, 4, 8, 16, 32, 64, 128, 1, 2, 4, 8, 16, 32, 64, 128,
	1, 2, 4, 8, 16, 32, 64, 128, 1, 2, 4, 8, 16, 32, 64, 128,
	0x10, 0x10, 0x10, 0x10, 0x10, 0x10, 0x10, 0x10, 0x10, 0x10, 0x10, 0x10, 0x10, 0x10, 0x10, 0x10,
	0x10, 0x10, 0x10, 0x10, 0x10, 0x10, 0x10, 0x10, 0x10, 0x10, 0x10, 0x10, 0x10, 0x10, 0x10, 0x10,
};

static void
gargs(Gargs *a, float *out, Mat *w, int r, int n, int d, schar *xq, float *xs, int *xsum)
{
	a->out = out;
	a->xq = xq;
	a->xs = xs;
	a->xsum = xsum;
	a->w = w->raw + (vlong)r*w->rowbytes;
	a->rowbytes = w->rowbytes;
	a->nblk = n/32;
	a->d = d;
	a->h2f = halftable();
	a->rstep = w->rowbytes;
	a->bstep = eightblock(w->type);
	a->pf = 16*w->rowbytes;
	if(r < w->eights){
		/* one stream: q80x8avx and q40x8avx read it fastest with PREFETCHT0 2 KB on (a Xeon) */
		a->w = growat(w, r, &a->bstep);
		a->rstep = eightblock(w->type);
		a->pf = 2048;
	}
}

/*
 * rows r..r+d-1 (d at most 8) of w in eights copied out as rows into
 * v, a Mat of them, for the kernels that take only rows; nil where
 * there is no memory
 */
static Mat*
asrows(Mat *v, Mat *w, int r, int d)
{
	vlong step;
	uchar *p;
	int i, b, bb;

	bb = eightblock(w->type);
	*v = *w;
	v->eights = 0;
	v->raw = malloc(d*w->rowbytes);
	if(v->raw == nil)
		return nil;
	for(i = 0; i < d; i++){
		p = growat(w, r+i, &step);
		for(b = 0; b < w->rowbytes/bb; b++)
			memmove(v->raw + i*w->rowbytes + b*bb, p + b*step, bb);
	}
	return v;
}

/* rows r.. of w can be the kernels': in rows, or the first of an eight */
static int
passok(Mat *w, int r)
{
	return r >= w->eights || r % 8 == 0;
}

/* Q4_0, Q4_1, Q5_0 and Q8_0 rows r..r+d-1, d a multiple of 8, eight at a time in AVX2 */
static void
gavx(float *out, Mat *w, int r, int n, int d, schar *xq, float *xs, int *xsum)
{
	Gargs a;

	gargs(&a, out, w, r, n, d, xq, xs, xsum);
	a.tab = (float*)avxgtab;
	switch(w->type){
	case Tq4_0:
		q40x8avx(&a);
		break;
	case Tq4_1:
		q41x8avx(&a);
		break;
	case Tq5_0:
		q50x8avx(&a);
		break;
	default:
		q80x8avx(&a);
		break;
	}
}

/* Q4_0 rows by q40x4sse (q40x4ssse3 where there is SSSE3), the input's table made Gpanel blocks at a time */
static void
q40panels(Gargs *a, schar *xq, float *xs, int *xsum)
{
	uchar tab[Gpanel*96 + 16];
	uchar *w;
	int b, nb, k, s3;

	s3 = ssse3();
	a->xs = (float*)(tab + (-(uintptr)tab & 15));
	w = a->w;
	nb = a->nblk;
	memset(a->out, 0, a->d*sizeof(float));
	for(b = 0; b < nb; b += k){
		k = nb - b < Gpanel ? nb - b : Gpanel;
		a->w = w + 18*b;
		a->nblk = k;
		if(s3){
			kx4tab((uchar*)a->xs, 64, xq + 32*b, xs + b, xsum + b, k, 8);
			q40x4ssse3(a);
		}else{
			q40tabsse((uchar*)a->xs, xq + 32*b, xs + b, xsum + b, k);
			q40x4sse(a);
		}
	}
}

/*
 * Q4_0 rows r..r+d-1 times four inputs (n apart) by q40t4ssse3, the
 * four tokens' tables made Gpanel4 blocks at a time; how many rows it
 * did (the rest are d's last below four)
 */
static int
q40panels4(float *out, int ostride, Mat *w, int r, int n, int d, schar *xq, float *xs, int *xsum)
{
	uchar tab[Gpanel4*256 + 144 + 16];
	Gargs a;
	int b, k, t, nb;

	a.d = d & ~3;
	nb = n/32;
	if(a.d == 0 || nb == 0)
		return 0;
	a.out = out;
	a.xs = (float*)(tab + (-(uintptr)tab & 15));
	a.tab = a.xs + Gpanel4*256/sizeof(float);
	a.rowbytes = w->rowbytes;
	a.h2f = halftable();
	a.ostride = ostride;
	for(t = 0; t < 4; t++)
		memset(out + (vlong)t*ostride, 0, a.d*sizeof(float));
	for(b = 0; b < nb; b += k){
		k = nb - b < Gpanel4 ? nb - b : Gpanel4;
		for(t = 0; t < 4; t++)
			kx4tab((uchar*)a.xs + 64*t, 256, xq + (vlong)t*n + 32*b, xs + t*nb + b, xsum + t*nb + b, k, 8);
		a.w = w->raw + (vlong)r*w->rowbytes + 18*b;
		a.nblk = k;
		q40t4ssse3(&a);
	}
	return a.d;
}

/* the same, d a multiple of 4, four at a time in SSE2 */
static void
gsse(float *out, Mat *w, int r, int n, int d, schar *xq, float *xs, int *xsum)
{
	static uchar bits[16] = {1, 2, 4, 8, 16, 32, 64, 128, 1, 2, 4, 8, 16, 32, 64, 128};
	Gargs a;
	Mat v;

	if(w->type != Tq8_0 && r < w->eights){
		for(; r < w->eights && d >= 4; r += 4, d -= 4, out += 4)
			if(asrows(&v, w, r, 4) != nil){
				gsse(out, &v, 0, n, 4, xq, xs, xsum);
				free(v.raw);
			}else
				gmatmulc(out, w, r, n, 4, xq, xs, xsum, nil);
		if(d > 0 && r >= w->eights)
			gsse(out, w, r, n, d, xq, xs, xsum);
		else if(d > 0)
			gmatmulc(out, w, r, n, d, xq, xs, xsum, nil);
		return;
	}
	gargs(&a, out, w, r, n, d, xq, xs, xsum);
	a.tab = (float*)bits;
	switch(w->type){
	case Tq4_0:
		q40panels(&a, xq, xs, xsum);
		break;
	case Tq4_1:
		q41x4sse(&a);
		break;
	case Tq5_0:
		q50x4sse(&a);
		break;
	default:
		for(; r < w->eights && d >= 4; r += 4, d -= 4, out += 4){
			gargs(&a, out, w, r, n, 4, xq, xs, xsum);
			q80x4sse(&a);
		}
		gargs(&a, out, w, r, n, d, xq, xs, xsum);
		q80x4sse(&a);
		break;
	}
}

/* rows r..r+d-1 of a matrix in its GGUF type, in assembly where there is a kernel (Q4_0, Q4_1, Q5_0, Q8_0: eight at a time in AVX2, four in SSE2; F16 and BF16 eight in AVX2) */
void
gmatmul(float *out, Mat *w, int r, int n, int d, schar *xq, float *xs, int *xsum, float *x)
{
	Gargs a;
	int d4, d8;

	if(usesimd && (w->type == Tf16 || w->type == Tbf16) && n % 8 == 0 && d >= 4){
		d8 = (w->type == Tf16 ? f16c() : avx()) ? d & ~7 : 0;
		a.out = out;
		a.xs = x;
		a.w = w->raw + (vlong)r*w->rowbytes;
		a.rowbytes = w->rowbytes;
		a.bf = w->type != Tbf16 ? 0 : avx2() ? 2 : 1;
		if(d8 > 0){
			a.d = d8;
			h16x8avx(&a);
		}
		d4 = d8 + ((d - d8) & ~3);
		a.out = out + d8;
		a.w += (vlong)d8*w->rowbytes;
		a.d = d4 - d8;
		if(a.d > 0 && w->type == Tf16)
			f16x4sse(&a);
		else if(a.d > 0)
			bf16x4sse(&a);
		gmatmulc(out + d4, w, r + d4, n, d - d4, xq, xs, xsum, x);
		return;
	}
	if(usesimd && (w->type == Tq4_K || w->type == Tq5_K || w->type == Tq6_K) && d >= 4){
		d4 = d & ~3;
		if(avx2())
			kquads(out, w, r, n, d4, xq, xs, xsum);
		else
			kpanels(out, w, r, n, d4, xq, xs, xsum);
		gmatmulc(out + d4, w, r + d4, n, d - d4, xq, xs, xsum, x);
		return;
	}
	if(usesimd && n >= 32 && (w->type == Tq4_0 || w->type == Tq4_1 || w->type == Tq5_0 || w->type == Tq8_0) && passok(w, r)){
		d8 = avx2() ? d & ~7 : 0;
		if(d8 > 0)
			gavx(out, w, r, n, d8, xq, xs, xsum);
		d4 = d8 + ((d - d8) & ~3);
		if(d4 > d8)
			gsse(out + d8, w, r + d8, n, d4 - d8, xq, xs, xsum);
	}else
		d4 = 0;
	gmatmulc(out + d4, w, r + d4, n, d - d4, xq, xs, xsum, x);
}

enum {
	Kt4tab	= 768 + 1024,	/* the four-token K-quant kernels' table: constants, then scratch */
};

/*
 * the four inputs' scales and sums (as float) of each group g as
 * q4kt4avx reads them: tokens 0 and 1, then 2 and 3, each four times
 */
static float*
kxtab(float *xs, int *xsum, int ng, void **mem)
{
	float *p;
	int g, h, l, t;

	*mem = malloc(ng*128 + 32);
	if(*mem == nil)
		return nil;
	p = (float*)((uchar*)*mem + (-(uintptr)*mem & 31));
	for(g = 0; g < ng; g++)
		for(h = 0; h < 2; h++)
			for(l = 0; l < 8; l++){
				t = 2*h + l/4;
				p[g*32 + h*16 + l] = xs[t*ng + g];
				p[g*32 + h*16 + 8 + l] = (float)xsum[t*ng + g];
			}
	return p;
}

/*
 * K-quant rows r..r+d-1 times four inputs by k (avxk4_amd64.s), four
 * rows a call; how many it did, the rest being d's last rows below four
 * (or all, where there is no memory for Q4_K's and Q5_K's table)
 */
static int
kquads4(void (*k)(Gargs*), float *out, int ostride, Mat *w, int r, int n, int d, schar *xq, float *xs, int *xsum)
{
	Gargs a;
	uchar tab[Kt4tab+32];
	void *mem;
	int q, d4;

	d4 = d & ~3;
	if(d4 == 0 || n % 256 != 0)
		return 0;
	mem = nil;
	a.xq = xq;
	a.xs = xs;
	a.xsum = xsum;
	if(w->type != Tq6_K && (a.xs = kxtab(xs, xsum, n/32, &mem)) == nil)
		return 0;
	a.rowbytes = w->rowbytes;
	a.nblk = n/256;
	a.d = 4;
	a.h2f = halftable();
	a.tab = (float*)(tab + (-(uintptr)tab & 31));
	a.ostride = ostride;
	kavxconst((u32int*)a.tab);
	for(q = 0; q < d4; q += 4){
		a.out = out + q;
		a.w = w->raw + (vlong)(r+q)*w->rowbytes;
		k(&a);
	}
	free(mem);
	return d4;
}

/* the AVX-VNNI kernels' start of each token's block sum, -Σx·k: k is 8 for Q4_0's offset, 128 for Q8_0's */
static int*
vnnisums(int *xsum, int ng, int k)
{
	int *p, i;

	p = malloc(4*ng * sizeof(int));
	if(p == nil)
		return nil;
	for(i = 0; i < 4*ng; i++)
		p[i] = -xsum[i] * k;
	return p;
}

/*
 * Q4_0, Q8_0, Q4_K or Q6_K rows r..r+d-1 times four inputs by an
 * AVX-VNNI kernel, eight at a time; how many it did (none for other
 * types, or where there is no memory for Q4_0's and Q8_0's sums)
 */
static int
gvnni4(float *out, int ostride, Mat *w, int r, int n, int d, schar *xq, float *xs, int *xsum)
{
	Gargs a;
	uchar tab[1856+32];
	int k;

	d &= ~7;
	if(d == 0 || !passok(w, r))
		return 0;
	gargs(&a, out, w, r, n, d, xq, xs, xsum);
	a.ostride = ostride;
	switch(w->type){
	case Tq4_0:
	case Tq8_0:
		k = w->type == Tq4_0 ? 8 : 128;
		if((a.xsum = vnnisums(xsum, n/32, k)) == nil)
			return 0;
		a.tab = (float*)vnnitab;
		if(k == 8)
			q40x8vnni4(&a);
		else
			q80x8vnni4(&a);
		free(a.xsum);
		return d;
	case Tq4_K:
	case Tq6_K:
		if(n % 256 != 0)
			return 0;
		a.nblk = n/256;
		a.tab = (float*)(tab + (-(uintptr)tab & 31));
		memmove(a.tab, vnnitab, sizeof vnnitab);
		if(w->type == Tq4_K)
			q4kx8vnni4(&a);
		else
			q6kx8vnni4(&a);
		return d;
	}
	return 0;
}

/*
 * the first rows of r..r+d-1 times four inputs by an AVX-VNNI or AVX2
 * kernel of w's type that takes the four together; how many it did
 */
static int
gavx4(float *out, int ostride, Mat *w, int r, int n, int d, schar *xq, float *xs, int *xsum)
{
	Gargs a;
	uchar tab[sizeof avxgtab + 64];
	void (*k)(Gargs*);
	int k4;

	if(vnni() && (k4 = gvnni4(out, ostride, w, r, n, d, xq, xs, xsum)) > 0)
		return k4;
	switch(w->type){
	case Tq4_K:
		return kquads4(q4kt4avx, out, ostride, w, r, n, d, xq, xs, xsum);
	case Tq5_K:
		return kquads4(q5kt4avx, out, ostride, w, r, n, d, xq, xs, xsum);
	case Tq6_K:
		return kquads4(q6kt4avx, out, ostride, w, r, n, d, xq, xs, xsum);
	case Tq4_0:
		k = q40x8avx4;
		break;
	case Tq4_1:
		k = q41x8avx4;
		break;
	case Tq5_0:
		k = q50x8avx4;
		break;
	case Tq8_0:
		k = q80x8avx4;
		break;
	default:
		return 0;
	}
	d &= ~7;
	if(d == 0 || !passok(w, r))
		return 0;
	gargs(&a, out, w, r, n, d, xq, xs, xsum);
	memmove(tab, avxgtab, sizeof avxgtab);
	a.tab = (float*)tab;
	a.ostride = ostride;
	k(&a);
	return d;
}

/*
 * the same rows times four inputs (see gmatmul4c): a four-token kernel
 * where there is one, then each token's rest by gmatmul
 */
void
gmatmul4(float *out, int ostride, Mat *w, int r, int n, int d, schar *xq, float *xs, int *xsum, float *x)
{
	int t, k;

	k = 0;
	if(usesimd && avx2() && n >= 32)
		k = gavx4(out, ostride, w, r, n, d, xq, xs, xsum);
	else if(ssse3() && ssse3type(w->type) && r >= w->eights)
		k = w->type == Tq4_0 ? q40panels4(out, ostride, w, r, n, d, xq, xs, xsum)
			: kpanels4(out, ostride, w, r, n, d, xq, xs, xsum);
	for(t = 0; t < 4; t++)
		gmatmul(out + (vlong)t*ostride + k, w, r + k, n, d - k, xq + (vlong)t*n, xs + t*(n/32), xsum + t*(n/32), x != nil ? x + (vlong)t*n : nil);
}

/* the integer sums of a Q4_K and a Q6_K superblock */
void
ksums4(int *acc, uchar *qs, schar *x)
{
	if(usesimd)
		q4ksums(acc, qs, x);
	else
		ksums4c(acc, qs, x);
}

void
ksums6(int *acc, uchar *q, schar *x)
{
	if(usesimd)
		q6ksums(acc, q, x);
	else
		ksums6c(acc, q, x);
}

/* groups of a multiple of 16 in assembly */
void
quantize(schar *q, float *s, float *x, int n, int gs)
{
	static float k[2] = {127, 0.5};

	if(usesimd && gs % 16 == 0 && n > 0)
		quantizesse(q, s, x, n, gs, k);
	else
		quantizec(q, s, x, n, gs);
}

/* the first n4 elements in assembly, the rest in C */
#define	SPLIT(n)	(usesimd ? (n) & ~3 : 0)

void
wsum(float *out, float *a, float *v, int n, int t, int stride)
{
	int n4, n64;

	n4 = SPLIT(n);
	n64 = avx() ? n & ~63 : 0;
	if(n64 > 0)
		wsumavx(out, a, v, n64, t, stride);
	if(n4 > n64)
		wsumsse(out + n64, a, v + n64, n4 - n64, t, stride);
	wsumc(out + n4, a, v + n4, n - n4, t, stride);
}

void
vadd(float *y, float *x, int n)
{
	int n4;

	n4 = SPLIT(n);
	if(n4 > 0)
		addsse(y, x, n4);
	addc(y + n4, x + n4, n - n4);
}

void
divv(float *x, float s, int n)
{
	int n4;

	n4 = SPLIT(n);
	if(n4 > 0)
		divsse(x, &s, n4);
	divc(x + n4, s, n - n4);
}

void
rmsscalev(float *o, float *x, float *w, float ss, int n)
{
	int n4;

	n4 = SPLIT(n);
	if(n4 > 0)
		rmsscalesse(o, x, w, &ss, n4);
	rmsscalec(o + n4, x + n4, w + n4, ss, n - n4);
}

float
maxv(float *x, int n)
{
	float m;
	int i, n4;

	n4 = SPLIT(n);
	if(n4 == 0)
		return maxc(x, n);
	m = maxsse(x, n4);
	if(isNaN(m))
		return m;	/* x[0]: maxsse passes over every other NaN */
	for(i = n4; i < n; i++)	/* as maxc goes on: a NaN never larger */
		if(x[i] > m && !isNaN(x[i]))
			m = x[i];
	return m;
}

/* x[i] = e^(x[i] - max) and their sum, in order; fours with an x[i] - max ≥ 88 or NaN go to C */
float
expsum(float *x, int n, float max)
{
	float ms[2];
	int i, n4;

	ms[0] = max;
	ms[1] = 0;
	n4 = SPLIT(n);
	for(i = 0; i < n4; ){
		i += expsumsse(x + i, n4 - i, ms, expk, exp2tab);
		if(i < n4){
			ms[1] = expsumc(x + i, 4, max, ms[1]);
			i += 4;
		}
	}
	return expsumc(x + n4, n - n4, max, ms[1]);
}

/*
 * the first of the largest, as argmaxc: its bits found, unless it is
 * ±0, whose bits differ; the tail past n4 takes over only when strictly
 * larger
 */
int
argmax(float *p, int n)
{
	float m;
	int i, best, n4;

	n4 = SPLIT(n);
	if(n4 == 0)
		return argmaxc(p, n);
	m = maxsse(p, n4);
	if(isNaN(m))
		return 0;	/* only a NaN p[0] makes it one, and it wins */
	if(m == 0)
		return argmaxc(p, n);
	best = firstsse(p, n4, &m);
	for(i = n4; i < n; i++)
		if(p[i] > m && !isNaN(p[i])){
			m = p[i];
			best = i;
		}
	return best;
}

/* the memory read bandwidth probe: n a multiple of 16 */
float
readmem(float *p, vlong n)
{
	return readsse(p, n);
}
