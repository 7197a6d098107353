/*
 * A model from a GGUF file of the llama architecture: the config from
 * its metadata, the tensors by their GGUF names, dequantized to FP32
 * for run or held as Q8_0 for runq (Q8_0 blocks are taken as they are,
 * other types quantized at load), and the SentencePiece tokenizer the
 * file carries.
 */
#include <u.h>
#include <libc.h>
#include "dat.h"
#include "fns.h"

enum {
	Rawchunk	= 1<<20,
};

/* the integer value of arch.key (of key if arch is nil), def if absent and def >= 0 */
static int
getint(Gguf *g, char *arch, char *key, int def, int *v)
{
	Gkv *kv;
	char *k;
	int r;

	k = arch != nil ? smprint("%s.%s", arch, key) : strdup(key);
	kv = ggufkey(g, k);
	r = 0;
	if(kv == nil && def < 0){
		werrstr("no %s", k);
		r = -1;
	}else if(kv == nil)
		*v = def;
	else if(kv->type == Gstring || kv->type == Garray || kv->u > 0x7fffffff){
		werrstr("bad %s", k);
		r = -1;
	}else
		*v = kv->u;
	free(k);
	return r;
}

static Gtensor*
tensor(Gguf *g, char *name, uvlong ne0, uvlong ne1)
{
	uvlong i;
	Gtensor *t;

	for(i = 0; i < g->ntensors; i++){
		t = &g->t[i];
		if(strcmp(t->name, name) != 0)
			continue;
		if(t->ne[0] != ne0 || (ne1 == 0 ? t->ndim != 1 : t->ndim != 2 || t->ne[1] != ne1)){
			werrstr("tensor %s is %llud×%llud, want %llud×%llud", name, t->ne[0], t->ndim > 1 ? t->ne[1] : 1, ne0, ne1 ? ne1 : 1);
			return nil;
		}
		return t;
	}
	werrstr("no tensor %s", name);
	return nil;
}

static int readf32(int, Gguf*, Gtensor*, float*);

/* Llama 3.1 files made by llama.cpp carry RoPE scaling as a divisor per pair: rope_freqs.weight */
static int
readropediv(int fd, Gguf *g, Config *c)
{
	Gtensor *t;
	int i, n;

	for(i = 0; i < (int)g->ntensors; i++)
		if(strcmp(g->t[i].name, "rope_freqs.weight") == 0)
			break;
	if(i == (int)g->ntensors)
		return 0;
	n = c->dim / c->nheads / 2;
	if((t = tensor(g, "rope_freqs.weight", n, 0)) == nil || (c->ropediv = emalloc(4*n)) == nil
	|| readf32(fd, g, t, c->ropediv) < 0)
		return -1;
	for(i = 0; i < n; i++)
		if(!(c->ropediv[i] > 0 && c->ropediv[i] < 1e30)){
			werrstr("bad rope_freqs.weight: %g", c->ropediv[i]);
			return -1;
		}
	strecpy(c->archwhy + strlen(c->archwhy), c->archwhy + sizeof c->archwhy, ", rope_freqs");
	return 0;
}

/* t as FP32 into f, read and converted a chunk of whole blocks at a time */
static int
readf32(int fd, Gguf *g, Gtensor *t, float *f)
{
	uchar *raw;
	vlong n, done, bytes, per, chunk;
	int r, bb;

	n = t->ndim > 1 ? t->ne[0]*t->ne[1] : t->ne[0];
	per = gblock(t->type, &bb);
	if(per < 0)
		return -1;
	bytes = bb;
	chunk = Rawchunk / bytes * per;
	raw = emalloc(Rawchunk + bytes);
	if(raw == nil)
		return -1;
	r = 0;
	for(done = 0; done < n && r == 0; done += chunk){
		if(chunk > n - done)
			chunk = n - done;
		if(pread(fd, raw, chunk/per*bytes, g->dataoff + t->off + done/per*bytes) != chunk/per*bytes){
			werrstr("short read of tensor %s", t->name);
			r = -1;
		}else
			r = dequant(t->type, raw, f + done, chunk);
	}
	free(raw);
	return r;
}

