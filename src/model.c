#include <u.h>
#include <libc.h>
#include "dat.h"
#include "fns.h"

int
checkconfig(Config *c)
{
	char *bad;

	bad = nil;
	if(c->dim <= 0 || c->dim > Maxdim)
		bad = "dim";
	else if(c->hidden <= 0 || c->hidden > 4*Maxdim)
		bad = "hidden_dim";
	else if(c->nlayers <= 0 || c->nlayers > Maxlayers)
		bad = "n_layers";
	else if(c->nheads <= 0 || c->dim % c->nheads != 0 || (c->dim / c->nheads) % 2 != 0)
		bad = "n_heads";
	else if(c->nkvheads <= 0 || c->nkvheads > c->nheads || c->nheads % c->nkvheads != 0)
		bad = "n_kv_heads";
	else if(c->vocab <= 0 || c->vocab > Maxvocab)
		bad = "vocab_size";
	else if(c->seqlen <= 0 || c->seqlen > Maxseq)
		bad = "seq_len";
	if(bad != nil){
		werrstr("bad header: %s", bad);
		return -1;
	}
	return 0;
}

vlong
nparams(Config *c)
{
	vlong dim, kv, L, n;

	dim = c->dim;
	kv = dim / c->nheads * c->nkvheads;
	L = c->nlayers;
	n = c->vocab*dim + L*(2*dim + 2*dim*dim + 2*kv*dim + 3*dim*(vlong)c->hidden) + dim;
	if(!c->shared)
		n += c->vocab*dim;
	return n;
}

Model*
openmodel(char *path)
{
	return openmodelq(path, -1);
}

/*
 * Open a model for run (want Lfp32, or Lown: a GGUF file's matrices in
 * their own types) or runq (want Lq8: Q8_0); -1 takes it as stored,
 * Lasis too but with GGUF's own types (llmfs). llama2.c files are what
 * they are; GGUF is converted but for Lown and Lasis.
 */
Model*
openmodelq(char *path, int want)
{
	Model *m;
	Dir *d;
	uchar h[256];
	long n;
	int fd;

	fd = open(path, OREAD);
	if(fd < 0)
		return nil;
	m = emalloc(sizeof *m);
	if(m == nil){
		close(fd);
		return nil;
	}
	m->name = strdup(path);
	d = dirfstat(fd);
	if(d == nil)
		goto err;
	m->filesize = d->length;
	free(d);
	memset(h, 0, sizeof h);
	n = readn(fd, h, sizeof h);
	if(n < 0)
		goto err;
	if(n >= 4 && memcmp(h, "GGUF", 4) == 0){
		m->format = Fgguf;
		if(ggufload(m, fd, want < 0 ? Lfp32 : want == Lasis ? Lown : want) < 0)
			goto err;
	}else if(stprobe(h, n, m->filesize)){
		m->format = Fsafetensors;
		if(stload(m, fd, want < 0 ? Lfp32 : want == Lasis ? Lown : want) < 0)
			goto err;
	}else{
		m->format = binprobe(h, n);
		if(m->format < 0 || binload(m, fd, h) < 0)
			goto err;
		if(want == Lq8 && m->gs == 0){
			werrstr("not a quantized model: make one with export quantize");
			goto err;
		}
		if((want == Lfp32 || want == Lown) && m->gs != 0){
			werrstr("quantized (Q8_0) model: use runq");
			goto err;
		}
	}
	if(topanels(m) < 0)
		goto err;
	close(fd);
	return m;
err:
	close(fd);
	freemodel(m);
	return nil;
}

void
freemodel(Model *m)
{
	if(m == nil)
		return;
	free(m->mem);
	free(m->mats);
	free(m->name);
	freetokenizer(m->tok);
	free(m->tokerr);
	free(m->c.ropediv);
	free(m);
}

/* the sizes of a state's buffers */
typedef struct Sizes Sizes;
struct Sizes {
	vlong	seqlen;		/* positions the KV cache holds */
	vlong	batch;		/* positions the activations hold: a prompt's go through the layers that many at a time */
	vlong	hs;
	vlong	kv;
	vlong	wide;		/* the wider matmul input */
};

static void
sizes(Config *c, int seqlen, Sizes *z)
{
	if(seqlen <= 0 || seqlen > c->seqlen)
		seqlen = c->seqlen;
	z->seqlen = seqlen;
	z->batch = seqlen < Batch ? seqlen : Batch;
	z->hs = c->dim / c->nheads;
	z->kv = z->hs * c->nkvheads;
	z->wide = c->dim > c->hidden ? c->dim : c->hidden;
}

