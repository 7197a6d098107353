/*
 * GGUF version 3 from a model in memory: llama metadata, the tokenizer
 * (tokens with ▁ for space, scores, token types), tensors in F32, F16,
 * Q8_0 or Q4_0 (norms stay F32), data at 32-byte alignment. Q8_0 and
 * Q4_0 blocks are made as ggml's reference quantizers make them.
 */
#include <u.h>
#include <libc.h>
#include "dat.h"
#include "fns.h"

enum {
	Align	= 32,
};

static void
wstr(Wbuf *w, char *s)
{
	wbput64(w, strlen(s));
	wbput(w, s, strlen(s));
}

static void
kvstr(Wbuf *w, char *k, char *v)
{
	wstr(w, k);
	wbput32(w, Gstring);
	wstr(w, v);
}

static void
kvu32(Wbuf *w, char *k, u32int v)
{
	wstr(w, k);
	wbput32(w, Gu32);
	wbput32(w, v);
}

static void
kvf32(Wbuf *w, char *k, float v)
{
	union { float f; u32int u; } x;

	x.f = v;
	wstr(w, k);
	wbput32(w, Gf32);
	wbput32(w, x.u);
}

/* a Q4_0 value from x/d + 8.5: its whole part, at most 15 (a NaN too) */
static int
nibble(float v)
{
	if(isNaN(v) || v >= 15)
		return 15;
	return v;
}

/* float to IEEE half, rounding to nearest even */
u16int
tohalf(float f)
{
	union { float f; u32int u; } v;
	u32int u, sign, man, r;
	int exp;

	v.f = f;
	u = v.u;
	sign = u >> 16 & 0x8000;
	exp = (u >> 23 & 0xff) - 127 + 15;
	man = u & 0x7fffff;
	if((u & 0x7fffffff) > 0x7f800000)
		return sign | 0x7e00;		/* NaN */
	if(exp >= 31)
		return sign | 0x7c00;		/* overflow and infinity */
	if(exp <= 0){				/* subnormal or zero */
		if(exp < -10)
			return sign;
		man |= 0x800000;
		r = man >> (14 - exp);
		if((man >> (13 - exp) & 1) && ((man & ((1 << (13 - exp)) - 1)) || (r & 1)))
			r++;
		return sign | r;
	}
	r = sign | exp << 10 | man >> 13;
	if((man & 0x1000) && ((man & 0xfff) || (r & 1)))
		r++;			/* may carry into the exponent, as it should */
	return r;
}

/* bytes of n values of type t */
static vlong
tbytes(int t, vlong n)
{
	vlong b;

	tensorsize(t, n, &b);
	return b;
}

static void
wtensor(Wbuf *w, float *f, vlong n, int t)
{
	uchar b[34];
	u16int h;
	float amax, max, d, id;
	vlong i;
	int j, q0, q1;

	switch(t){
	case Tf32:
		wbput(w, f, 4*n);
		return;
	case Tf16:
		for(i = 0; i < n; i++){
			h = tohalf(f[i]);
			b[0] = h;
			b[1] = h >> 8;
			wbput(w, b, 2);
		}
		return;
	case Tq8_0:	/* d = max|x|/127 in f16; q = round(x/d) */
		for(i = 0; i < n; i += 32){
			amax = 0;
			for(j = 0; j < 32; j++)
				if(fabs(f[i+j]) > amax && !isNaN(f[i+j]))	/* 6c's > is true for a NaN */
					amax = fabs(f[i+j]);
			d = amax / 127;
			id = d != 0 ? 1/d : 0;
			h = tohalf(d);
			b[0] = h;
			b[1] = h >> 8;
			for(j = 0; j < 32; j++)
				b[2+j] = (schar)rnd(f[i+j] * id);
			wbput(w, b, 34);
		}
		return;
	case Tq4_0:	/* d = max/-8 with max the value of largest magnitude; q = x/d + 8.5, at most 15 */
		for(i = 0; i < n; i += 32){
			amax = max = 0;
			for(j = 0; j < 32; j++)
				if(fabs(f[i+j]) > amax && !isNaN(f[i+j])){
					amax = fabs(f[i+j]);
					max = f[i+j];
				}
			d = max / -8;
			id = d != 0 ? 1/d : 0;
			h = tohalf(d);
			b[0] = h;
			b[1] = h >> 8;
			for(j = 0; j < 16; j++){
				q0 = nibble(f[i+j] * id + 8.5f);
				q1 = nibble(f[i+j+16] * id + 8.5f);
				b[2+j] = q0 | q1 << 4;
			}
			wbput(w, b, 18);
		}
		return;
	}
}

