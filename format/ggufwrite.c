/*
 * GGUF version 3 from a model in memory: llama metadata, the tokenizer
 * (tokens with ▁ for space, scores, token types), tensors in F32, F16,
 * Q8_0, Q4_0, Q4_1, Q5_0, Q4_K, Q5_K, Q6_K or the Q4_K_M mix (norms stay
 * F32), data at 32-byte alignment, in ggml's block layouts, each block
 * made as ggml's reference quantizers make it (format/kquant.c for the
 * K-quants).
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
put16(uchar *b, float v)
{
	u16int h;

	h = tohalf(v);
	b[0] = h;
	b[1] = h >> 8;
}

/* v rounded, within lo..hi (a NaN to lo) */
static int
clampq(float v, int lo, int hi)
{
	if(isNaN(v) || v <= lo)
		return lo;
	if(v >= hi)
		return hi;
	return rnd(v);
}

/* the value of largest magnitude of n (the first of them), 0 if none */
static float
signedmax(float *x, int n)
{
	float amax, max;
	int i;

	amax = max = 0;
	for(i = 0; i < n; i++)
		if(fabs(x[i]) > amax && !isNaN(x[i])){
			amax = fabs(x[i]);
			max = x[i];
		}
	return max;
}

/* the smallest and largest of n values (NaNs passed over), from the first */
static void
range(float *x, int n, float *lo, float *hi)
{
	int i;

	*lo = *hi = x[0];
	for(i = 0; i < n; i++){
		if(isNaN(x[i]))
			continue;
		if(isNaN(*lo) || x[i] < *lo)
			*lo = x[i];
		if(isNaN(*hi) || x[i] > *hi)
			*hi = x[i];
	}
}

/*
 * a block of type t (32 values, the K-quants 256) into b, as ggml's
 * reference quantizers make it; its bytes
 */
int
quantblock(int t, float *f, uchar *b)
{
	float lo, hi, amax, d, id;
	u32int bits;
	int j, q0, q1;

	switch(t){
	case Tq8_0:	/* d = max|x|/127 in f16; q = round(x/d) */
		amax = fabs(signedmax(f, 32));
		d = amax / 127;
		id = d != 0 ? 1/d : 0;
		put16(b, d);
		for(j = 0; j < 32; j++)
			b[2+j] = (schar)rnd(f[j] * id);
		return 34;
	case Tq4_0:	/* d = max/-8 with max the value of largest magnitude; q = x/d + 8.5, at most 15 */
		d = signedmax(f, 32) / -8;
		id = d != 0 ? 1/d : 0;
		put16(b, d);
		for(j = 0; j < 16; j++){
			q0 = nibble(f[j] * id + 8.5f);
			q1 = nibble(f[j+16] * id + 8.5f);
			b[2+j] = q0 | q1 << 4;
		}
		return 18;
	case Tq4_1:	/* d = (max-min)/15, m = min, as halves; q = (x-min)/d + 0.5, at most 15 */
		range(f, 32, &lo, &hi);
		d = (hi - lo) / 15;
		id = d != 0 ? 1/d : 0;
		put16(b, d);
		put16(b+2, lo);
		for(j = 0; j < 16; j++){
			q0 = nibble((f[j] - lo) * id + 0.5f);
			q1 = nibble((f[j+16] - lo) * id + 0.5f);
			b[4+j] = q0 | q1 << 4;
		}
		return 20;
	case Tq5_0:	/* as Q4_0 with d = max/-16 and q = x/d + 16.5, at most 31; the fifth bits in a word */
		d = signedmax(f, 32) / -16;
		id = d != 0 ? 1/d : 0;
		put16(b, d);
		bits = 0;
		for(j = 0; j < 16; j++){
			q0 = clampq(floor(f[j] * id + 16.5f), 0, 31);
			q1 = clampq(floor(f[j+16] * id + 16.5f), 0, 31);
			b[6+j] = (q0 & 0xf) | (q1 & 0xf) << 4;
			bits |= (u32int)(q0 >> 4) << j | (u32int)(q1 >> 4) << (j+16);
		}
		b[2] = bits;
		b[3] = bits >> 8;
		b[4] = bits >> 16;
		b[5] = bits >> 24;
		return 22;
	case Tq4_K:
	case Tq5_K:
	case Tq6_K:
		kquantize(t, f, b);
		return t == Tq4_K ? 144 : t == Tq5_K ? 176 : 210;
	}
	return 0;
}

static void
wtensor(Wbuf *w, float *f, vlong n, int t)
{
	uchar b[256];
	u16int h;
	vlong i;
	int per;

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
	}
	per = t == Tq4_K || t == Tq5_K || t == Tq6_K ? 256 : 32;
	for(i = 0; i < n; i += per)
		wbput(w, b, quantblock(t, f + i, b));
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
		return 7 + (t->chattmpl != nil);
	return 5 + (t->bos >= 0) + (t->eos >= 0) + (t->chattmpl != nil);
}

