/*
 * The llama transformer's forward pass, in llama2.c's operation order:
 * FP32 as run.c, or with Q8_0 weights and activations quantized before
 * each matmul as runq.c. exp, sin and cos are fmath.c's, which give
 * glibc's float results; pow is the double one rounded to float, which
 * equals glibc's powf for head sizes of 4 to 256.
 *
 * A prompt's positions, whose logits are not wanted, go through the
 * layers a batch at a time: each block of a weight matrix's rows serves
 * every position of the batch while it is in the cache, instead of
 * being read from memory once per position, and FP32 blocks serve four
 * positions per pass (matvec4). Every position's numbers are computed
 * as when it goes alone.
 */
#include <u.h>
#include <libc.h>
#include "dat.h"
#include "fns.h"

/* cos and sin of pos·θ_i for each pair of a head, θ_i as the architecture says */
static void
ropetable(float *t, Config *c, int hs, int pos)
{
	float freq, val;
	int i;

	for(i = 0; i < hs; i += 2){
		freq = ropefreq(c, i, hs);
		val = pos * freq;
		t[i] = fcos(val);
		t[i+1] = fsin(val);
	}
}

static void
rope(float *v, int n, int hs, float *t)
{
	float v0, v1, c, s;
	int i;

	for(i = 0; i < n; i += 2){
		c = t[i % hs];
		s = t[i % hs + 1];
		v0 = v[i];
		v1 = v[i+1];
		v[i] = v0*c - v1*s;
		v[i+1] = v0*s + v1*c;
	}
}

typedef struct Att Att;
struct Att {
	State	*s;		/* the batch's activations */
	State	*cs;		/* the sequence's cache */
	Config	*c;
	int	l;
	int	pos;
	int	t;		/* pos's place in the batch */
};

/* the key and value of pos (the batch b's t-th) into sequence cs's cache, each kv head's to its own rows */
static void
cache(State *b, State *cs, Config *c, int l, int pos, int t)
{
	int h, hs, kv;
	vlong off;

	hs = c->dim / c->nheads;
	kv = hs * c->nkvheads;
	for(h = 0; h < c->nkvheads; h++){
		off = (vlong)l*cs->seqlen*kv + ((vlong)h*cs->seqlen + pos)*hs;
		memmove(cs->kcache + off, b->k + t*kv + h*hs, hs*sizeof(float));
		memmove(cs->vcache + off, b->v + t*kv + h*hs, hs*sizeof(float));
	}
}

/* heads lo..hi-1: scores q·k over the head's cached keys (a matvec), softmax, Σ a·v over its values (wsum) */
static void
heads(void *v, int lo, int hi)
{
	Att *a;
	State *s;
	int h, t0, hs, kv, kvmul, n;
	float *q, *att, *xb, *kb, *vb;
	vlong loff;

	a = v;
	s = a->cs;
	hs = a->c->dim / a->c->nheads;
	kv = hs * a->c->nkvheads;
	kvmul = a->c->nheads / a->c->nkvheads;
	loff = (vlong)a->l * s->seqlen * kv;		/* the layer's cache */
	t0 = a->c->window > 0 && a->pos >= a->c->window ? a->pos - a->c->window + 1 : 0;
	n = a->pos + 1 - t0;		/* positions attended: the window's, or all */
	for(h = lo; h < hi; h++){
		q = a->s->q + a->t*a->c->dim + h*hs;
		att = s->att + (vlong)h*s->seqlen;
		kb = s->kcache + loff + ((vlong)(h/kvmul)*s->seqlen + t0)*hs;
		vb = s->vcache + loff + ((vlong)(h/kvmul)*s->seqlen + t0)*hs;
		matvec(att, q, kb, hs, n, hs);
		divv(att, sqrt(hs), n);
		softmax(att, n);
		xb = a->s->xb + a->t*a->c->dim + h*hs;
		wsum(xb, att, vb, hs, n, hs);
	}
}

static void
attention(State *s, State *cs, Config *c, int l, int pos, int t)
{
	Att a;

	a.s = s;
	a.cs = cs;
	a.c = c;
	a.l = l;
	a.pos = pos;
	a.t = t;
	if((vlong)c->dim * (pos+1) < 16384)
		heads(&a, 0, c->nheads);
	else
		parallel(heads, &a, c->nheads, 1);
}

