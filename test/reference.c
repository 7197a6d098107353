#include <u.h>
#include <libc.h>
#include "ref.h"

/* ---- file reading: every tensor by its offset in the llama2.c layout ---- */

static void refstate(Ref*);

static int
rd32(int fd, vlong off)
{
	uchar b[4];

	if(pread(fd, b, 4, off) != 4)
		return 0;
	return b[0] | b[1]<<8 | b[2]<<16 | b[3]<<24;
}

static float*
rdfloats(int fd, vlong off, vlong n)
{
	float *f;

	f = malloc(n * sizeof(float));
	if(f == nil)
		return nil;
	if(pread(fd, f, n*4, off) != n*4){
		free(f);
		return nil;
	}
	return f;
}

Ref*
refload(char *path)
{
	Ref *r;
	int fd;
	vlong off, hs, kv, L, d;

	fd = open(path, OREAD);
	if(fd < 0)
		return nil;
	r = mallocz(sizeof *r, 1);
	r->dim = rd32(fd, 0);
	r->hidden = rd32(fd, 4);
	r->layers = rd32(fd, 8);
	r->heads = rd32(fd, 12);
	r->kvheads = rd32(fd, 16);
	r->vocab = rd32(fd, 20);
	r->seqlen = rd32(fd, 24);
	r->shared = r->vocab > 0;
	if(r->vocab < 0)
		r->vocab = -r->vocab;
	d = r->dim;
	L = r->layers;
	hs = d / r->heads;
	kv = hs * r->kvheads;
	off = 28;
	r->emb = rdfloats(fd, off, r->vocab*d);		off += 4*r->vocab*d;
	r->rmsatt = rdfloats(fd, off, L*d);		off += 4*L*d;
	r->wq = rdfloats(fd, off, L*d*d);		off += 4*L*d*d;
	r->wk = rdfloats(fd, off, L*kv*d);		off += 4*L*kv*d;
	r->wv = rdfloats(fd, off, L*kv*d);		off += 4*L*kv*d;
	r->wo = rdfloats(fd, off, L*d*d);		off += 4*L*d*d;
	r->rmsffn = rdfloats(fd, off, L*d);		off += 4*L*d;
	r->w1 = rdfloats(fd, off, L*r->hidden*d);	off += 4*L*r->hidden*d;
	r->w2 = rdfloats(fd, off, L*r->hidden*d);	off += 4*L*r->hidden*d;
	r->w3 = rdfloats(fd, off, L*r->hidden*d);	off += 4*L*r->hidden*d;
	r->rmsfinal = rdfloats(fd, off, d);		off += 4*d;
	off += 4*r->seqlen*hs;	/* the old RoPE tables */
	r->wcls = r->shared ? r->emb : rdfloats(fd, off, r->vocab*d);
	close(fd);
	refstate(r);
	r->theta = 10000;
	return r;
}

/* n values of each of k layers: each layer's int8 values, then its scales */
static void
rdq(int fd, vlong *off, Refq *t, int k, vlong n, int gs)
{
	int l;

	t->q = malloc(k*n);
	t->s = malloc(k*(n/gs)*sizeof(float));
	for(l = 0; l < k; l++){
		pread(fd, t->q + l*n, n, *off);
		*off += n;
		pread(fd, t->s + l*(n/gs), 4*(n/gs), *off);
		*off += 4*(n/gs);
	}
}

static void
refstate(Ref *r)
{
	vlong d = r->dim, kv = d / r->heads * r->kvheads, L = r->layers;

	r->x = mallocz(d*4, 1);
	r->xb = mallocz(d*4, 1);
	r->xb2 = mallocz(d*4, 1);
	r->hb = mallocz(r->hidden*4, 1);
	r->hb2 = mallocz(r->hidden*4, 1);
	r->q = mallocz(d*4, 1);
	r->k = mallocz(kv*4, 1);
	r->v = mallocz(kv*4, 1);
	r->att = mallocz(r->seqlen*4, 1);
	r->logits = mallocz(r->vocab*4, 1);
	r->kc = mallocz(L*r->seqlen*kv*4, 1);
	r->vc = mallocz(L*r->seqlen*kv*4, 1);
	r->xq = mallocz(d + r->hidden, 1);
	r->xs = mallocz((d + r->hidden)*4, 1);
}