/* SentencePiece with ▁ for space, scores and token types; or byte-level BPE, its pieces as they are and its merges */
static int
wtokenizer(Wbuf *w, Tokenizer *t)
{
	char *s;
	int i;

	kvstr(w, "tokenizer.ggml.model", t->kind == Tspm ? "llama" : "gpt2");
	if(t->chattmpl != nil)
		kvstr(w, "tokenizer.chat_template", t->chattmpl);
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

/* llama.cpp's use_more_bits: the layers of Q4_K_M's attn_v and ffn_down that get Q6_K */
static int
morebits(int i, int n)
{
	return i < n/8 || i >= 7*n/8 || (i - n/8) % 3 == 2;
}

/*
 * a matrix's type of rows of ne0 for the file's type: the mix's Q6_K
 * where more (output.weight, morebits' attn_v and ffn_down), and what
 * llama.cpp falls back to where rows are not whole 256-blocks
 */
static int
mattype(int type, vlong ne0, int more)
{
	if(type == Tq4_K_M)
		type = more ? Tq6_K : Tq4_K;
	if(ne0 % 256 != 0 && (type == Tq4_K || type == Tq5_K || type == Tq6_K))
		type = type == Tq4_K ? Tq5_0 : Tq8_0;
	return type;
}

/* the tensors of m in GGUF's names and order, matrices of type; *n of them */
static Out*
outs(Model *m, int type, int *n)
{
	Config *c;
	Out *o;
	int l, kv, more;

	c = &m->c;
	kv = c->dim / c->nheads * c->nkvheads;
	o = emalloc((9*c->nlayers + 4) * sizeof(Out));
	if(o == nil)
		return nil;
	*n = 0;
#define V(nm, p, a)		o[(*n)++] = (Out){nm, p, a, 0, Tf32}
#define M(nm, p, a, b, more)	o[(*n)++] = (Out){nm, p, a, b, mattype(type, a, more)}
	M(smprint("token_embd.weight"), m->w.emb.f, c->dim, c->vocab, 0);
	for(l = 0; l < c->nlayers; l++){
		more = morebits(l, c->nlayers);
		V(smprint("blk.%d.attn_norm.weight", l), m->w.rmsatt + (vlong)l*c->dim, c->dim);
		M(smprint("blk.%d.attn_q.weight", l), m->w.wq[l].f, c->dim, c->dim, 0);
		M(smprint("blk.%d.attn_k.weight", l), m->w.wk[l].f, c->dim, kv, 0);
		M(smprint("blk.%d.attn_v.weight", l), m->w.wv[l].f, c->dim, kv, more);
		M(smprint("blk.%d.attn_output.weight", l), m->w.wo[l].f, c->dim, c->dim, 0);
		V(smprint("blk.%d.ffn_norm.weight", l), m->w.rmsffn + (vlong)l*c->dim, c->dim);
		M(smprint("blk.%d.ffn_gate.weight", l), m->w.w1[l].f, c->dim, c->hidden, 0);
		M(smprint("blk.%d.ffn_down.weight", l), m->w.w2[l].f, c->hidden, c->dim, more);
		M(smprint("blk.%d.ffn_up.weight", l), m->w.w3[l].f, c->dim, c->hidden, 0);
	}
	V(smprint("output_norm.weight"), m->w.rmsfinal, c->dim);
	if(c->ropediv != nil)
		V(smprint("rope_freqs.weight"), c->ropediv, c->dim / c->nheads / 2);
	if(!c->shared)
		M(smprint("output.weight"), m->w.cls.f, c->dim, c->vocab, 1);
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

static char*
tname(int type)
{
	switch(type){
	case Tq8_0: return "Q8_0";
	case Tq4_0: return "Q4_0";
	case Tq4_1: return "Q4_1";
	case Tq5_0: return "Q5_0";
	case Tq4_K: return "Q4_K";
	case Tq5_K: return "Q5_K";
	case Tq6_K: return "Q6_K";
	case Tq4_K_M: return "Q4_K_M";
	}
	return "?";
}

/* llama.cpp's llama_ftype of a file of type: the pure K-quants as their _S mixes, which are nearest */
static int
ftype(int type)
{
	switch(type){
	case Tf32: return 0;
	case Tf16: return 1;
	case Tq4_0: return 2;
	case Tq4_1: return 3;
	case Tq8_0: return 7;
	case Tq5_0: return 8;
	case Tq4_K: return 14;
	case Tq4_K_M: return 15;
	case Tq5_K: return 16;
	case Tq6_K: return 18;
	}
	return 0;
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
	kvu32(w, "general.file_type", ftype(type));
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

/* an FP32 model with tokenizer tk as GGUF of type (Tf32, Tf16, Tq8_0, Tq4_0, Tq4_1, Tq5_0, Tq4_K, Tq5_K, Tq6_K, Tq4_K_M) on fd */
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
		werrstr("dim %d and hidden_dim %d are not multiples of 32 for %s", c->dim, c->hidden, tname(type));
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