/* hb = silu(hb)·hb2, the e^-v of 256 at a time by expsum (SSE2 on amd64), which gives fexp's bits */
static void
swiglu(float *hb, float *hb2, int n)
{
	float e[256], v;
	int i, j, m;

	for(j = 0; j < n; j += m){
		m = n - j < nelem(e) ? n - j : nelem(e);
		for(i = 0; i < m; i++)
			e[i] = -hb[j+i];
		expsum(e, m, 0);
		for(i = 0; i < m; i++){
			v = hb[j+i];
			v *= 1.0f / (1.0f + e[i]);
			hb[j+i] = v * hb2[j+i];
		}
	}
}

/* the elementwise work between matmuls, split over the procs when it is big enough to pay */
typedef struct Ew Ew;
struct Ew {
	Model	*m;
	State	*s;
	float	*x;
	int	glu;		/* x = swiglu(x, s->hb2) first */
	int	q;		/* x to Q8 in 32s for matrices in their own types */
};

/* elements lo..hi-1 (whole groups when quantized) */
static void
ewpart(void *v, int lo, int hi)
{
	Ew *e;
	int gs;

	e = v;
	if(e->glu)
		swiglu(e->x + lo, e->s->hb2 + lo, hi - lo);
	gs = e->m->gs;
	if(gs)
		quantize(e->s->xq + lo, e->s->xs + lo/gs, e->x + lo, hi - lo, gs);
	else if(e->q)
		gquantize(e->s->xq + lo, e->s->xs + lo/32, e->s->xsum + lo/32, e->x + lo, hi - lo);
}

/* x, ntok vectors of n, becomes the input of the matmuls that follow, quantized once if the weights are */
static void
input(Model *m, State *s, float *x, int n, int ntok, int glu)
{
	Ew e;
	int align;

	s->in = x;
	e.q = m->own && n % 32 == 0;
	n *= ntok;
	if(!glu && m->gs == 0 && !e.q)
		return;
	e.m = m;
	e.s = s;
	e.x = x;
	e.glu = glu;
	align = m->gs ? m->gs : e.q ? 32 : 8;
	/* swiglu's exps are worth splitting from 512 on; quantizing alone (0.6 µs for 768) only a batch's */
	if(n < (glu ? 512 : 4096) || n % align != 0)
		ewpart(&e, 0, n);
	else
		parallel(ewpart, &e, n, align);
}

/* up to three matmuls of one input (ntok vectors), done as one loop over all their rows */
typedef struct Mm Mm;
struct Mm {
	Model	*m;
	State	*s;
	int	n;
	int	ntok;
	int	blk;		/* rows that serve all ntok inputs in turn */
	int	k;
	float	*out[3];
	Mat	*w[3];
	int	d[3];
};

enum {
	Blkbytes	= 128*1024,	/* of weights: stays in L2 with the batch's inputs while the batch goes by */
};

/* matrix i's rows r..r+nr-1 times each input, FP32 and Q8_0 ones four at a time */
static void
rowblock(Mm *a, int i, int r, int nr)
{
	Mat *w;
	float *out;
	int n, d, t, gs;

	w = a->w[i];
	n = a->n;
	d = a->d[i];
	gs = a->m->gs;
	for(t = 0; t < a->ntok; t++){
		out = a->out[i] + (vlong)t*d + r;
		if(w->raw != nil && t + 4 <= a->ntok){
			gmatmul4(out, d, w, r, n, nr, a->s->xq + (vlong)t*n, a->s->xs + (vlong)t*n/32, a->s->xsum + (vlong)t*n/32, a->s->in + (vlong)t*n);
			t += 3;
		}else if(w->raw != nil)
			gmatmul(out, w, r, n, nr, a->s->xq + (vlong)t*n, a->s->xs + (vlong)t*n/32, a->s->xsum + (vlong)t*n/32, a->s->in + (vlong)t*n);
		else if(gs && t + 4 <= a->ntok){
			qmatmul4(out, d, a->s->xq + (vlong)t*n, a->s->xs + (vlong)t*n/gs, n, w->q + (vlong)r*n, w->s + (vlong)r*n/gs, n, nr, gs);
			t += 3;
		}else if(gs)
			qmatmul(out, a->s->xq + (vlong)t*n, a->s->xs + (vlong)t*n/gs, w->q + (vlong)r*n, w->s + (vlong)r*n/gs, n, nr, gs);
		else if(a->m->panels && t + 4 <= a->ntok){
			matvec4p(out, d, a->s->in + (vlong)t*n, n, w->f, n, d, r, nr);
			t += 3;
		}else if(a->m->panels)
			matvecp(out, a->s->in + (vlong)t*n, w->f, n, d, r, nr);
		else if(t + 4 <= a->ntok){
			matvec4(out, d, a->s->in + (vlong)t*n, n, w->f + (vlong)r*n, n, nr, n);
			t += 3;
		}else
			matvec(out, a->s->in + (vlong)t*n, w->f + (vlong)r*n, n, nr, n);
	}
}