/* an ak42 version 2 file: fp32 norms, then Q8_0 matrices */
Ref*
refloadq(char *path)
{
	Ref *r;
	int fd;
	uchar b[4];
	vlong off, hs, kv, L, d;

	fd = open(path, OREAD);
	if(fd < 0)
		return nil;
	r = mallocz(sizeof *r, 1);
	r->dim = rd32(fd, 8);
	r->hidden = rd32(fd, 12);
	r->layers = rd32(fd, 16);
	r->heads = rd32(fd, 20);
	r->kvheads = rd32(fd, 24);
	r->vocab = rd32(fd, 28);
	r->seqlen = rd32(fd, 32);
	pread(fd, b, 1, 36);
	r->shared = b[0];
	pread(fd, b, 4, 37);
	r->gs = b[0] | b[1]<<8 | b[2]<<16 | b[3]<<24;
	d = r->dim;
	L = r->layers;
	hs = d / r->heads;
	kv = hs * r->kvheads;
	off = 256;
	r->rmsatt = rdfloats(fd, off, L*d);	off += 4*L*d;
	r->rmsffn = rdfloats(fd, off, L*d);	off += 4*L*d;
	r->rmsfinal = rdfloats(fd, off, d);	off += 4*d;
	rdq(fd, &off, &r->qemb, 1, r->vocab*d, r->gs);
	rdq(fd, &off, &r->qwq, L, d*d, r->gs);
	rdq(fd, &off, &r->qwk, L, kv*d, r->gs);
	rdq(fd, &off, &r->qwv, L, kv*d, r->gs);
	rdq(fd, &off, &r->qwo, L, d*d, r->gs);
	rdq(fd, &off, &r->qw1, L, r->hidden*d, r->gs);
	rdq(fd, &off, &r->qw2, L, r->hidden*d, r->gs);
	rdq(fd, &off, &r->qw3, L, r->hidden*d, r->gs);
	if(r->shared)
		r->qcls = r->qemb;
	else
		rdq(fd, &off, &r->qcls, 1, r->vocab*d, r->gs);
	close(fd);
	refstate(r);
	r->theta = 10000;
	return r;
}

void
reffree(Ref *r)
{
	if(r == nil)
		return;
	if(!r->shared)
		free(r->wcls);
	free(r->emb); free(r->rmsatt); free(r->wq); free(r->wk); free(r->wv);
	free(r->wo); free(r->rmsffn); free(r->w1); free(r->w2); free(r->w3);
	free(r->rmsfinal); free(r->x); free(r->xb); free(r->xb2); free(r->hb);
	free(r->hb2); free(r->q); free(r->k); free(r->v); free(r->att);
	free(r->logits); free(r->kc); free(r->vc); free(r->xq); free(r->xs);
	if(r->gs){
		free(r->qemb.q); free(r->qemb.s);
		if(!r->shared){
			free(r->qcls.q);
			free(r->qcls.s);
		}
		free(r->qwq.q); free(r->qwq.s); free(r->qwk.q); free(r->qwk.s);
		free(r->qwv.q); free(r->qwv.s); free(r->qwo.q); free(r->qwo.s);
		free(r->qw1.q); free(r->qw1.s); free(r->qw2.q); free(r->qw2.s);
		free(r->qw3.q); free(r->qw3.s);
	}
	free(r);
}

/* ---- kernels ---- */

void
refmatmul(float *out, float *x, float *w, int n, int d)
{
	int i, j;

	for(i = 0; i < d; i++){
		float acc = 0;
		for(j = 0; j < n; j++)
			acc = acc + w[i*n + j]*x[j];
		out[i] = acc;
	}
}

void
refrmsnorm(float *out, float *x, float *w, int n)
{
	float ss = 0;
	int i;

	for(i = 0; i < n; i++)
		ss = ss + x[i]*x[i];
	ss = ss / n + 1e-5f;
	ss = 1.0f / (float)sqrt(ss);
	for(i = 0; i < n; i++)
		out[i] = w[i] * (ss * x[i]);
}

void
refsoftmax(float *x, int n)
{
	float mx = x[0], sum = 0;
	int i;

	for(i = 0; i < n; i++)
		if(x[i] > mx)
			mx = x[i];
	for(i = 0; i < n; i++){
		x[i] = fexp(x[i] - mx);
		sum = sum + x[i];
	}
	for(i = 0; i < n; i++)
		x[i] = x[i] / sum;
}

