/*
 * GGUF, versions 2 and 3: "GGUF", version, tensor and key-value counts,
 * the key-values (every value type, arrays included), the tensor infos
 * (name, dimensions ne0 first, type, offset), then the tensor data at
 * general.alignment. Every length, count and offset is checked against
 * the file before anything is allocated for it.
 */
#include <u.h>
#include <libc.h>
#include "dat.h"
#include "fns.h"

enum {
	Bufsize		= 64*1024,
	Maxkv		= 1<<20,
	Maxtensors	= 1<<16,
	Maxstring	= 1<<24,
};

typedef struct Rd Rd;
struct Rd {
	int	fd;
	vlong	off;		/* of buf[0] in the file */
	vlong	size;		/* of the file */
	uchar	buf[Bufsize];
	long	n;		/* bytes in buf */
	long	p;		/* next byte */
};

/* make k bytes readable at r->buf+r->p */
static int
need(Rd *r, long k)
{
	long m;

	if(r->p + k <= r->n)
		return 0;
	if(r->off + r->p + k > r->size || k > Bufsize){
		werrstr("truncated at byte %lld", r->off + r->p);
		return -1;
	}
	memmove(r->buf, r->buf + r->p, r->n - r->p);
	r->off += r->p;
	r->n -= r->p;
	r->p = 0;
	m = readn(r->fd, r->buf + r->n, Bufsize - r->n);
	if(m < 0)
		return -1;
	r->n += m;
	if(r->n < k){
		werrstr("truncated at byte %lld", r->off);
		return -1;
	}
	return 0;
}

static vlong
left(Rd *r)
{
	return r->size - (r->off + r->p);
}

static int
get(Rd *r, void *v, long k)
{
	if(need(r, k) < 0)
		return -1;
	memmove(v, r->buf + r->p, k);
	r->p += k;
	return 0;
}

static int
u32(Rd *r, u32int *v)
{
	uchar b[4];

	if(get(r, b, 4) < 0)
		return -1;
	*v = get32(b);
	return 0;
}

static int
u64(Rd *r, uvlong *v)
{
	uchar b[8];

	if(get(r, b, 8) < 0)
		return -1;
	*v = get32(b) | (uvlong)get32(b+4) << 32;
	return 0;
}

/* a string: u64 length, bytes; NUL-terminated copy */
static char*
str(Rd *r)
{
	uvlong n;
	char *s;
	long k, m;

	if(u64(r, &n) < 0)
		return nil;
	if(n > Maxstring || (vlong)n > left(r)){
		werrstr("string of %llud bytes at byte %lld", n, r->off + r->p);
		return nil;
	}
	s = emalloc(n + 1);
	if(s == nil)
		return nil;
	for(k = 0; k < (long)n; k += m){
		m = n - k > Bufsize ? Bufsize : n - k;
		if(get(r, s + k, m) < 0){
			free(s);
			return nil;
		}
	}
	s[n] = 0;
	return s;
}

static int typesize[Gmaxtype] = {
	[Gu8] 1, [Gi8] 1, [Gu16] 2, [Gi16] 2, [Gu32] 4, [Gi32] 4, [Gf32] 4,
	[Gbool] 1, [Gu64] 8, [Gi64] 8, [Gf64] 8,
};

/* a scalar of type t into kv */
static int
scalar(Rd *r, int t, Gkv *kv)
{
	uchar b[8];
	union { u32int u; float f; } f4;
	union { uvlong u; double f; } f8;
	int k;

	k = typesize[t];
	if(get(r, b, k) < 0)
		return -1;
	switch(t){
	case Gu8: case Gbool: kv->u = b[0]; break;
	case Gi8: kv->u = (vlong)(schar)b[0]; break;
	case Gu16: kv->u = b[0] | b[1]<<8; break;
	case Gi16: kv->u = (vlong)(short)(b[0] | b[1]<<8); break;
	case Gu32: kv->u = get32(b); break;
	case Gi32: kv->u = (vlong)(int)get32(b); break;
	case Gu64: case Gi64: kv->u = get32(b) | (uvlong)get32(b+4) << 32; break;
	case Gf32: f4.u = get32(b); kv->f = f4.f; break;
	case Gf64: f8.u = get32(b) | (uvlong)get32(b+4) << 32; kv->f = f8.f; break;
	}
	if(t != Gf32 && t != Gf64)
		kv->f = kv->u;
	return 0;
}

