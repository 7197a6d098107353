/*
 * Hugging Face llama models: model.safetensors (an 8-byte header
 * length, a JSON header of tensor dtypes, shapes and data offsets, then
 * the data), with config.json and tokenizer.json beside it. Tensors
 * are F32, F16 or BF16. The q and k rows come in rotate-half order
 * (each head's even rows, then its odd rows); they are put back in the
 * interleaved order this engine's RoPE uses.
 */
#include <u.h>
#include <libc.h>
#include "dat.h"
#include "fns.h"

enum {
	Maxheader	= 100<<20,
};

typedef struct Stensor Stensor;
struct Stensor {
	char	*name;
	int	dtype;		/* Tf32, Tf16, Tbf16 */
	vlong	rows;
	vlong	cols;		/* 1 for vectors */
	vlong	off;		/* in the file */
	vlong	n;
};

char*
beside(char *path, char *name)
{
	char *s, *p;

	s = strdup(path);
	p = strrchr(s, '/');
	if(p == nil){
		free(s);
		return strdup(name);
	}
	*p = 0;
	p = smprint("%s/%s", s, name);
	free(s);
	return p;
}

/* the directory of tensors in header h; data begins at base */
static Stensor*
directory(Json *h, vlong base, vlong size, int *np)
{
	Stensor *t;
	Json *e, *shape, *offs;
	char *dt;
	vlong b, end, v[2];
	int i, n, k, esize;

	t = emalloc((h->nv + 1) * sizeof(Stensor));
	if(t == nil)
		return nil;
	n = 0;
	for(i = 0; i < h->nv; i++){
		e = h->v[i];
		if(strcmp(e->key, "__metadata__") == 0)
			continue;
		dt = jsonstr(e, "dtype");
		shape = jsonget(e, "shape");
		offs = jsonget(e, "data_offsets");
		if(dt == nil || shape == nil || shape->type != Jarray || shape->nv < 1 || shape->nv > 2
		|| offs == nil || offs->type != Jarray || offs->nv != 2
		|| jsonint(offs->v[0], nil, &b) < 0 || jsonint(offs->v[1], nil, &end) < 0){
			werrstr("tensor %s: bad entry", e->key);
			goto err;
		}
		t[n].name = e->key;
		if(strcmp(dt, "F32") == 0){ t[n].dtype = Tf32; esize = 4; }
		else if(strcmp(dt, "F16") == 0){ t[n].dtype = Tf16; esize = 2; }
		else if(strcmp(dt, "BF16") == 0){ t[n].dtype = Tbf16; esize = 2; }
		else{
			werrstr("tensor %s: dtype %s not supported", e->key, dt);
			goto err;
		}
		v[1] = 1;
		for(k = 0; k < shape->nv; k++)
			if(jsonint(shape->v[k], nil, &v[k]) < 0 || v[k] <= 0 || v[k] > size){
				werrstr("tensor %s: bad shape", e->key);
				goto err;
			}
		t[n].rows = v[0];
		t[n].cols = shape->nv == 2 ? v[1] : 1;
		t[n].n = t[n].rows * t[n].cols;
		if(b < 0 || end < b || base + end > size || end - b != t[n].n * esize){
			werrstr("tensor %s: data offsets %lld..%lld do not fit", e->key, b, end);
			goto err;
		}
		t[n].off = base + b;
		n++;
	}
	*np = n;
	return t;
err:
	free(t);
	return nil;
}

static Stensor*
find(Stensor *t, int n, char *name, vlong rows, vlong cols)
{
	int i;

	for(i = 0; i < n; i++)
		if(strcmp(t[i].name, name) == 0){
			if(t[i].rows != rows || t[i].cols != cols){
				werrstr("tensor %s is %lld×%lld, want %lld×%lld", name, t[i].rows, t[i].cols, rows, cols);
				return nil;
			}
			return &t[i];
		}
	werrstr("no tensor %s", name);
	return nil;
}

static int
readf32(int fd, Stensor *t, float *f)
{
	uchar *raw;
	vlong bytes;
	int r;

	tensorsize(t->dtype, t->n, &bytes);
	raw = emalloc(bytes);
	if(raw == nil)
		return -1;
	if(pread(fd, raw, bytes, t->off) != bytes){
		werrstr("short read of tensor %s", t->name);
		r = -1;
	}else
		r = dequant(t->dtype, raw, f, t->n);
	free(raw);
	return r;
}

/* rows (of rb bytes) of each head from rotate-half order back to interleaved pairs */
static int
unpermute(void *v, int heads, int hs, vlong rb)
{
	uchar *w, *tmp;
	int h, i;

	w = v;
	tmp = emalloc(hs * rb);
	if(tmp == nil)
		return -1;
	for(h = 0; h < heads; h++){
		memmove(tmp, w + h*hs*rb, hs*rb);
		for(i = 0; i < hs/2; i++){
			memmove(w + (h*hs + 2*i)*rb, tmp + i*rb, rb);
			memmove(w + (h*hs + 2*i+1)*rb, tmp + (hs/2 + i)*rb, rb);
		}
	}
	free(tmp);
	return 0;
}