/* rows lo..hi-1 of the concatenated outputs, a block of them for every input before the next */
static void
rows(void *v, int lo, int hi)
{
	Mm *a;
	int i, r0, r1, b;

	a = v;
	r0 = 0;
	for(i = 0; i < a->k; r0 += a->d[i], i++){
		r1 = r0 + a->d[i];
		if(hi <= r0 || lo >= r1)
			continue;
		lo = lo > r0 ? lo : r0;
		r1 = hi < r1 ? hi : r1;
		for(; lo < r1; lo += b){
			b = r1 - lo < a->blk ? r1 - lo : a->blk;
			rowblock(a, i, lo - r0, b);
		}
	}
}

static void
mm3(Model *m, State *s, int n, int ntok, int k, float **out, Mat **w, int *d)
{
	Mm a;
	int i, total, row;

	a.m = m;
	a.s = s;
	a.n = n;
	a.ntok = ntok;
	a.k = k;
	total = 0;
	for(i = 0; i < k; i++){
		a.out[i] = out[i];
		a.w[i] = w[i];
		a.d[i] = d[i];
		total += d[i];
	}
	a.blk = total;		/* one input: every row in one go */
	if(ntok > 1){
		row = m->gs ? n + n/m->gs*sizeof(float) : n*sizeof(float);
		if(w[0]->raw != nil)
			row = w[0]->rowbytes;
		a.blk = Blkbytes / row / Panel * Panel;
		if(a.blk < Panel)
			a.blk = Panel;
	}
	if((vlong)n * total * ntok < 65536)
		rows(&a, 0, total);
	else
		parallel(rows, &a, total, Panel);
}

static void
mm(Model *m, State *s, float *out, Mat *w, int n, int d, int ntok)
{
	mm3(m, s, n, ntok, 1, &out, &w, &d);
}

static void
embed(Model *m, float *x, int tok)
{
	Mat *e;
	uchar *p;
	vlong off, step;
	int i, dim;

	e = &m->w.emb;
	dim = m->c.dim;
	off = (vlong)tok * dim;
	if(e->raw != nil && tok < e->eights){
		p = growat(e, tok, &step);
		for(i = 0; i < dim; i += 32)
			dequant(e->type, p + i/32*step, x + i, 32);
		return;
	}
	if(e->raw != nil){
		dequant(e->type, e->raw + tok*e->rowbytes, x, dim);
		return;
	}
	if(m->gs == 0 && m->panels){
		matrow(x, e->f, dim, m->c.vocab, tok);
		return;
	}
	if(m->gs == 0){
		memcpy(x, e->f + off, dim*sizeof(float));
		return;
	}
	for(i = 0; i < dim; i++)
		x[i] = e->q[off+i] * e->s[(off+i) / m->gs];
}

/* each of n vectors of x */
static void
norms(float *o, float *x, float *w, int dim, int n)
{
	int t;

	for(t = 0; t < n; t++)
		rmsnorm(o + t*dim, x + t*dim, w, dim);
}