/* ---- Q8_0 ---- */

static int
roundhalfaway(float v)
{
	if(v < 0)
		return -(int)floor(-v + 0.5);
	return (int)floor(v + 0.5);
}

void
refquantize(schar *q, float *s, float *x, int n, int gs)
{
	int g, i;

	for(g = 0; g < n/gs; g++){
		float big = 0;
		for(i = 0; i < gs; i++)
			if(fabs(x[g*gs + i]) > big)
				big = fabs(x[g*gs + i]);
		s[g] = big / 127.0f;
		for(i = 0; i < gs; i++)
			q[g*gs + i] = s[g] == 0 ? 0 : roundhalfaway(x[g*gs + i] / s[g]);
	}
}

void
refqmatmul(float *out, schar *xq, float *xs, schar *wq, float *ws, int n, int d, int gs)
{
	int i, g, k;

	for(i = 0; i < d; i++){
		float acc = 0;
		for(g = 0; g < n/gs; g++){
			int dot = 0;
			for(k = 0; k < gs; k++)
				dot += (int)xq[g*gs + k] * (int)wq[i*n + g*gs + k];
			acc = acc + (float)dot * ws[(i*n)/gs + g] * xs[g];
		}
		out[i] = acc;
	}
}

/* out = W·x for layer l's matrix, fp32 or Q8_0 */
static void
refmm(Ref *r, float *out, float *x, float *w, Refq *qw, int l, int n, int d)
{
	if(r->gs == 0){
		refmatmul(out, x, w + l*n*d, n, d);
		return;
	}
	refquantize(r->xq, r->xs, x, n, r->gs);
	refqmatmul(out, r->xq, r->xs, qw->q + l*n*d, qw->s + l*n*d/r->gs, n, d, r->gs);
}

/* ---- the transformer ---- */

/* the frequency of a pair; Llama 3.1 scales long wavelengths down and blends the middle ones */
static float
reffreq1(Ref *r, int j, int hs)
{
	float f = 1.0f / (float)pow(r->theta, (float)j / (float)hs);
	double wl, lo, hi, t;

	if(r->factor <= 0)
		return f;
	wl = 2*PI / f;
	lo = r->orig / r->low;
	hi = r->orig / r->high;
	if(wl > lo)
		return f / r->factor;
	if(wl >= hi){
		t = (r->orig / wl - r->low) / (r->high - r->low);
		return t * f + (1 - t) * f / r->factor;
	}
	return f;
}

/* and divided by the file's divisor of the pair, if it has them */
static float
reffreq(Ref *r, int j, int hs)
{
	float f = reffreq1(r, j, hs);

	return r->div ? f / r->div[j/2] : f;
}

static void
refrope(Ref *r, int pos)
{
	int hs = r->dim / r->heads, kvdim = hs * r->kvheads, i;

	for(i = 0; i < r->dim; i += 2){
		float theta = reffreq(r, i % hs, hs);
		float angle = (float)pos * theta;
		float c = fcos(angle), s = fsin(angle);
		float a = r->q[i], b = r->q[i+1];
		r->q[i] = a*c - b*s;
		r->q[i+1] = a*s + b*c;
		if(i < kvdim){
			a = r->k[i];
			b = r->k[i+1];
			r->k[i] = a*c - b*s;
			r->k[i+1] = a*s + b*c;
		}
	}
}