/* t as Q8_0 with groups of 32: Q8_0 blocks as they are, anything else quantized */
static int
readq8(int fd, Gguf *g, Gtensor *t, schar *q, float *s)
{
	uchar *raw, *b;
	float *f;
	vlong n, i;
	int j, r;

	n = t->ne[0] * t->ne[1];
	if(t->type != Tq8_0){
		f = emalloc(n * sizeof(float));
		if(f == nil || readf32(fd, g, t, f) < 0){
			free(f);
			return -1;
		}
		quantrow(q, s, f, n, Qgs);
		free(f);
		return 0;
	}
	raw = emalloc(t->nbytes);
	if(raw == nil)
		return -1;
	r = 0;
	if(pread(fd, raw, t->nbytes, g->dataoff + t->off) != t->nbytes){
		werrstr("short read of tensor %s", t->name);
		r = -1;
	}else
		for(i = 0, b = raw; i < n/Qgs; i++, b += 34){
			s[i] = half(b[0] | b[1]<<8);
			for(j = 0; j < Qgs; j++)
				q[i*Qgs + j] = b[2+j];
		}
	free(raw);
	return r;
}

typedef struct Slot Slot;
struct Slot {
	char	*fmt;		/* the GGUF name, %d for the layer */
	int	layered;
	float	**norm;		/* a vector, layers one after another */
	Mat	*mat;		/* or a matrix per layer */
	int	rows;		/* ne1 */
	int	cols;		/* ne0 */
};

/* the matrices' types as the file has them, each row whole blocks; F32 ones stay FP32 */
static int
owntypes(Model *m, Gguf *g, Slot *sl, int n)
{
	Slot *p;
	Gtensor *t;
	Mat *a;
	char *name;
	int l, k, per, bytes;

	for(p = sl; p < sl+n; p++){
		if(p->mat == nil)
			continue;
		k = p->layered ? m->c.nlayers : 1;
		for(l = 0; l < k; l++){
			name = smprint(p->fmt, l);
			t = tensor(g, name, p->cols, p->rows);
			free(name);
			if(t == nil || (per = gblock(t->type, &bytes)) < 0)
				return -1;
			if(p->cols % per != 0){
				werrstr("tensor %s: rows of %d are not whole blocks of %d", t->name, p->cols, per);
				return -1;
			}
			a = &p->mat[l];
			a->type = t->type;
			a->rowbytes = (vlong)p->cols / per * bytes;
		}
	}
	m->own = 1;
	gquantinit();
	return 0;
}