/* the KV cache and activations of a sequence of seqlen positions, as newstate makes them */
vlong
statebytes(Config *c, int seqlen)
{
	Sizes z;

	sizes(c, seqlen, &z);
	return 4 * (z.batch*(4*c->dim + 2*z.kv + 2*c->hidden + z.hs + z.wide) + c->nheads*z.seqlen + c->vocab
		+ 2*c->nlayers*z.seqlen*z.kv + z.batch*(z.wide/32 + 1)) + z.batch*z.wide;
}

/* activations for b rows, logits for nl of them, and, if cache, the KV cache and attention of z's positions */
static State*
alloc(Config *c, Sizes *z, vlong b, vlong nl, int cache)
{
	State *s;

	s = emalloc(sizeof *s);
	if(s == nil)
		return nil;
	s->seqlen = z->seqlen;
	s->batch = b;
	s->x = emallocline(b * c->dim * sizeof(float));
	s->xb = emallocline(b * c->dim * sizeof(float));
	s->xb2 = emallocline(b * c->dim * sizeof(float));
	s->hb = emallocline(b * c->hidden * sizeof(float));
	s->hb2 = emallocline(b * c->hidden * sizeof(float));
	s->q = emallocline(b * c->dim * sizeof(float));
	s->k = emallocline(b * z->kv * sizeof(float));
	s->v = emallocline(b * z->kv * sizeof(float));
	s->logits = emallocline(nl * c->vocab * sizeof(float));
	s->rope = emallocline(b * z->hs * sizeof(float));
	s->xq = emallocline(b * z->wide);
	s->xs = emallocline(b * z->wide * sizeof(float));
	s->xsum = emallocline(b * (z->wide/32 + 1) * sizeof(int));
	if(cache){
		s->att = emallocline((vlong)c->nheads * z->seqlen * sizeof(float));
		s->kcache = emallocline((vlong)c->nlayers * z->seqlen * z->kv * sizeof(float));
		s->vcache = emallocline((vlong)c->nlayers * z->seqlen * z->kv * sizeof(float));
	}
	if(s->xsum == nil || s->xq == nil || s->xs == nil || s->x == nil || s->xb == nil || s->xb2 == nil || s->hb == nil || s->hb2 == nil
	|| s->q == nil || s->k == nil || s->v == nil || s->logits == nil || s->rope == nil
	|| (cache && (s->att == nil || s->kcache == nil || s->vcache == nil))){
		freestate(s);
		return nil;
	}
	return s;
}

State*
newstate(Config *c, int seqlen)
{
	Sizes z;

	sizes(c, seqlen, &z);
	return alloc(c, &z, z.batch, 1, 1);
}

/* the activations of a batch of n rows of sequences whose own states hold their caches (forwardb) */
State*
newbatch(Config *c, int n)
{
	Sizes z;

	sizes(c, 0, &z);
	return alloc(c, &z, n, n, 0);
}

void
freestate(State *s)
{
	if(s == nil)
		return;
	free(s->x);
	free(s->xb);
	free(s->xb2);
	free(s->hb);
	free(s->hb2);
	free(s->q);
	free(s->k);
	free(s->v);
	free(s->att);
	free(s->logits);
	free(s->kcache);
	free(s->vcache);
	free(s->rope);
	free(s->xq);
	free(s->xs);
	free(s->xsum);
	free(s);
}

/* dim, hidden_dim, n_layers, n_heads, n_kv_heads, vocab_size and seq_len, in a llama2.c header's order, into c */
int
setdims(Config *c, vlong *v)
{
	static char *name[] = {"dim", "hidden_dim", "n_layers", "n_heads", "n_kv_heads", "vocab_size", "seq_len"};
	int i;

	for(i = 0; i < nelem(name); i++)
		if(v[i] <= 0 || v[i] > 1<<30){
			werrstr("bad %s", name[i]);
			return -1;
		}
	c->dim = v[0];
	c->hidden = v[1];
	c->nlayers = v[2];
	c->nheads = v[3];
	c->nkvheads = v[4];
	c->vocab = v[5];
	c->seqlen = v[6];
	return 0;
}

/* m's group size for loading it as Q8_0 in GGUF's blocks (quant) or as FP32 */
int
loadquant(Model *m, int quant)
{
	Config *c;

	c = &m->c;
	if(quant && (c->dim % Qgs != 0 || c->hidden % Qgs != 0)){
		werrstr("dim %d and hidden_dim %d must be multiples of %d for Q8_0", c->dim, c->hidden, Qgs);
		return -1;
	}
	m->gs = quant ? Qgs : 0;
	return 0;
}