static int
config(Model *m, char *path)
{
	Json *j, *e;
	Config *c;
	vlong v[7];
	char *p, *p2, *why;
	static char *keys[] = {"hidden_size", "intermediate_size", "num_hidden_layers", "num_attention_heads",
		"num_key_value_heads", "vocab_size", "max_position_embeddings"};
	int i;

	p = beside(path, "config.json");
	j = readjson(p, 1<<20);
	if(j == nil){
		werrstr("%s: %r", p);
		free(p);
		return -1;
	}
	for(i = 0; i < 7; i++)
		if(jsonint(j, keys[i], &v[i]) < 0 || v[i] <= 0 || v[i] > 1<<30){
			if(i == 4){
				v[4] = v[3];
				continue;
			}
			werrstr("%s: bad or missing %s", p, keys[i]);
			jsonfree(j);
			free(p);
			return -1;
		}
	c = &m->c;
	setdims(c, v);
	c->theta = 10000;
	if((e = jsonget(j, "rope_theta")) != nil && e->type == Jnumber)
		c->theta = e->n;
	e = jsonget(j, "tie_word_embeddings");
	c->shared = e == nil || e->type == Jtrue;
	if(jsonint(j, "sliding_window", &v[0]) == 0 && v[0] > 0 && v[0] < 1<<30)
		c->window = v[0];
	if((e = jsonget(j, "rope_scaling")) != nil && e->type == Jobject
	&& (jsonstr(e, "rope_type") != nil || jsonstr(e, "type") != nil)){
		c->ropefactor = jsonget(e, "factor") ? jsonget(e, "factor")->n : 0;
		c->ropelow = jsonget(e, "low_freq_factor") ? jsonget(e, "low_freq_factor")->n : 1;
		c->ropehigh = jsonget(e, "high_freq_factor") ? jsonget(e, "high_freq_factor")->n : 4;
		c->roporig = jsonget(e, "original_max_position_embeddings") ? jsonget(e, "original_max_position_embeddings")->n : 8192;
		if(c->ropefactor <= 0 || c->ropelow <= 0 || c->ropehigh <= c->ropelow || c->roporig <= 0){
			werrstr("%s: bad rope_scaling", p);
			jsonfree(j);
			free(p);
			return -1;
		}
	}
	p2 = jsonstr(j, "model_type");
	why = smprint("config.json model_type %s, rope_theta %g", p2 ? p2 : "?", c->theta);
	i = archdetect(c, p2 ? p2 : "llama", why);
	free(why);
	jsonfree(j);
	if(i < 0){
		werrstr("%s: %r", p);
		free(p);
		return -1;
	}
	free(p);
	return 0;
}

typedef struct Slot Slot;
struct Slot {
	char	*fmt;
	int	layered;
	float	**norm;
	Mat	*mat;
	int	rows;
	int	cols;
	int	heads;		/* q and k: heads to unpermute */
};

int
stprobe(uchar *h, int n, vlong size)
{
	uvlong len;

	if(n < 9)
		return 0;
	len = get32(h) | (uvlong)get32(h+4) << 32;
	return h[8] == '{' && len >= 2 && len <= (uvlong)size - 8;
}

/* the matrices' types as the file has them: F16 and BF16 rows kept, F32 ones FP32 */
static int
owntypes(Model *m, Stensor *t, int n, Slot *sl, int ns)
{
	Slot *p;
	Stensor *st;
	char *name;
	int l, k;

	for(p = sl; p < sl+ns; p++){
		if(p->mat == nil)
			continue;
		k = p->layered ? m->c.nlayers : 1;
		for(l = 0; l < k; l++){
			name = smprint(p->fmt, l);
			st = find(t, n, name, p->rows, p->cols);
			free(name);
			if(st == nil)
				return -1;
			if(st->dtype != Tf32){
				p->mat[l].type = st->dtype;
				p->mat[l].rowbytes = 2*p->cols;
			}
		}
	}
	m->own = 1;
	gquantinit();
	return 0;
}

