/*
 * llama2.c model files. The legacy header is 7 int32s (a negative
 * vocab size means an unshared classifier), then fp32 weights and two
 * unused RoPE tables. The versioned header is 256 bytes: "ak42",
 * version, 7 int32s, a shared-classifier byte and, in version 2, the
 * group size; version 1 holds fp32 weights with the norms first;
 * version 2 keeps the norms in fp32 and stores each matrix as Q8_0:
 * its int8 values, then one fp32 scale per group.
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
	float	**norm;		/* an fp32 vector */
	Mat	*mat;		/* or nmat matrices */
	int	nmat;
	vlong	n;		/* elements of the vector or of each matrix */
	int	rope;		/* the legacy RoPE tables, unused */
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

/* the tensors of format f in file order; returns how many spans */
static int
layout(Model *m, int f, Span *s)
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
	memset(s, 0, 16*sizeof(Span));
	n = 0;
#define V(v, cnt)	s[n].norm = (v), s[n].n = (cnt), n++
#define M(mt, k, cnt)	s[n].mat = (mt), s[n].nmat = (k), s[n].n = (cnt), n++
	if(f == Fbin){
		M(&w->emb, 1, c->vocab*dim);
		V(&w->rmsatt, L*dim);
	}else{
		V(&w->rmsatt, L*dim);
		V(&w->rmsffn, L*dim);
		V(&w->rmsfinal, dim);
		M(&w->emb, 1, c->vocab*dim);
	}
	M(w->wq, L, dim*dim);
	M(w->wk, L, kv*dim);
	M(w->wv, L, kv*dim);
	M(w->wo, L, dim*dim);
	if(f == Fbin)
		V(&w->rmsffn, L*dim);
	M(w->w1, L, c->hidden*dim);
	M(w->w2, L, dim*c->hidden);
	M(w->w3, L, c->hidden*dim);
	if(f == Fbin){
		V(&w->rmsfinal, dim);
		s[n].rope = 1;
		s[n].n = c->seqlen*hs;
		n++;
	}
	if(!c->shared)
		M(&w->cls, 1, c->vocab*dim);
#undef V
#undef M
	return n;
}