static void
karray(Wbuf *w, char *k, int type, vlong n)
{
	wstr(w, k);
	wbput32(w, Garray);
	wbput32(w, type);
	wbput64(w, n);
}

/* how many keys wtokenizer writes */
static int
ntokkeys(Tokenizer *t)
{
	if(t->kind == Tspm)
		return 7;
	return 5 + (t->bos >= 0) + (t->eos >= 0);
}

/* SentencePiece with ▁ for space, scores and token types; or byte-level BPE, its pieces as they are and its merges */
static int
wtokenizer(Wbuf *w, Tokenizer *t)
{
	char *s;
	int i;

	kvstr(w, "tokenizer.ggml.model", t->kind == Tspm ? "llama" : "gpt2");
	if(t->kind == Tbpe)
		kvstr(w, "tokenizer.ggml.pre", prename(t->pre));
	karray(w, "tokenizer.ggml.tokens", Gstring, t->n);
	for(i = 0; i < t->n; i++){
		if(t->kind == Tbpe){
			wstr(w, t->vocab[i]);
			continue;
		}
		if((s = spspell(t->vocab[i])) == nil)
			return -1;
		wstr(w, s);
		free(s);
	}
	karray(w, "tokenizer.ggml.token_type", Gi32, t->n);
	for(i = 0; i < t->n; i++)	/* SentencePiece: <unk>, <s> and </s>, then byte pieces */
		if(t->kind == Tbpe)
			wbput32(w, t->type[i]);
		else
			wbput32(w, i == 0 ? Tunknown : i < 3 ? Tcontrol : i < 259 && strncmp(t->vocab[i], "<0x", 3) == 0 ? Tbyte : Tnormal);
	if(t->kind == Tspm){
		karray(w, "tokenizer.ggml.scores", Gf32, t->n);
		wbput(w, t->scores, 4*t->n);
		kvu32(w, "tokenizer.ggml.bos_token_id", 1);
		kvu32(w, "tokenizer.ggml.eos_token_id", 2);
		kvu32(w, "tokenizer.ggml.unknown_token_id", 0);
		return 0;
	}
	karray(w, "tokenizer.ggml.merges", Gstring, t->nmerge);
	for(i = 0; i < t->nmerge; i++){
		if((s = mergeline(t, i)) == nil)
			return -1;
		wstr(w, s);
		free(s);
	}
	if(t->bos >= 0)
		kvu32(w, "tokenizer.ggml.bos_token_id", t->bos);
	if(t->eos >= 0)
		kvu32(w, "tokenizer.ggml.eos_token_id", t->eos);
	return 0;
}

typedef struct Out Out;
struct Out {
	char	*name;
	float	*f;
	vlong	ne0;
	vlong	ne1;		/* 0 for vectors */
	int	type;
};

/* the tensors of m in GGUF's names and order, matrices of type; *n of them */
static Out*
outs(Model *m, int type, int *n)
{
	Config *c;
	Out *o;
	int l, kv;

	c = &m->c;
	kv = c->dim / c->nheads * c->nkvheads;
	o = emalloc((9*c->nlayers + 4) * sizeof(Out));
	if(o == nil)
		return nil;
	*n = 0;
#define V(nm, p, a)		o[(*n)++] = (Out){nm, p, a, 0, Tf32}
#define M(nm, p, a, b)	o[(*n)++] = (Out){nm, p, a, b, type}
	M(smprint("token_embd.weight"), m->w.emb.f, c->dim, c->vocab);
	for(l = 0; l < c->nlayers; l++){
		V(smprint("blk.%d.attn_norm.weight", l), m->w.rmsatt + (vlong)l*c->dim, c->dim);
		M(smprint("blk.%d.attn_q.weight", l), m->w.wq[l].f, c->dim, c->dim);
		M(smprint("blk.%d.attn_k.weight", l), m->w.wk[l].f, c->dim, kv);
		M(smprint("blk.%d.attn_v.weight", l), m->w.wv[l].f, c->dim, kv);
		M(smprint("blk.%d.attn_output.weight", l), m->w.wo[l].f, c->dim, c->dim);
		V(smprint("blk.%d.ffn_norm.weight", l), m->w.rmsffn + (vlong)l*c->dim, c->dim);
		M(smprint("blk.%d.ffn_gate.weight", l), m->w.w1[l].f, c->dim, c->hidden);
		M(smprint("blk.%d.ffn_down.weight", l), m->w.w2[l].f, c->hidden, c->dim);
		M(smprint("blk.%d.ffn_up.weight", l), m->w.w3[l].f, c->dim, c->hidden);
	}
	V(smprint("output_norm.weight"), m->w.rmsfinal, c->dim);
	if(c->ropediv != nil)
		V(smprint("rope_freqs.weight"), c->ropediv, c->dim / c->nheads / 2);
	if(!c->shared)
		M(smprint("output.weight"), m->w.cls.f, c->dim, c->vocab);
#undef V
#undef M
	for(l = 0; l < *n; l++)
		if(o[l].name == nil){
			while(--(*n) >= 0)
				free(o[*n].name);
			free(o);
			return nil;
		}
	return o;
}