static int
value(Rd *r, Gkv *kv)
{
	u32int at;
	uvlong i;
	char **ss;
	long k;

	if(kv->type == Gstring)
		return (kv->s = str(r)) == nil ? -1 : 0;
	if(kv->type != Garray){
		if(kv->type < 0 || kv->type >= Gmaxtype){
			werrstr("key %s: unknown value type %d", kv->key, kv->type);
			return -1;
		}
		return scalar(r, kv->type, kv);
	}
	if(u32(r, &at) < 0 || u64(r, &kv->n) < 0)
		return -1;
	kv->atype = at;
	if(at == Gstring){
		/* every string takes at least its 8-byte length */
		if(kv->n > (uvlong)left(r) / 8){
			werrstr("key %s: array of %llud strings in %lld bytes", kv->key, kv->n, left(r));
			return -1;
		}
		ss = emalloc(kv->n * sizeof(char*));
		if(ss == nil)
			return -1;
		kv->arr = ss;
		for(i = 0; i < kv->n; i++)
			if((ss[i] = str(r)) == nil)
				return -1;
		return 0;
	}
	if(at >= Gmaxtype || at == Garray || typesize[at] == 0){
		werrstr("key %s: array of type %ud", kv->key, at);
		return -1;
	}
	if(kv->n > (uvlong)left(r) / typesize[at]){
		werrstr("key %s: array of %llud values in %lld bytes", kv->key, kv->n, left(r));
		return -1;
	}
	kv->arr = emalloc(kv->n * typesize[at]);
	if(kv->arr == nil)
		return -1;
	for(i = 0; i < kv->n * typesize[at]; i += k){
		k = kv->n * typesize[at] - i > Bufsize ? Bufsize : kv->n * typesize[at] - i;
		if(get(r, (uchar*)kv->arr + i, k) < 0)
			return -1;
	}
	return 0;
}

/* bytes of n values of ggml type t, which must fill whole blocks */
int
tensorsize(int t, uvlong n, vlong *bytes)
{
	int block, size;

	switch(t){
	case Tf32: block = 1; size = 4; break;
	case Tf16: case Tbf16: block = 1; size = 2; break;
	case Tq8_0: block = 32; size = 34; break;
	case Tq4_0: block = 32; size = 18; break;
	case Tq4_1: block = 32; size = 20; break;
	case Tq5_0: block = 32; size = 22; break;
	case Tq4_K: block = 256; size = 144; break;
	case Tq5_K: block = 256; size = 176; break;
	case Tq6_K: block = 256; size = 210; break;
	default:
		werrstr("tensor type %d not supported", t);
		return -1;
	}
	if(n % block != 0){
		werrstr("%llud values are not whole blocks of %d", n, block);
		return -1;
	}
	*bytes = n / block * size;
	return 0;
}

Gkv*
ggufkey(Gguf *g, char *key)
{
	uvlong i;

	for(i = 0; i < g->nkv; i++)
		if(g->kv[i].key != nil && strcmp(g->kv[i].key, key) == 0)
			return &g->kv[i];
	return nil;
}

void
gguffree(Gguf *g)
{
	uvlong i, j;

	if(g == nil)
		return;
	for(i = 0; g->kv != nil && i < g->nkv; i++){
		free(g->kv[i].key);
		free(g->kv[i].s);
		if(g->kv[i].type == Garray && g->kv[i].atype == Gstring && g->kv[i].arr != nil)
			for(j = 0; j < g->kv[i].n; j++)
				free(((char**)g->kv[i].arr)[j]);
		free(g->kv[i].arr);
	}
	for(i = 0; g->t != nil && i < g->ntensors; i++)
		free(g->t[i].name);
	free(g->kv);
	free(g->t);
	free(g);
}