/* quant: Lfp32, Lq8 or Lown */
int
stload(Model *m, int fd, int quant)
{
	Config *c;
	Json *h;
	Stensor *t, *st;
	Slot sl[12], *p;
	uchar b[8];
	char *hdr, *name, *tp;
	vlong len, nv;
	int n, ns, l, k, kvdim, hs;
	float *f, *dst;

	t = nil;
	f = nil;
	if(pread(fd, b, 8, 0) != 8)
		return -1;
	len = get32(b) | (uvlong)get32(b+4) << 32;
	if(len > Maxheader || len > m->filesize - 8){
		werrstr("bad header length");
		return -1;
	}
	hdr = emalloc(len + 1);
	if(hdr == nil || pread(fd, hdr, len, 8) != len){
		free(hdr);
		return -1;
	}
	h = jsonparse(hdr, len);
	free(hdr);
	if(h == nil || h->type != Jobject){
		if(h != nil)
			werrstr("header is not an object");
		goto err;
	}
	t = directory(h, 8 + len, m->filesize, &n);
	if(t == nil || config(m, m->name) < 0)
		goto err;
	c = &m->c;
	if(checkconfig(c) < 0 || allocmats(m) < 0)
		goto err;
	hs = c->dim / c->nheads;
	kvdim = hs * c->nkvheads;
	if(!c->shared && find(t, n, "lm_head.weight", c->vocab, c->dim) == nil)
		goto err;
	ns = 0;
	sl[ns++] = (Slot){"model.embed_tokens.weight", 0, nil, &m->w.emb, c->vocab, c->dim, 0};
	sl[ns++] = (Slot){"model.layers.%d.input_layernorm.weight", 1, &m->w.rmsatt, nil, c->dim, 1, 0};
	sl[ns++] = (Slot){"model.layers.%d.post_attention_layernorm.weight", 1, &m->w.rmsffn, nil, c->dim, 1, 0};
	sl[ns++] = (Slot){"model.norm.weight", 0, &m->w.rmsfinal, nil, c->dim, 1, 0};
	sl[ns++] = (Slot){"model.layers.%d.self_attn.q_proj.weight", 1, nil, m->w.wq, c->dim, c->dim, c->nheads};
	sl[ns++] = (Slot){"model.layers.%d.self_attn.k_proj.weight", 1, nil, m->w.wk, kvdim, c->dim, c->nkvheads};
	sl[ns++] = (Slot){"model.layers.%d.self_attn.v_proj.weight", 1, nil, m->w.wv, kvdim, c->dim, 0};
	sl[ns++] = (Slot){"model.layers.%d.self_attn.o_proj.weight", 1, nil, m->w.wo, c->dim, c->dim, 0};
	sl[ns++] = (Slot){"model.layers.%d.mlp.gate_proj.weight", 1, nil, m->w.w1, c->hidden, c->dim, 0};
	sl[ns++] = (Slot){"model.layers.%d.mlp.down_proj.weight", 1, nil, m->w.w2, c->dim, c->hidden, 0};
	sl[ns++] = (Slot){"model.layers.%d.mlp.up_proj.weight", 1, nil, m->w.w3, c->hidden, c->dim, 0};
	if(!c->shared)
		sl[ns++] = (Slot){"lm_head.weight", 0, nil, &m->w.cls, c->vocab, c->dim, 0};
	if(loadquant(m, quant == Lq8) < 0 || (quant == Lown && owntypes(m, t, n, sl, ns) < 0) || arrange(m) < 0)
		goto err;
	for(p = sl; p < sl+ns; p++){
		nv = (vlong)p->rows * p->cols;
		k = p->layered ? c->nlayers : 1;
		for(l = 0; l < k; l++){
			name = smprint(p->fmt, l);
			st = find(t, n, name, p->rows, p->cols);
			free(name);
			if(st == nil)
				goto err;
			if(p->mat != nil && p->mat[l].raw != nil){
				if(pread(fd, p->mat[l].raw, nv*2, st->off) != nv*2){
					werrstr("short read of tensor %s", st->name);
					goto err;
				}
				if(p->heads && unpermute(p->mat[l].raw, p->heads, hs, p->mat[l].rowbytes) < 0)
					goto err;
				continue;
			}
			if(p->norm || quant != Lq8){
				dst = p->norm ? *p->norm + l*nv : p->mat[l].f;
				if(readf32(fd, st, dst) < 0 || (p->heads && unpermute(dst, p->heads, hs, 4*p->cols) < 0))
					goto err;
				continue;
			}
			f = emalloc(4*nv);
			if(f == nil || readf32(fd, st, f) < 0 || (p->heads && unpermute(f, p->heads, hs, 4*p->cols) < 0))
				goto err;
			quantrow(p->mat[l].q, p->mat[l].s, f, nv, Qgs);
			free(f);
			f = nil;
		}
	}
	tp = beside(m->name, "tokenizer.json");
	m->tok = hftokenizer(tp, c->vocab);
	if(m->tok == nil && access(tp, AEXIST) == 0)
		m->tokerr = smprint("%r");
	free(tp);
	free(t);
	jsonfree(h);
	return 0;
err:
	free(f);
	free(t);
	jsonfree(h);
	return -1;
}
