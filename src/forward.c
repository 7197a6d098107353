/*
 * The llama transformer's forward pass for one token, in llama2.c's
 * operation order: FP32 as run.c, or with Q8_0 weights and activations
 * quantized before each matmul as runq.c. exp, sin and cos are fmath.c's,
 * which give glibc's float results; pow is the double one rounded to
 * float, which equals glibc's powf for head sizes of 4 to 256.
 */
#include <u.h>
#include <libc.h>
#include "dat.h"
#include "fns.h"

/* cos and sin of pos·θ_i for each pair of a head, θ_i = 10000^(-2i/hs) */
static void
ropetable(float *t, int hs, int pos)
{
	float freq, val;
	int i;

	for(i = 0; i < hs; i += 2){
		freq = 1.0f / (float)pow(10000.0, i / (float)hs);
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

static void
attention(State *s, Config *c, int l, int pos)
{
	int h, t, i, hs, kv, kvmul;
	float *q, *att, *k, *v, *xb, score, a, scale;
	vlong loff;

	hs = c->dim / c->nheads;
	kv = hs * c->nkvheads;
	kvmul = c->nheads / c->nkvheads;
	loff = (vlong)l * s->seqlen * kv;
	scale = sqrt(hs);
	for(h = 0; h < c->nheads; h++){
		q = s->q + h*hs;
		att = s->att + (vlong)h*s->seqlen;
		for(t = 0; t <= pos; t++){
			k = s->kcache + loff + (vlong)t*kv + (h/kvmul)*hs;
			score = 0.0f;
			for(i = 0; i < hs; i++)
				score += q[i] * k[i];
			att[t] = score / scale;
		}
		softmax(att, pos+1);
		xb = s->xb + h*hs;
		memset(xb, 0, hs*sizeof(float));
		for(t = 0; t <= pos; t++){
			v = s->vcache + loff + (vlong)t*kv + (h/kvmul)*hs;
			a = att[t];
			for(i = 0; i < hs; i++)
				xb[i] += a * v[i];
		}
	}
}

static void
swiglu(float *hb, float *hb2, int n)
{
	float v;
	int i;

	for(i = 0; i < n; i++){
		v = hb[i];
		v *= 1.0f / (1.0f + fexp(-v));
		hb[i] = v * hb2[i];
	}
}

/* x becomes the input of the matmuls that follow, quantized once if the weights are */
static void
input(Model *m, State *s, float *x, int n)
{
	s->in = x;
	if(m->gs)
		quantize(s->xq, s->xs, x, n, m->gs);
}

static void
mm(Model *m, State *s, float *out, Mat *w, int n, int d)
{
	if(m->gs)
		qmatmul(out, s->xq, s->xs, w->q, w->s, n, d, m->gs);
	else
		matmul(out, s->in, w->f, n, d);
}

static void
embed(Model *m, float *x, int tok)
{
	Mat *e;
	vlong off;
	int i, dim;

	e = &m->w.emb;
	dim = m->c.dim;
	off = (vlong)tok * dim;
	if(m->gs == 0){
		memcpy(x, e->f + off, dim*sizeof(float));
		return;
	}
	for(i = 0; i < dim; i++)
		x[i] = e->q[off+i] * e->s[(off+i) / m->gs];
}

float*
forward(Model *m, State *s, int tok, int pos)
{
	Config *c;
	Weights *w;
	float *x, *k, *v;
	int l, i, dim, hid, hs, kv;
	vlong loff;

	c = &m->c;
	w = &m->w;
	x = s->x;
	dim = c->dim;
	hid = c->hidden;
	hs = dim / c->nheads;
	kv = hs * c->nkvheads;
	embed(m, x, tok);
	ropetable(s->rope, hs, pos);
	for(l = 0; l < c->nlayers; l++){
		loff = (vlong)l * s->seqlen * kv;
		k = s->kcache + loff + (vlong)pos*kv;
		v = s->vcache + loff + (vlong)pos*kv;
		rmsnorm(s->xb, x, w->rmsatt + (vlong)l*dim, dim);
		input(m, s, s->xb, dim);
		mm(m, s, s->q, &w->wq[l], dim, dim);
		mm(m, s, k, &w->wk[l], dim, kv);
		mm(m, s, v, &w->wv[l], dim, kv);
		rope(s->q, dim, hs, s->rope);
		rope(k, kv, hs, s->rope);
		attention(s, c, l, pos);
		input(m, s, s->xb, dim);
		mm(m, s, s->xb2, &w->wo[l], dim, dim);
		for(i = 0; i < dim; i++)
			x[i] += s->xb2[i];
		rmsnorm(s->xb, x, w->rmsffn + (vlong)l*dim, dim);
		input(m, s, s->xb, dim);
		mm(m, s, s->hb, &w->w1[l], dim, hid);
		mm(m, s, s->hb2, &w->w3[l], dim, hid);
		swiglu(s->hb, s->hb2, hid);
		input(m, s, s->hb, hid);
		mm(m, s, s->xb, &w->w2[l], hid, dim);
		for(i = 0; i < dim; i++)
			x[i] += s->xb[i];
	}
	rmsnorm(x, x, w->rmsfinal, dim);
	input(m, s, x, dim);
	mm(m, s, s->logits, &w->cls, dim, c->vocab);
	return s->logits;
}