/* the batch's rows q[0..n-1] through the layers, n ≤ s->batch, each with its sequence's cache: s->x holds what comes out */
static void
layers(Model *m, State *s, Seq *q, int n)
{
	Config *c;
	Weights *w;
	float *outs[3];
	Mat *mats[3];
	int l, t, dim, hid, hs, kv, ds[3];

	c = &m->c;
	w = &m->w;
	dim = c->dim;
	hid = c->hidden;
	hs = dim / c->nheads;
	kv = hs * c->nkvheads;
	for(t = 0; t < n; t++){
		embed(m, s->x + t*dim, q[t].tok);
		ropetable(s->rope + t*hs, c, hs, q[t].pos);
	}
	for(l = 0; l < c->nlayers; l++){
		norms(s->xb, s->x, w->rmsatt + (vlong)l*dim, dim, n);
		input(m, s, s->xb, dim, n, 0);
		outs[0] = s->q; outs[1] = s->k; outs[2] = s->v;
		mats[0] = &w->wq[l]; mats[1] = &w->wk[l]; mats[2] = &w->wv[l];
		ds[0] = dim; ds[1] = kv; ds[2] = kv;
		mm3(m, s, dim, n, 3, outs, mats, ds);
		for(t = 0; t < n; t++){
			rope(s->q + t*dim, dim, hs, s->rope + t*hs);
			rope(s->k + t*kv, kv, hs, s->rope + t*hs);
			cache(s, q[t].s, c, l, q[t].pos, t);
		}
		for(t = 0; t < n; t++)
			attention(s, q[t].s, c, l, q[t].pos, t);
		input(m, s, s->xb, dim, n, 0);
		mm(m, s, s->xb2, &w->wo[l], dim, dim, n);
		vadd(s->x, s->xb2, n*dim);
		norms(s->xb, s->x, w->rmsffn + (vlong)l*dim, dim, n);
		input(m, s, s->xb, dim, n, 0);
		outs[0] = s->hb; outs[1] = s->hb2;
		mats[0] = &w->w1[l]; mats[1] = &w->w3[l];
		ds[0] = ds[1] = hid;
		mm3(m, s, dim, n, 2, outs, mats, ds);
		input(m, s, s->hb, hid, n, 1);
		mm(m, s, s->xb, &w->w2[l], hid, dim, n);
		vadd(s->x, s->xb, n*dim);
	}
}

/* token tok at position pos: the logits of the next */
float*
forward(Model *m, State *s, int tok, int pos)
{
	float *x;
	int dim;
	Seq q;

	dim = m->c.dim;
	x = s->x;
	q.s = s;
	q.pos = pos;
	q.tok = tok;
	layers(m, s, &q, 1);
	rmsnorm(x, x, m->w.rmsfinal, dim);
	input(m, s, x, dim, 1, 0);
	mm(m, s, s->logits, &m->w.cls, dim, m->c.vocab, 1);
	return s->logits;
}

/*
 * rows q[0..n-1] of sequences (several of one sequence come in position
 * order) through the layers in the batch state b, each matrix block read
 * once for all; the first nl want logits: b->logits holds them, a row of
 * vocab each. Each row's numbers are those it gets alone.
 */
float*
forwardb(Model *m, State *b, Seq *q, int n, int nl)
{
	int t, dim;

	dim = m->c.dim;
	layers(m, b, q, n);
	if(nl <= 0)
		return nil;
	for(t = 0; t < nl; t++)
		rmsnorm(b->x + t*dim, b->x + t*dim, m->w.rmsfinal, dim);
	input(m, b, b->x, dim, nl, 0);
	mm(m, b, b->logits, &m->w.cls, dim, m->c.vocab, nl);
	return b->logits;
}

/*
 * the first of tokens tok[0..n-1] at positions pos.., as many as the
 * state's batch holds, into the KV cache without logits: a prompt's;
 * returns how many went
 */
int
forwardn(Model *m, State *s, int *tok, int n, int pos)
{
	Seq q[Batch];
	int t;

	if(n > s->batch)
		n = s->batch;
	for(t = 0; t < n; t++){
		q[t].s = s;
		q[t].pos = pos + t;
		q[t].tok = tok[t];
	}
	if(n > 0)
		layers(m, s, q, n);
	return n > 0 ? n : 0;
}