static int
tensorinfo(Rd *r, Gguf *g, Gtensor *t)
{
	u32int nd, type;
	uvlong n;
	int i;

	if((t->name = str(r)) == nil || u32(r, &nd) < 0)
		return -1;
	if(nd < 1 || nd > 4){
		werrstr("tensor %s: %ud dimensions", t->name, nd);
		return -1;
	}
	t->ndim = nd;
	n = 1;
	for(i = 0; i < (int)nd; i++){
		if(u64(r, &t->ne[i]) < 0)
			return -1;
		if(t->ne[i] == 0 || t->ne[i] > (uvlong)g->filesize || n > (uvlong)g->filesize / t->ne[i] * 8){
			werrstr("tensor %s: dimension %llud", t->name, t->ne[i]);
			return -1;
		}
		n *= t->ne[i];
	}
	if(u32(r, &type) < 0 || u64(r, &t->off) < 0)
		return -1;
	t->type = type;
	if(tensorsize(t->type, n, &t->nbytes) < 0){
		werrstr("tensor %s: %r", t->name);
		return -1;
	}
	return 0;
}

/* the header and directory of the GGUF file open on fd, of size bytes */
/* each tensor's data after the one before's, as llama.cpp writes them: none shares a byte */
static int
disjoint(Gguf *g)
{
	Gtensor *t, *prev;
	uvlong i;

	for(i = 1; i < g->ntensors; i++){
		prev = &g->t[i-1];
		t = &g->t[i];
		if(t->off < prev->off + prev->nbytes){
			werrstr("tensor %s: data at %llud overlaps %s's or comes before it", t->name, t->off, prev->name);
			return -1;
		}
	}
	return 0;
}

Gguf*
ggufparse(int fd, vlong size)
{
	Gguf *g;
	Rd *r;
	uchar magic[4];
	u32int v, t;
	uvlong i, ntensors, nkv;
	Gkv *kv;

	r = emalloc(sizeof *r);
	g = emalloc(sizeof *g);
	if(r == nil || g == nil)
		goto err;
	r->fd = fd;
	r->size = size;
	g->filesize = size;
	if(seek(fd, 0, 0) != 0 || get(r, magic, 4) < 0 || memcmp(magic, "GGUF", 4) != 0){
		werrstr("bad magic");
		goto err;
	}
	if(u32(r, &v) < 0)
		goto err;
	if(v != 2 && v != 3){
		werrstr("unsupported GGUF version %ud", v);
		goto err;
	}
	g->version = v;
	if(u64(r, &ntensors) < 0 || u64(r, &nkv) < 0)
		goto err;
	if(ntensors > Maxtensors || nkv > Maxkv || nkv > (uvlong)left(r) / 12 || ntensors > (uvlong)left(r) / 24){
		werrstr("%llud tensors and %llud keys cannot fit %lld bytes", ntensors, nkv, size);
		goto err;
	}
	g->kv = emalloc((nkv+1) * sizeof(Gkv));
	g->t = emalloc((ntensors+1) * sizeof(Gtensor));
	if(g->kv == nil || g->t == nil)
		goto err;
	for(i = 0; i < nkv; i++){
		g->nkv = i+1;
		kv = &g->kv[i];
		if((kv->key = str(r)) == nil || u32(r, &t) < 0)
			goto err;
		kv->type = t;
		if(value(r, kv) < 0)
			goto err;
	}
	for(i = 0; i < ntensors; i++){
		g->ntensors = i+1;
		if(tensorinfo(r, g, &g->t[i]) < 0)
			goto err;
	}
	g->align = 32;
	if((kv = ggufkey(g, "general.alignment")) != nil){
		if(kv->type != Gu32 || kv->u == 0 || (kv->u & (kv->u - 1)) != 0 || kv->u > 65536){
			werrstr("bad general.alignment");
			goto err;
		}
		g->align = kv->u;
	}
	g->dataoff = (r->off + r->p + g->align - 1) / g->align * g->align;
	for(i = 0; i < g->ntensors; i++)
		if(g->t[i].off % g->align != 0 || g->t[i].off > (uvlong)size
		|| g->dataoff + (vlong)g->t[i].off + g->t[i].nbytes > size){
			werrstr("tensor %s: data at %llud past the end of the file", g->t[i].name, g->t[i].off);
			goto err;
		}
	if(disjoint(g) < 0)
		goto err;
	free(r);
	return g;
err:
	free(r);
	gguffree(g);
	return nil;
}