float*
refforward(Ref *r, int tok, int pos)
{
	int d = r->dim, hs = d / r->heads, kvdim = hs * r->kvheads;
	int group = r->heads / r->kvheads, l, h, t, i;

	for(i = 0; i < d; i++)
		r->x[i] = r->gs ? r->qemb.q[tok*d + i] * r->qemb.s[(tok*d + i) / r->gs] : r->emb[tok*d + i];
	for(l = 0; l < r->layers; l++){
		float *kc = r->kc + l*r->seqlen*kvdim, *vc = r->vc + l*r->seqlen*kvdim;

		refrmsnorm(r->xb, r->x, r->rmsatt + l*d, d);
		refmm(r, r->q, r->xb, r->wq, &r->qwq, l, d, d);
		refmm(r, r->k, r->xb, r->wk, &r->qwk, l, d, kvdim);
		refmm(r, r->v, r->xb, r->wv, &r->qwv, l, d, kvdim);
		refrope(r, pos);
		for(i = 0; i < kvdim; i++){
			kc[pos*kvdim + i] = r->k[i];
			vc[pos*kvdim + i] = r->v[i];
		}
		/* the positions attended: all, or the last window of them */
		int first = r->window > 0 && pos + 1 > r->window ? pos + 1 - r->window : 0;
		for(h = 0; h < r->heads; h++){
			int kvh = h / group;
			for(t = first; t <= pos; t++){
				float dot = 0;
				for(i = 0; i < hs; i++)
					dot = dot + r->q[h*hs + i] * kc[t*kvdim + kvh*hs + i];
				r->att[t - first] = dot / (float)sqrt(hs);
			}
			refsoftmax(r->att, pos + 1 - first);
			for(i = 0; i < hs; i++)
				r->xb[h*hs + i] = 0;
			for(t = first; t <= pos; t++)
				for(i = 0; i < hs; i++)
					r->xb[h*hs + i] = r->xb[h*hs + i] + r->att[t - first] * vc[t*kvdim + kvh*hs + i];
		}
		refmm(r, r->xb2, r->xb, r->wo, &r->qwo, l, d, d);
		for(i = 0; i < d; i++)
			r->x[i] = r->x[i] + r->xb2[i];
		refrmsnorm(r->xb, r->x, r->rmsffn + l*d, d);
		refmm(r, r->hb, r->xb, r->w1, &r->qw1, l, d, r->hidden);
		refmm(r, r->hb2, r->xb, r->w3, &r->qw3, l, d, r->hidden);
		for(i = 0; i < r->hidden; i++){
			float a = r->hb[i];
			float silu = a * (1.0f / (1.0f + fexp(-a)));
			r->hb[i] = silu * r->hb2[i];
		}
		refmm(r, r->xb, r->hb, r->w2, &r->qw2, l, r->hidden, d);
		for(i = 0; i < d; i++)
			r->x[i] = r->x[i] + r->xb[i];
	}
	refrmsnorm(r->x, r->x, r->rmsfinal, d);
	refmm(r, r->logits, r->x, r->wcls, &r->qcls, 0, d, r->vocab);
	return r->logits;
}

/* ---- random numbers and sampling (xorshift64*, nucleus by selection) ---- */

uint
refrandu32(uvlong *s)
{
	uvlong x = *s;

	x ^= x >> 12;
	x ^= x << 25;
	x ^= x >> 27;
	*s = x;
	return (uint)((x * 0x2545F4914F6CDD1DULL) >> 32);
}

float
refrandf32(uvlong *s)
{
	return (float)(refrandu32(s) >> 8) / 16777216.0f;
}

/* the nucleus by repeated selection of the largest remaining probability */
static int
reftopp(float *p, int n, float topp, float coin)
{
	int *order = malloc(n * sizeof(int)), *used = mallocz(n * sizeof(int), 1);
	float cutoff = (1.0f - topp) / (n - 1), cum = 0, r, cdf = 0;
	int m = 0, i, j, best, last, tok;

	for(;;){
		best = -1;
		for(j = 0; j < n; j++)
			if(!used[j] && p[j] >= cutoff && (best < 0 || p[j] > p[best]))
				best = j;
		if(best < 0)
			break;
		used[best] = 1;
		order[m++] = best;
	}
	last = m - 1;
	for(i = 0; i < m; i++){
		cum = cum + p[order[i]];
		if(cum > topp){
			last = i;
			break;
		}
	}
	r = coin * cum;
	tok = order[last];
	for(i = 0; i <= last; i++){
		cdf = cdf + p[order[i]];
		if(r < cdf){
			tok = order[i];
			break;
		}
	}
	free(order);
	free(used);
	return tok;
}

int
refsample(float *logits, int n, float temp, float topp, uvlong *rng)
{
	int i, best = 0;
	float coin, cdf = 0;

	if(temp == 0){
		for(i = 1; i < n; i++)
			if(logits[i] > logits[best])
				best = i;
		return best;
	}
	for(i = 0; i < n; i++)
		logits[i] = logits[i] / temp;
	refsoftmax(logits, n);
	coin = refrandf32(rng);
	if(topp > 0 && topp < 1)
		return reftopp(logits, n, topp, coin);
	for(i = 0; i < n; i++){
		cdf = cdf + logits[i];
		if(coin < cdf)
			return i;
	}
	return n - 1;
}

