/*
 * A model as Hugging Face llama safetensors: model.safetensors (F32,
 * F16 or BF16; q and k rows in rotate-half order, as HF's layout has
 * them) and config.json. The tokenizer is not converted.
 */
#include <u.h>
#include <libc.h>
#include "dat.h"
#include "fns.h"

/* float to bfloat16, rounding to nearest even */
static u16int
tobf16(float f)
{
	union { float f; u32int u; } v;

	v.f = f;
	if((v.u & 0x7fffffff) > 0x7f800000)
		return v.u >> 16 | 0x40;
	return (v.u + 0x7fff + (v.u >> 16 & 1)) >> 16;
}

typedef struct T T;
struct T {
	char	*name;
	float	*f;
	vlong	rows;
	vlong	cols;
	int	heads;		/* q and k: rows to put in rotate-half order */
};

/* rotate-half order: per head, the even rows then the odd ones */
static float*
permuted(T *t, int hs)
{
	float *p;
	int h, i;

	p = emalloc(t->rows * t->cols * sizeof(float));
	if(p == nil)
		return nil;
	for(h = 0; h < t->heads; h++)
		for(i = 0; i < hs/2; i++){
			memmove(p + ((vlong)h*hs + i)*t->cols, t->f + ((vlong)h*hs + 2*i)*t->cols, t->cols*sizeof(float));
			memmove(p + ((vlong)h*hs + hs/2 + i)*t->cols, t->f + ((vlong)h*hs + 2*i+1)*t->cols, t->cols*sizeof(float));
		}
	return p;
}

static int
putvals(int fd, float *f, vlong n, int type)
{
	uchar *b;
	vlong i;
	u16int h;
	int r;

	if(type == Tf32)
		return write(fd, f, 4*n) == 4*n ? 0 : -1;
	b = emalloc(2*n);
	if(b == nil)
		return -1;
	for(i = 0; i < n; i++){
		h = type == Tf16 ? tohalf(f[i]) : tobf16(f[i]);
		b[2*i] = h;
		b[2*i+1] = h >> 8;
	}
	r = write(fd, b, 2*n) == 2*n ? 0 : -1;
	free(b);
	return r;
}

/* model.safetensors of m on fd, in type Tf32, Tf16 or Tbf16 */
static int
stwrite1(Model *m, int fd, int type)
{
	T *t;
	Config *c;
	Fmt f;
	char *hdr, *dt;
	uchar len[8];
	vlong off, n8, size;
	int n, i, l, hs, kv, esize, r;
	float *p;

	c = &m->c;
	if(m->gs != 0){
		werrstr("the model must be FP32");
		return -1;
	}
	if(stcheck(c) < 0)
		return -1;
	t = emalloc((9*c->nlayers + 3) * sizeof(T));	/* not on the stack: 9front's are 64 KB */
	if(t == nil)
		return -1;
	hs = c->dim / c->nheads;
	kv = hs * c->nkvheads;
	n = 0;
#define A(nm, ff, r, cc, h)	t[n++] = (T){nm, ff, r, cc, h}
	A("model.embed_tokens.weight", m->w.emb.f, c->vocab, c->dim, 0);
	for(l = 0; l < c->nlayers; l++){
		A(smprint("model.layers.%d.input_layernorm.weight", l), m->w.rmsatt + (vlong)l*c->dim, c->dim, 1, 0);
		A(smprint("model.layers.%d.self_attn.q_proj.weight", l), m->w.wq[l].f, c->dim, c->dim, c->nheads);
		A(smprint("model.layers.%d.self_attn.k_proj.weight", l), m->w.wk[l].f, kv, c->dim, c->nkvheads);
		A(smprint("model.layers.%d.self_attn.v_proj.weight", l), m->w.wv[l].f, kv, c->dim, 0);
		A(smprint("model.layers.%d.self_attn.o_proj.weight", l), m->w.wo[l].f, c->dim, c->dim, 0);
		A(smprint("model.layers.%d.post_attention_layernorm.weight", l), m->w.rmsffn + (vlong)l*c->dim, c->dim, 1, 0);
		A(smprint("model.layers.%d.mlp.gate_proj.weight", l), m->w.w1[l].f, c->hidden, c->dim, 0);
		A(smprint("model.layers.%d.mlp.down_proj.weight", l), m->w.w2[l].f, c->dim, c->hidden, 0);
		A(smprint("model.layers.%d.mlp.up_proj.weight", l), m->w.w3[l].f, c->hidden, c->dim, 0);
	}
	A("model.norm.weight", m->w.rmsfinal, c->dim, 1, 0);
	if(!c->shared)
		A("lm_head.weight", m->w.cls.f, c->vocab, c->dim, 0);
#undef A
	dt = type == Tf32 ? "F32" : type == Tf16 ? "F16" : "BF16";
	esize = type == Tf32 ? 4 : 2;
	fmtstrinit(&f);
	fmtprint(&f, "{\"__metadata__\": {\"format\": \"pt\"}");
	off = 0;
	for(i = 0; i < n; i++){
		size = t[i].rows * t[i].cols * esize;
		if(t[i].cols == 1)
			fmtprint(&f, ", \"%s\": {\"dtype\": \"%s\", \"shape\": [%lld], \"data_offsets\": [%lld, %lld]}",
				t[i].name, dt, t[i].rows, off, off + size);
		else
			fmtprint(&f, ", \"%s\": {\"dtype\": \"%s\", \"shape\": [%lld, %lld], \"data_offsets\": [%lld, %lld]}",
				t[i].name, dt, t[i].rows, t[i].cols, off, off + size);
		off += size;
	}
	fmtprint(&f, "}");
	hdr = fmtstrflush(&f);
	n8 = strlen(hdr);
	while(n8 % 8 != 0){		/* the data starts 8-byte aligned */
		hdr = realloc(hdr, n8 + 2);
		hdr[n8++] = ' ';
		hdr[n8] = 0;
	}
	for(i = 0; i < 8; i++)
		len[i] = n8 >> 8*i;
	r = write(fd, len, 8) == 8 && write(fd, hdr, n8) == n8 ? 0 : -1;
	free(hdr);
	for(i = 0; i < n && r == 0; i++){
		p = t[i].heads ? permuted(&t[i], hs) : t[i].f;
		if(p == nil || putvals(fd, p, t[i].rows * t[i].cols, type) < 0)
			r = -1;
		if(p != t[i].f)
			free(p);
	}
	for(i = 0; i < n; i++)
		if(strncmp(t[i].name, "model.layers.", 13) == 0)
			free(t[i].name);
	free(t);
	if(r < 0)
		werrstr("write error");
	return r;
}