/* IEEE half and bfloat16 to float, exactly */
float
half(u16int h)
{
	union { u32int u; float f; } v;
	u32int sign, exp, man;

	sign = (u32int)(h >> 15) << 31;
	exp = h >> 10 & 0x1f;
	man = h & 0x3ff;
	if(exp == 0x1f)
		v.u = sign | 0x7f800000 | man << 13;
	else if(exp != 0)
		v.u = sign | (exp + 112) << 23 | man << 13;
	else if(man == 0)
		v.u = sign;
	else{
		exp = 113;
		while(!(man & 0x400)){
			man <<= 1;
			exp--;
		}
		v.u = sign | exp << 23 | (man & 0x3ff) << 13;
	}
	return v.f;
}

float
bf16(u16int h)
{
	union { u32int u; float f; } v;

	v.u = (u32int)h << 16;
	return v.f;
}

/* sub-block j's 6-bit scale and minimum, packed in the 12 bytes q of a Q4_K block */
static void
scalemin(int j, uchar *q, int *sc, int *m)
{
	if(j < 4){
		*sc = q[j] & 63;
		*m = q[j+4] & 63;
	}else{
		*sc = (q[j+4] & 0xf) | (q[j-4] >> 6) << 4;
		*m = (q[j+4] >> 4) | (q[j] >> 6) << 4;
	}
}

/* Q4_K: d, dmin (f16), 12 bytes of scales and minimums, 128 bytes of nibbles, for 256 values */
static void
q4k(uchar *p, float *f)
{
	float d, dmin, d1, m1, d2, m2;
	uchar *q;
	int j, l, sc, m;

	d = half(p[0] | p[1]<<8);
	dmin = half(p[2] | p[3]<<8);
	q = p + 16;
	for(j = 0; j < 8; j += 2, q += 32){
		scalemin(j, p+4, &sc, &m);
		d1 = d * sc;
		m1 = dmin * m;
		scalemin(j+1, p+4, &sc, &m);
		d2 = d * sc;
		m2 = dmin * m;
		for(l = 0; l < 32; l++)
			*f++ = d1 * (q[l] & 0xf) - m1;
		for(l = 0; l < 32; l++)
			*f++ = d2 * (q[l] >> 4) - m2;
	}
}

/* Q5_K: d, dmin, scales as Q4_K's, 32 bytes of fifth bits (bit j for sub-block j), 128 of nibbles */
static void
q5k(uchar *p, float *f)
{
	float d, dmin, d1, m1;
	uchar *q, *qh;
	int j, l, sc, m, v;

	d = half(p[0] | p[1]<<8);
	dmin = half(p[2] | p[3]<<8);
	qh = p + 16;
	for(j = 0; j < 8; j++){
		q = p + 48 + 32*(j/2);
		scalemin(j, p+4, &sc, &m);
		d1 = d * sc;
		m1 = dmin * m;
		for(l = 0; l < 32; l++){
			v = ((int)q[l] >> 4*(j&1) & 0xf) | ((int)qh[l] >> j & 1) << 4;
			*f++ = d1 * v - m1;
		}
	}
}