/* quant: Lfp32, Lq8 or Lown */
int
ggufload(Model *m, int fd, int quant)
{
	Gguf *g;
	Gkv *kv;
	Config *c;
	Slot sl[12], *p;
	Gtensor *t, *tcls;
	char *arch, *name;
	int l, k, n, kvdim;
	vlong nv;

	g = ggufparse(fd, m->filesize);
	if(g == nil)
		return -1;
	kv = ggufkey(g, "general.architecture");
	if(kv == nil || kv->type != Gstring){
		werrstr("no general.architecture");
		goto err;
	}
	arch = kv->s;
	if(strcmp(arch, "llama") != 0 && strcmp(arch, "mistral") != 0){
		werrstr("architecture %s not supported", arch);
		goto err;
	}
	c = &m->c;
	if(getint(g, arch, "embedding_length", -1, &c->dim) < 0
	|| getint(g, arch, "feed_forward_length", -1, &c->hidden) < 0
	|| getint(g, arch, "block_count", -1, &c->nlayers) < 0
	|| getint(g, arch, "attention.head_count", -1, &c->nheads) < 0
	|| getint(g, arch, "attention.head_count_kv", c->nheads, &c->nkvheads) < 0
	|| getint(g, arch, "context_length", -1, &c->seqlen) < 0)
		goto err;
	c->theta = 10000;
	name = smprint("%s.rope.freq_base", arch);
	if((kv = ggufkey(g, name)) != nil && kv->type == Gf32)
		c->theta = kv->f;
	free(name);
	if(getint(g, arch, "attention.sliding_window", 0, &c->window) < 0)
		goto err;
	name = smprint("general.architecture %s, rope.freq_base %g", arch, c->theta);
	k = archdetect(c, arch, name);
	free(name);
	if(k < 0)
		goto err;
	/* the vocabulary is the embedding's second dimension */
	c->vocab = 0;
	for(k = 0; k < (int)g->ntensors; k++)
		if(strcmp(g->t[k].name, "token_embd.weight") == 0 && g->t[k].ndim == 2 && g->t[k].ne[1] <= Maxvocab)
			c->vocab = g->t[k].ne[1];
	if(checkconfig(c) < 0 || readropediv(fd, g, c) < 0)
		goto err;
	tcls = tensor(g, "output.weight", c->dim, c->vocab);
	c->shared = tcls == nil;
	if(allocmats(m) < 0)
		goto err;

	kvdim = c->dim / c->nheads * c->nkvheads;
	n = 0;
	sl[n++] = (Slot){"token_embd.weight", 0, nil, &m->w.emb, c->vocab, c->dim};
	sl[n++] = (Slot){"blk.%d.attn_norm.weight", 1, &m->w.rmsatt, nil, 0, c->dim};
	sl[n++] = (Slot){"blk.%d.ffn_norm.weight", 1, &m->w.rmsffn, nil, 0, c->dim};
	sl[n++] = (Slot){"output_norm.weight", 0, &m->w.rmsfinal, nil, 0, c->dim};
	sl[n++] = (Slot){"blk.%d.attn_q.weight", 1, nil, m->w.wq, c->dim, c->dim};
	sl[n++] = (Slot){"blk.%d.attn_k.weight", 1, nil, m->w.wk, kvdim, c->dim};
	sl[n++] = (Slot){"blk.%d.attn_v.weight", 1, nil, m->w.wv, kvdim, c->dim};
	sl[n++] = (Slot){"blk.%d.attn_output.weight", 1, nil, m->w.wo, c->dim, c->dim};
	sl[n++] = (Slot){"blk.%d.ffn_gate.weight", 1, nil, m->w.w1, c->hidden, c->dim};
	sl[n++] = (Slot){"blk.%d.ffn_down.weight", 1, nil, m->w.w2, c->dim, c->hidden};
	sl[n++] = (Slot){"blk.%d.ffn_up.weight", 1, nil, m->w.w3, c->hidden, c->dim};
	if(!c->shared)
		sl[n++] = (Slot){"output.weight", 0, nil, &m->w.cls, c->vocab, c->dim};

	if(loadquant(m, quant == Lq8) < 0 || (quant == Lown && owntypes(m, g, sl, n) < 0) || arrange(m) < 0)
		goto err;
	for(p = sl; p < sl+n; p++){
		k = p->layered ? c->nlayers : 1;
		nv = p->mat ? (vlong)p->rows * p->cols : p->cols;
		for(l = 0; l < k; l++){
			name = smprint(p->fmt, l);
			t = tensor(g, name, p->cols, p->mat ? p->rows : 0);
			free(name);
			if(t == nil)
				goto err;
			if(p->norm){
				if(readf32(fd, g, t, *p->norm + l*nv) < 0)
					goto err;
			}else if(p->mat[l].raw != nil){
				if(pread(fd, p->mat[l].raw, t->nbytes, g->dataoff + t->off) != t->nbytes){
					werrstr("short read of tensor %s", t->name);
					goto err;
				}
			}else if(quant == Lq8){
				if(readq8(fd, g, t, p->mat[l].q, p->mat[l].s) < 0)
					goto err;
			}else if(readf32(fd, g, t, p->mat[l].f) < 0)
				goto err;
		}
	}
	m->version = g->version;
	m->tok = gguftokenizer(g);
	if(m->tok == nil && ggufkey(g, "tokenizer.ggml.model") != nil)
		m->tokerr = smprint("%r");
	gguffree(g);
	return 0;
err:
	gguffree(g);
	return -1;
}

/* SentencePiece's pieces, ▁ written as a space as tokenizer.bin has it */
static Tokenizer*
spmtokenizer(Gkv *tokens, Gkv *scores)
{
	Tokenizer *t;
	char **piece;
	float *score;
	union { u32int u; float f; } v;
	uvlong i;

	if(scores != nil && (scores->type != Garray || scores->atype != Gf32 || scores->n != tokens->n)){
		werrstr("bad tokenizer.ggml.scores");
		return nil;
	}
	piece = emalloc(tokens->n * sizeof(char*));
	score = emalloc(tokens->n * sizeof(float));
	if(piece == nil || score == nil){
		free(piece);
		free(score);
		return nil;
	}
	for(i = 0; i < tokens->n; i++){
		piece[i] = spunspell(((char**)tokens->arr)[i]);
		if(piece[i] == nil)
			break;
		if(scores != nil){
			v.u = get32((uchar*)scores->arr + 4*i);
			score[i] = v.f;
		}
	}
	t = i == tokens->n ? newtokenizer(piece, score, tokens->n) : nil;
	while(i-- > 0)
		free(piece[i]);
	free(piece);
	free(score);
	return t;
}

