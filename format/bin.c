/*
 * llama2.c model files: the legacy header (7 int32s; a negative vocab
 * size means an unshared classifier) followed by fp32 weights and two
 * unused RoPE tables, and the versioned "ak42" header (256 bytes:
 * magic, version, 7 int32s, shared-classifier byte; version 2 adds the
 * group size) with the tensors in another order.
 */
#include <u.h>
#include <libc.h>
#include "dat.h"
#include "fns.h"

enum {
	Magic	= 0x616b3432,	/* "ak42" */
	Legacyhdr	= 7*4,
	Versionhdr	= 256,
};

typedef struct Span Span;
struct Span {
	float	**p;		/* where the tensor goes; nil: skip it */
	vlong	n;		/* floats */
};

/* the legacy header is told from junk by its first fields only; checkconfig judges the rest */
int
binprobe(uchar *h, int n)
{
	int dim, layers;

	if(n >= 8 && get32(h) == Magic){
		switch(get32(h+4)){
		case 1: return Fbinv1;
		case 2: return Fbinv2;
		}
		werrstr("unsupported llama2.c version %d", (int)get32(h+4));
		return -1;
	}
	if(n < Legacyhdr){
		werrstr("bad magic");
		return -1;
	}
	dim = get32(h);
	layers = get32(h+8);
	if(dim <= 0 || dim > Maxdim || layers <= 0 || layers > Maxlayers){
		werrstr("bad magic");
		return -1;
	}
	return Fbin;
}

static void
getconfig(Config *c, uchar *p)
{
	c->dim = get32(p);
	c->hidden = get32(p+4);
	c->nlayers = get32(p+8);
	c->nheads = get32(p+12);
	c->nkvheads = get32(p+16);
	c->vocab = get32(p+20);
	c->seqlen = get32(p+24);
}

/* the tensors in file order; returns how many spans */
static int
layout(Model *m, Span *s)
{
	Config *c;
	Weights *w;
	vlong L, dim, kv, hs;
	int n;

	c = &m->c;
	w = &m->w;
	L = c->nlayers;
	dim = c->dim;
	hs = dim / c->nheads;
	kv = hs * c->nkvheads;
	n = 0;
#define T(field, count)	s[n].p = (field), s[n].n = (count), n++
	if(m->format == Fbin){
		T(&w->emb, c->vocab*dim);
		T(&w->rmsatt, L*dim);
	}else{
		T(&w->rmsatt, L*dim);
		T(&w->rmsffn, L*dim);
		T(&w->rmsfinal, dim);
		T(&w->emb, c->vocab*dim);
	}
	T(&w->wq, L*dim*dim);
	T(&w->wk, L*kv*dim);
	T(&w->wv, L*kv*dim);
	T(&w->wo, L*dim*dim);
	if(m->format == Fbin)
		T(&w->rmsffn, L*dim);
	T(&w->w1, L*c->hidden*dim);
	T(&w->w2, L*dim*c->hidden);
	T(&w->w3, L*c->hidden*dim);
	if(m->format == Fbin){
		T(&w->rmsfinal, dim);
		T(nil, c->seqlen*hs);	/* freq_cis_real and _imag, unused */
	}
	if(!c->shared)
		T(&w->wcls, c->vocab*dim);
#undef T
	return n;
}

static int
readall(int fd, uchar *p, vlong n)
{
	long m, r;

	while(n > 0){
		m = n > Chunk ? Chunk : n;
		r = readn(fd, p, m);
		if(r < 0)
			return -1;
		if(r != m){
			werrstr("short read");
			return -1;
		}
		p += m;
		n -= m;
	}
	return 0;
}

int
binload(Model *m, int fd, uchar *h)
{
	Span s[16];
	vlong off, total, want;
	float *f;
	int i, n;

	if(m->format == Fbin){
		getconfig(&m->c, h);
		m->c.shared = m->c.vocab > 0;
		if(m->c.vocab < 0)
			m->c.vocab = -m->c.vocab;
		off = Legacyhdr;
	}else{
		getconfig(&m->c, h+8);
		m->c.shared = h[36] != 0;
		off = Versionhdr;
	}
	if(m->format == Fbinv2){
		werrstr("quantized (Q8_0) model: use runq");
		return -1;
	}
	if(checkconfig(&m->c) < 0)
		return -1;
	n = layout(m, s);
	total = 0;
	for(i = 0; i < n; i++)
		total += s[i].n;
	want = off + 4*total;
	if(m->filesize < want){
		werrstr("truncated: %lld bytes, want %lld", m->filesize, want);
		return -1;
	}
	if(m->filesize > want){
		werrstr("%lld bytes of trailing data", m->filesize - want);
		return -1;
	}
	m->mem = emalloc(4*total);
	if(m->mem == nil)
		return -1;
	m->nbytes = 4*total;
	if(seek(fd, off, 0) != off || readall(fd, (uchar*)m->mem, 4*total) < 0)
		return -1;
	f = m->mem;
	for(i = 0; i < n; i++){
		if(s[i].p != nil)
			*s[i].p = f;
		f += s[i].n;
	}
	if(m->c.shared)
		m->w.wcls = m->w.emb;
	return 0;
}