/* Q6_K: 128 bytes of low nibbles, 64 of high bit pairs, 16 signed scales, d (f16), for 256 values */
static void
q6k(uchar *p, float *f)
{
	uchar *ql, *qh;
	schar *sc;
	float d;
	int n, l, is, q1, q2, q3, q4;

	ql = p;
	qh = p + 128;
	sc = (schar*)(p + 192);
	d = half(p[208] | p[209]<<8);
	for(n = 0; n < 256; n += 128){
		for(l = 0; l < 32; l++){
			is = l/16;
			q1 = ((ql[l] & 0xf) | (qh[l] >> 0 & 3) << 4) - 32;
			q2 = ((ql[l+32] & 0xf) | (qh[l] >> 2 & 3) << 4) - 32;
			q3 = ((ql[l] >> 4) | (qh[l] >> 4 & 3) << 4) - 32;
			q4 = ((ql[l+32] >> 4) | (qh[l] >> 6 & 3) << 4) - 32;
			f[l] = d * sc[is] * q1;
			f[l+32] = d * sc[is+2] * q2;
			f[l+64] = d * sc[is+4] * q3;
			f[l+96] = d * sc[is+6] * q4;
		}
		f += 128;
		ql += 64;
		qh += 32;
		sc += 8;
	}
}

/* n values of type t at p into f, as the GGUF specification defines each block */
int
dequant(int t, uchar *p, float *f, vlong n)
{
	vlong i, j;
	float d, m;
	u32int qh;

	switch(t){
	case Tf32:
		memmove(f, p, n*4);
		return 0;
	case Tf16:
		for(i = 0; i < n; i++)
			f[i] = half(p[2*i] | p[2*i+1]<<8);
		return 0;
	case Tbf16:
		for(i = 0; i < n; i++)
			f[i] = bf16(p[2*i] | p[2*i+1]<<8);
		return 0;
	case Tq8_0:	/* d: f16, then 32 int8 */
		for(i = 0; i < n; i += 32, p += 34){
			d = half(p[0] | p[1]<<8);
			for(j = 0; j < 32; j++)
				f[i+j] = (schar)p[2+j] * d;
		}
		return 0;
	case Tq4_0:	/* d: f16, 16 bytes: value j in the low nibble of byte j, j+16 in the high one; minus 8 */
		for(i = 0; i < n; i += 32, p += 18){
			d = half(p[0] | p[1]<<8);
			for(j = 0; j < 16; j++){
				f[i+j] = ((int)(p[2+j] & 0xf) - 8) * d;
				f[i+j+16] = ((int)(p[2+j] >> 4) - 8) * d;
			}
		}
		return 0;
	case Tq4_1:	/* d, m: f16, then nibbles as Q4_0, unsigned, times d plus m */
		for(i = 0; i < n; i += 32, p += 20){
			d = half(p[0] | p[1]<<8);
			m = half(p[2] | p[3]<<8);
			for(j = 0; j < 16; j++){
				f[i+j] = (p[4+j] & 0xf) * d + m;
				f[i+j+16] = (p[4+j] >> 4) * d + m;
			}
		}
		return 0;
	case Tq5_0:	/* d: f16, 32 fifth bits (u32), nibbles as Q4_0; minus 16 */
		for(i = 0; i < n; i += 32, p += 22){
			d = half(p[0] | p[1]<<8);
			qh = get32(p+2);
			for(j = 0; j < 16; j++){
				f[i+j] = ((int)((p[6+j] & 0xf) | (qh >> j & 1) << 4) - 16) * d;
				f[i+j+16] = ((int)((p[6+j] >> 4) | (qh >> (j+16) & 1) << 4) - 16) * d;
			}
		}
		return 0;
	case Tq4_K:
		for(i = 0; i < n; i += 256, p += 144)
			q4k(p, f + i);
		return 0;
	case Tq5_K:
		for(i = 0; i < n; i += 256, p += 176)
			q5k(p, f + i);
		return 0;
	case Tq6_K:
		for(i = 0; i < n; i += 256, p += 210)
			q6k(p, f + i);
		return 0;
	}
	werrstr("tensor type %d not supported", t);
	return -1;
}