/* byte-level BPE: the pieces as they are, merges, token types and the pre-tokenizer */
static Tokenizer*
bpetokenizer(Gguf *g, Gkv *tokens)
{
	Gkv *merges, *types, *pre;
	Tokenizer *t;
	uchar *type;
	uvlong i;
	int p;

	merges = ggufkey(g, "tokenizer.ggml.merges");
	types = ggufkey(g, "tokenizer.ggml.token_type");
	pre = ggufkey(g, "tokenizer.ggml.pre");
	if(merges == nil || merges->type != Garray || merges->atype != Gstring){
		werrstr("no tokenizer.ggml.merges");
		return nil;
	}
	if(types != nil && (types->type != Garray || types->atype != Gi32 || types->n != tokens->n)){
		werrstr("bad tokenizer.ggml.token_type");
		return nil;
	}
	p = Pgpt2;
	if(pre != nil && (pre->type != Gstring || (p = prebyname(pre->s)) < 0)){
		werrstr("pre-tokenizer %s not supported", pre->type == Gstring ? pre->s : "?");
		return nil;
	}
	type = nil;
	if(types != nil){
		type = emalloc(tokens->n);
		if(type == nil)
			return nil;
		for(i = 0; i < tokens->n; i++)
			type[i] = get32((uchar*)types->arr + 4*i);
	}
	t = newbpe(tokens->arr, type, tokens->n, merges->arr, merges->n, p, p == Pllama3);
	free(type);
	return t;
}

/* the tokenizer of tokenizer.ggml.*: SentencePiece (llama) or byte-level BPE (gpt2) */
Tokenizer*
gguftokenizer(Gguf *g)
{
	static char *key[] = {"tokenizer.ggml.bos_token_id", "tokenizer.ggml.eos_token_id"};
	Gkv *model, *tokens, *kv;
	Tokenizer *t;
	int i, *id[2];

	model = ggufkey(g, "tokenizer.ggml.model");
	tokens = ggufkey(g, "tokenizer.ggml.tokens");
	if(model == nil || model->type != Gstring || tokens == nil || tokens->type != Garray || tokens->atype != Gstring){
		werrstr("no tokenizer in the file");
		return nil;
	}
	if(tokens->n == 0 || tokens->n > Maxvocab){
		werrstr("bad vocabulary size %llud", tokens->n);
		return nil;
	}
	if(strcmp(model->s, "llama") == 0)
		t = spmtokenizer(tokens, ggufkey(g, "tokenizer.ggml.scores"));
	else if(strcmp(model->s, "gpt2") == 0)
		t = bpetokenizer(g, tokens);
	else{
		werrstr("tokenizer model %s not supported", model->s);
		return nil;
	}
	if(t == nil)
		return nil;
	id[0] = &t->bos;
	id[1] = &t->eos;
	for(i = 0; i < 2; i++)
		if(ggufkey(g, key[i]) != nil && (getint(g, nil, key[i], 0, id[i]) < 0 || *id[i] >= t->n)){
			werrstr("bad %s", key[i]);
			freetokenizer(t);
			return nil;
		}
	kv = ggufkey(g, "tokenizer.chat_template");
	if(kv != nil && kv->type == Gstring && (t->chattmpl = strdup(kv->s)) == nil){
		werrstr("out of memory");
		freetokenizer(t);
		return nil;
	}
	return t;
}

/* the tokenizer of the GGUF file path */
Tokenizer*
ggufpathtokenizer(char *path)
{
	Gguf *g;
	Dir *d;
	Tokenizer *t;
	int fd;

	fd = open(path, OREAD);
	if(fd < 0)
		return nil;
	t = nil;
	d = dirfstat(fd);
	g = d != nil ? ggufparse(fd, d->length) : nil;
	if(g != nil)
		t = gguftokenizer(g);
	gguffree(g);
	free(d);
	close(fd);
	return t;
}
