/*
 * The llama transformer's forward pass for one token, in llama2.c's
 * operation order. Float math functions are the double ones rounded
 * back to float (9front has no expf or powf).
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
		t[i] = cos(val);
		t[i+1] = sin(val);
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
		v *= 1.0f / (1.0f + (float)exp(-v));
		hb[i] = v * hb2[i];
	}
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
	memcpy(x, w->emb + (vlong)tok*dim, dim*sizeof(float));
	ropetable(s->rope, hs, pos);
	for(l = 0; l < c->nlayers; l++){
		loff = (vlong)l * s->seqlen * kv;
		k = s->kcache + loff + (vlong)pos*kv;
		v = s->vcache + loff + (vlong)pos*kv;
		rmsnorm(s->xb, x, w->rmsatt + (vlong)l*dim, dim);
		matmul(s->q, s->xb, w->wq + (vlong)l*dim*dim, dim, dim);
		matmul(k, s->xb, w->wk + (vlong)l*dim*kv, dim, kv);
		matmul(v, s->xb, w->wv + (vlong)l*dim*kv, dim, kv);
		rope(s->q, dim, hs, s->rope);
		rope(k, kv, hs, s->rope);
		attention(s, c, l, pos);
		matmul(s->xb2, s->xb, w->wo + (vlong)l*dim*dim, dim, dim);
		for(i = 0; i < dim; i++)
			x[i] += s->xb2[i];
		rmsnorm(s->xb, x, w->rmsffn + (vlong)l*dim, dim);
		matmul(s->hb, s->xb, w->w1 + (vlong)l*dim*hid, dim, hid);
		matmul(s->hb2, s->xb, w->w3 + (vlong)l*dim*hid, dim, hid);
		swiglu(s->hb, s->hb2, hid);
		matmul(s->xb, s->hb, w->w2 + (vlong)l*dim*hid, hid, dim);
		for(i = 0; i < dim; i++)
			x[i] += s->xb[i];
	}
	rmsnorm(x, x, w->rmsfinal, dim);
	matmul(s->logits, x, w->wcls, dim, c->vocab);
	return s->logits;
}