static vlong
spanbytes(Span *s, int gs)
{
	if(s->mat == nil)
		return 4*s->n;
	if(gs == 0)
		return 4*s->n*s->nmat;
	return (s->n + 4*(s->n/gs)) * s->nmat;
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

/* span s of the file, at fd's offset, into the places arrange gave it */
static int
readspan(int fd, Span *s, Model *m)
{
	int k;

	if(s->rope)
		return seek(fd, 4*s->n, 1) < 0 ? -1 : 0;
	if(s->norm != nil)
		return readall(fd, (uchar*)*s->norm, 4*s->n);
	for(k = 0; k < s->nmat; k++)
		if(readall(fd, m->gs ? (uchar*)s->mat[k].q : (uchar*)s->mat[k].f, loadbytes(m, s->n, 1)) < 0)
			return -1;
	return 0;
}

/* an FP32 model of config c in memory, for export random */
int
binalloc(Model *m)
{
	m->c.theta = 10000;
	archdetect(&m->c, "llama", "llama2.c header");
	if(checkconfig(&m->c) < 0 || allocmats(m) < 0)
		return -1;
	m->format = Fbinv1;
	return arrange(m);
}

int
binload(Model *m, int fd, uchar *h)
{
	Span s[16];
	vlong off, want;
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
	m->c.theta = 10000;
	archdetect(&m->c, "llama", "llama2.c header");
	if(checkconfig(&m->c) < 0)
		return -1;
	if(m->format == Fbinv2){
		m->gs = get32(h+37);
		if(m->gs <= 0){
			werrstr("bad group size %d", m->gs);
			return -1;
		}
		if(groupsize(&m->c, m->gs) < 0)
			return -1;
	}
	if(allocmats(m) < 0)
		return -1;
	n = layout(m, m->format, s);
	want = off;
	for(i = 0; i < n; i++)
		want += spanbytes(&s[i], m->gs);
	if(m->filesize < want){
		werrstr("truncated: %lld bytes are fewer than the header wants", m->filesize);
		return -1;
	}
	if(m->filesize > want){
		werrstr("trailing data after the weights");
		return -1;
	}
	if(arrange(m) < 0 || seek(fd, off, 0) != off)
		return -1;
	for(i = 0; i < n; i++)
		if(readspan(fd, &s[i], m) < 0)
			return -1;
	return 0;
}

/* what a llama2.c file cannot say: its readers take RoPE base 10000, no scaling, every position attended */
int
bincheck(Config *c)
{
	if(c->theta != 10000){
		werrstr("RoPE base %g cannot be written to a llama2.c file (it means 10000)", c->theta);
		return -1;
	}
	if(c->ropefactor > 0 || c->ropediv != nil){
		werrstr("RoPE frequency scaling cannot be written to a llama2.c file");
		return -1;
	}
	if(c->window > 0){
		werrstr("sliding-window attention cannot be written to a llama2.c file");
		return -1;
	}
	return 0;
}

/* the unused legacy RoPE tables, written as llama2.c's export does: cos, then sin */
static void
putrope(Wbuf *b, Config *c)
{
	int hs, pos, i, k;
	float v;

	hs = c->dim / c->nheads;
	for(k = 0; k < 2; k++)
		for(pos = 0; pos < c->seqlen; pos++)
			for(i = 0; i < hs; i += 2){
				v = pos / pow(10000.0, (double)i / hs);
				v = k == 0 ? cos(v) : sin(v);
				wbput(b, &v, 4);
			}
}

/* matrix m of n elements, stored with group size sgs (0: fp32), written with dgs; -1 if out of memory */
static int
putmat(Wbuf *b, Mat *m, vlong n, int sgs, int dgs)
{
	float *f, *s;
	schar *q;
	vlong i;
	int r;

	if(sgs == dgs){
		if(dgs == 0)
			wbput(b, m->f, 4*n);
		else{
			wbput(b, m->q, n);
			wbput(b, m->s, 4*(n/dgs));
		}
		return 0;
	}
	f = m->f;
	if(sgs != 0){
		f = emalloc(4*n);
		if(f == nil)
			return -1;
		for(i = 0; i < n; i++)
			f[i] = m->q[i] * m->s[i/sgs];
	}
	r = 0;
	if(dgs == 0)
		wbput(b, f, 4*n);
	else{
		q = emalloc(n);
		s = emalloc(4*(n/dgs));
		r = -1;
		if(q != nil && s != nil){
			quantrow(q, s, f, n, dgs);
			wbput(b, q, n);
			wbput(b, s, 4*(n/dgs));
			r = 0;
		}
		free(q);
		free(s);
	}
	if(f != m->f)
		free(f);
	return r;
}

/* write m to fd in llama2.c format f; gs is the group size for Fbinv2 */
static int
binwrite1(Model *m, int fd, int f, int gs)
{
	Span s[16];
	Wbuf b;
	Config *c;
	int i, k, n, r;
	uchar pad[Versionhdr];

	c = &m->c;
	if(bincheck(c) < 0)
		return -1;
	if(f != Fbinv2)
		gs = 0;
	if(wbopen(&b, fd, Chunk) < 0)
		return -1;
	if(f != Fbin){
		wbput32(&b, Magic);
		wbput32(&b, f == Fbinv1 ? 1 : 2);
	}
	wbput32(&b, c->dim);
	wbput32(&b, c->hidden);
	wbput32(&b, c->nlayers);
	wbput32(&b, c->nheads);
	wbput32(&b, c->nkvheads);
	wbput32(&b, f == Fbin && !c->shared ? -c->vocab : c->vocab);
	wbput32(&b, c->seqlen);
	if(f != Fbin){
		memset(pad, 0, sizeof pad);
		pad[0] = c->shared != 0;
		wbput(&b, pad, 1);
		if(f == Fbinv2)
			wbput32(&b, gs);
		wbput(&b, pad+1, Versionhdr - b.off);
	}
	n = layout(m, f, s);
	r = 0;
	for(i = 0; i < n && r == 0 && !b.err; i++){
		if(s[i].norm != nil)
			wbput(&b, *s[i].norm, 4*s[i].n);
		else if(s[i].rope)
			putrope(&b, c);
		else
			for(k = 0; k < s[i].nmat && r == 0; k++)
				r = putmat(&b, &s[i].mat[k], s[i].n, m->gs, gs);
	}
	if(wbclose(&b) < 0)
		return -1;
	return r;
}

/* the writer sees the matrices in rows, as the file has them; back in panels after */
int
binwrite(Model *m, int fd, int f, int gs)
{
	int p, r;

	p = m->panels;
	if(torows(m) < 0)
		return -1;
	r = binwrite1(m, fd, f, gs);
	if(p && topanels(m) < 0)
		r = -1;
	return r;
}