/* ---- tokenizer: linear search over the pieces ---- */

Reftok*
reftokload(char *path, int n)
{
	Reftok *t;
	int fd, i, len;
	uchar b[4];

	fd = open(path, OREAD);
	if(fd < 0)
		return nil;
	t = mallocz(sizeof *t, 1);
	t->n = n;
	t->piece = mallocz(n * sizeof(char*), 1);
	t->score = mallocz(n * sizeof(float), 1);
	readn(fd, b, 4);
	for(i = 0; i < n; i++){
		readn(fd, &t->score[i], 4);
		readn(fd, b, 4);
		len = b[0] | b[1]<<8 | b[2]<<16 | b[3]<<24;
		t->piece[i] = mallocz(len+1, 1);
		readn(fd, t->piece[i], len);
	}
	close(fd);
	return t;
}

void
reftokfree(Reftok *t)
{
	int i;

	for(i = 0; i < t->n; i++)
		free(t->piece[i]);
	free(t->piece);
	free(t->score);
	free(t);
}

static int
reffind(Reftok *t, char *s)
{
	int i;

	for(i = 0; i < t->n; i++)
		if(strcmp(t->piece[i], s) == 0)
			return i;
	return -1;
}

/* BOS, a dummy space, one token per code point (or per byte), then best-score merges */
int
refencode(Reftok *t, char *text, int *tok)
{
	char buf[1024];
	int n = 0, i, j, len, id, best, bestid;
	float bestscore;

	tok[n++] = 1;
	if(text[0] && (id = reffind(t, " ")) >= 0)
		tok[n++] = id;
	for(i = 0; text[i]; i += len){
		len = 1;
		while(len < 4 && ((uchar)text[i+len] & 0xC0) == 0x80)
			len++;
		memmove(buf, text+i, len);
		buf[len] = 0;
		id = reffind(t, buf);
		if(id >= 0)
			tok[n++] = id;
		else
			for(j = 0; j < len; j++)
				tok[n++] = (uchar)buf[j] + 3;
	}
	for(;;){
		best = -1;
		bestid = -1;
		bestscore = -1e10;
		for(i = 0; i+1 < n; i++){
			snprint(buf, sizeof buf, "%s%s", t->piece[tok[i]], t->piece[tok[i+1]]);
			id = reffind(t, buf);
			if(id >= 0 && t->score[id] > bestscore){
				bestscore = t->score[id];
				best = i;
				bestid = id;
			}
		}
		if(best < 0)
			break;
		tok[best] = bestid;
		memmove(tok+best+1, tok+best+2, (n-best-2)*sizeof(int));
		n--;
	}
	return n;
}

/* the tokens generate would print: prompt tokens after the first, then samples, to steps or BOS */
int
refgenerate(Ref *r, Reftok *t, char *prompt, int steps, float temp, float topp, uvlong seed, int *out)
{
	int *p = malloc((strlen(prompt)+3) * sizeof(int));
	int np = refencode(t, prompt, p), n = 0, pos, tok = p[0], next;

	for(pos = 0; pos < steps; pos++){
		float *logits = refforward(r, tok, pos);
		next = pos+1 < np ? p[pos+1] : refsample(logits, r->vocab, temp, topp, &seed);
		if(next == 1)
			break;
		out[n++] = next;
		tok = next;
	}
	free(p);
	return n;
}

/* ---- GGUF blocks, from the specification: each value on its own ---- */

float
refhalf(int h)
{
	int sign = h >> 15 & 1, e = h >> 10 & 31, m = h & 1023;
	union { float f; u32int u; } v;

	if(e == 31)
		return m ? NaN() : Inf(sign ? -1 : 1);
	if(e == 0)
		v.f = ldexp(m, -24);		/* subnormal: m · 2^-24 */
	else
		v.f = ldexp(m + 1024, e - 25);	/* (1 + m/1024) · 2^(e-15) */
	if(sign)
		v.u |= 0x80000000;	/* not -v.f: 6c's 0 - v loses -0's sign */
	return v.f;
}