static void
whead(Wbuf *w, Model *m, Tokenizer *tk, int type, int n)
{
	Config *c;

	c = &m->c;
	wbput(w, "GGUF", 4);
	wbput32(w, 3);
	wbput64(w, n);
	wbput64(w, 13 + (c->window > 0) + ntokkeys(tk));
	kvstr(w, "general.architecture", "llama");
	kvstr(w, "general.name", "9ml export");
	kvu32(w, "general.alignment", Align);
	kvu32(w, "general.file_type", type == Tf32 ? 0 : type == Tf16 ? 1 : type == Tq8_0 ? 7 : 2);
	kvu32(w, "llama.context_length", c->seqlen);
	kvu32(w, "llama.embedding_length", c->dim);
	kvu32(w, "llama.feed_forward_length", c->hidden);
	kvu32(w, "llama.block_count", c->nlayers);
	kvu32(w, "llama.attention.head_count", c->nheads);
	kvu32(w, "llama.attention.head_count_kv", c->nkvheads);
	kvu32(w, "llama.rope.dimension_count", c->dim / c->nheads);
	kvf32(w, "llama.rope.freq_base", c->theta);
	kvf32(w, "llama.attention.layer_norm_rms_epsilon", 1e-5);
	if(c->window > 0)
		kvu32(w, "llama.attention.sliding_window", c->window);
}

/* what 9ml's GGUF cannot say: Llama 3.1 RoPE scaling (llama.cpp stores it as rope_freqs divisors, which round differently) */
int
ggufcheck(Config *c)
{
	if(c->ropefactor > 0){
		werrstr("Llama 3.1 RoPE scaling cannot be written to GGUF");
		return -1;
	}
	return 0;
}

/* an FP32 model with tokenizer tk as GGUF of type (Tf32, Tf16, Tq8_0, Tq4_0) on fd */
static int
ggufwrite1(Model *m, Tokenizer *tk, int fd, int type)
{
	Out *o;
	Config *c;
	Wbuf w;
	int n, i;
	vlong off, ne;
	uchar pad[Align];

	c = &m->c;
	if(m->gs != 0){
		werrstr("the model must be FP32");
		return -1;
	}
	if(ggufcheck(c) < 0)
		return -1;
	if(type != Tf32 && type != Tf16 && (c->dim % 32 != 0 || c->hidden % 32 != 0)){
		werrstr("dim %d and hidden_dim %d are not multiples of 32 for %s", c->dim, c->hidden, type == Tq8_0 ? "Q8_0" : "Q4_0");
		return -1;
	}
	o = outs(m, type, &n);
	if(o == nil || wbopen(&w, fd, 1<<20) < 0){
		free(o);
		return -1;
	}
	whead(&w, m, tk, type, n);
	if(wtokenizer(&w, tk) < 0)
		w.err = 1;
	off = 0;
	for(i = 0; i < n; i++){
		wstr(&w, o[i].name);
		wbput32(&w, o[i].ne1 ? 2 : 1);
		wbput64(&w, o[i].ne0);
		if(o[i].ne1)
			wbput64(&w, o[i].ne1);
		wbput32(&w, o[i].type);
		wbput64(&w, off);
		off += (tbytes(o[i].type, o[i].ne0 * (o[i].ne1 ? o[i].ne1 : 1)) + Align - 1) / Align * Align;
	}
	memset(pad, 0, sizeof pad);
	wbput(&w, pad, (Align - w.off % Align) % Align);
	for(i = 0; i < n && !w.err; i++){
		ne = o[i].ne0 * (o[i].ne1 ? o[i].ne1 : 1);
		wtensor(&w, o[i].f, ne, o[i].type);
		wbput(&w, pad, (Align - tbytes(o[i].type, ne) % Align) % Align);
	}
	for(i = 0; i < n; i++)
		free(o[i].name);
	free(o);
	return wbclose(&w);
}

/* the writer sees the matrices in rows, as the file has them; back in panels after */
int
ggufwrite(Model *m, Tokenizer *tk, int fd, int type)
{
	int p, r;

	p = m->panels;
	if(torows(m) < 0)
		return -1;
	r = ggufwrite1(m, tk, fd, type);
	if(p && topanels(m) < 0)
		r = -1;
	return r;
}