/* what config.json cannot say: a GGUF file's per-pair RoPE divisors */
int
stcheck(Config *c)
{
	if(c->ropediv != nil){
		werrstr("RoPE frequency divisors (rope_freqs) cannot be written to safetensors");
		return -1;
	}
	return 0;
}

/* config.json for m: Hugging Face's names for what 9ml reads back (sliding window, Llama 3.1 RoPE scaling) */
char*
stconfig(Model *m)
{
	Config *c;
	Fmt f;

	c = &m->c;
	fmtstrinit(&f);
	fmtprint(&f, "{\n  \"architectures\": [\"%s\"],\n  \"model_type\": \"%s\",\n"
		"  \"hidden_size\": %d,\n  \"intermediate_size\": %d,\n  \"num_hidden_layers\": %d,\n"
		"  \"num_attention_heads\": %d,\n  \"num_key_value_heads\": %d,\n  \"vocab_size\": %d,\n"
		"  \"max_position_embeddings\": %d,\n  \"rope_theta\": %g,\n  \"rms_norm_eps\": 1e-05,\n"
		"  \"tie_word_embeddings\": %s,\n  \"head_dim\": %d",
		c->window > 0 ? "MistralForCausalLM" : "LlamaForCausalLM", c->window > 0 ? "mistral" : "llama",
		c->dim, c->hidden, c->nlayers, c->nheads, c->nkvheads, c->vocab, c->seqlen, c->theta,
		c->shared ? "true" : "false", c->dim / c->nheads);
	if(c->ropefactor > 0)
		fmtprint(&f, ",\n  \"rope_scaling\": {\"rope_type\": \"llama3\", \"factor\": %g, \"low_freq_factor\": %g, "
			"\"high_freq_factor\": %g, \"original_max_position_embeddings\": %g}", c->ropefactor, c->ropelow, c->ropehigh, c->roporig);
	if(c->window > 0)
		fmtprint(&f, ",\n  \"sliding_window\": %d", c->window);
	fmtprint(&f, "\n}\n");
	return fmtstrflush(&f);
}

/* the writer sees the matrices in rows, as the file has them; back in panels after */
int
stwrite(Model *m, int fd, int type)
{
	int p, r;

	p = m->panels;
	if(torows(m) < 0)
		return -1;
	r = stwrite1(m, fd, type);
	if(p && topanels(m) < 0)
		r = -1;
	return r;
}