/* value i of a tensor of type t whose data is p */
float
refdequant(int t, uchar *p, long i)
{
	uchar *b;
	int j, nib;
	union { u32int u; float f; } v;

	switch(t){
	case 0:
		v.u = p[4*i] | p[4*i+1]<<8 | p[4*i+2]<<16 | (u32int)p[4*i+3]<<24;
		return v.f;
	case 1:
		return refhalf(p[2*i] | p[2*i+1]<<8);
	case 30:
		v.u = (u32int)(p[2*i] | p[2*i+1]<<8) << 16;
		return v.f;
	case 8:		/* 2-byte half scale, 32 signed bytes */
		b = p + i/32*34;
		return (float)(schar)b[2 + i%32] * refhalf(b[0] | b[1]<<8);
	case 2:		/* half scale, 16 bytes of nibbles: low ones are values 0-15, high ones 16-31; offset 8 */
		b = p + i/32*18;
		j = i % 32;
		nib = j < 16 ? b[2+j] & 15 : b[2+j-16] >> 4;
		return (float)(nib - 8) * refhalf(b[0] | b[1]<<8);
	case 3:		/* half scale and minimum, nibbles as type 2 without the offset */
		b = p + i/32*20;
		j = i % 32;
		nib = j < 16 ? b[4+j] & 15 : b[4+j-16] >> 4;
		return (float)nib * refhalf(b[0] | b[1]<<8) + refhalf(b[2] | b[3]<<8);
	case 12:	/* 256 values: d, dmin, 12 bytes packing eight 6-bit scales and minimums, 128 bytes of nibbles */
		{
			int r = i % 256, sub, sc, mn, within;

			b = p + i/256*144;
			within = r % 64;
			sub = 2*(r/64) + (within >= 32);
			nib = b[16 + (r/64)*32 + within%32];
			nib = within < 32 ? nib & 15 : nib >> 4;
			if(sub < 4){
				sc = b[4+sub] & 63;
				mn = b[4+sub+4] & 63;
			}else{
				sc = (b[4+sub+4] & 15) | (b[4+sub-4] >> 6) << 4;
				mn = (b[4+sub+4] >> 4) | (b[4+sub] >> 6) << 4;
			}
			return (refhalf(b[0] | b[1]<<8) * (float)sc) * (float)nib - refhalf(b[2] | b[3]<<8) * (float)mn;
		}
	case 6:		/* half scale, 4 bytes of fifth bits (bit j of the little-endian word for value j), nibbles as type 2; offset 16 */
		b = p + i/32*22;
		j = i % 32;
		nib = j < 16 ? b[6+j] & 15 : b[6+j-16] >> 4;
		nib |= (b[2 + j/8] >> j%8 & 1) << 4;
		return (float)(nib - 16) * refhalf(b[0] | b[1]<<8);
	case 13:	/* 256 values: d, dmin, scales as type 12, 32 bytes of fifth bits (bit s of byte l for sub-block s), 128 of nibbles */
		{
			int r = i % 256, sub, sc, mn;

			b = p + i/256*176;
			sub = r / 32;
			nib = b[48 + (sub/2)*32 + r%32];
			nib = sub % 2 == 0 ? nib & 15 : nib >> 4;
			nib |= (b[16 + r%32] >> sub & 1) << 4;
			if(sub < 4){
				sc = b[4+sub] & 63;
				mn = b[4+sub+4] & 63;
			}else{
				sc = (b[4+sub+4] & 15) | (b[4+sub-4] >> 6) << 4;
				mn = (b[4+sub+4] >> 4) | (b[4+sub] >> 6) << 4;
			}
			return (refhalf(b[0] | b[1]<<8) * (float)sc) * (float)nib - refhalf(b[2] | b[3]<<8) * (float)mn;
		}
	case 14:	/* 256 values: 128 bytes of low nibbles, 64 of 2-bit highs, 16 int8 scales, half d */
		{
			int r = i % 256, h = r / 128, rr = r % 128, l = rr % 32, quarter = rr / 32, lo, hib, q;

			b = p + i/256*210;
			lo = b[h*64 + l + (quarter & 1 ? 32 : 0)];
			lo = quarter < 2 ? lo & 15 : lo >> 4;
			hib = b[128 + h*32 + l] >> 2*quarter & 3;
			q = (lo | hib << 4) - 32;
			return (refhalf(b[208] | b[209]<<8) * (float)(schar)b[192 + h*8 + l/16 + 2*quarter]) * (float)q;
		}
	}
	return NaN();
}
