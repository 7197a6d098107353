/*
 * Hugging Face tokenizer.json: BPE with byte fallback (SentencePiece
 * converted) or byte-level BPE (GPT-2, Llama 3), with BOS and EOS from
 * tokenizer_config.json beside it.
 */
#include <u.h>
#include <libc.h>
#include "dat.h"
#include "fns.h"

/* the Llama 3 pre-tokenizer's pattern, as tokenizer.json spells it */
static char llama3re[] = "(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\\r\\n\\p{L}\\p{N}]?\\p{L}+|\\p{N}{1,3}| ?[^\\s\\p{L}\\p{N}]+[\\r\\n]*|\\s*[\\r\\n]+|\\s+(?!\\S)|\\s+";

/*
 * A BPE tokenizer.json with byte fallback, as scores for this engine's
 * encoder: the piece a merge makes scores minus the merge's rank, so the
 * earliest merge wins; pieces no merge makes score below them all.
 */
static Tokenizer*
spm(char *path, Json *j, int vocab)
{
	Json *model, *voc, *merges, *e;
	Tokenizer *t;
	char **piece, *s, *a, *cat;
	float *score;
	vlong id;
	int i, r;

	t = nil;
	piece = nil;
	score = nil;
	model = jsonget(j, "model");
	voc = jsonget(model, "vocab");
	merges = jsonget(model, "merges");
	if(voc == nil || voc->type != Jobject || merges == nil || merges->type != Jarray){
		werrstr("%s: no BPE model", path);
		goto out;
	}
	if(voc->nv != vocab){
		werrstr("%s: %d tokens, model wants %d", path, voc->nv, vocab);
		goto out;
	}
	piece = emalloc(vocab * sizeof(char*));
	score = emalloc(vocab * sizeof(float));
	if(piece == nil || score == nil)
		goto out;
	for(i = 0; i < voc->nv; i++){
		e = voc->v[i];
		if(jsonint(e, nil, &id) < 0 || id < 0 || id >= vocab || piece[id] != nil){
			werrstr("%s: bad id of %q", path, e->key);
			goto out;
		}
		if((piece[id] = spunspell(e->key)) == nil)
			goto out;
		score[id] = -1e9;
	}
	for(r = 0; r < merges->nv; r++){
		e = merges->v[r];
		if(e->type == Jstring){
			a = strdup(e->s);
			s = strchr(a, ' ');
			if(s == nil){
				free(a);
				werrstr("%s: bad merge %d", path, r);
				goto out;
			}
			*s++ = 0;
			cat = smprint("%s%s", a, s);
			free(a);
		}else if(e->type == Jarray && e->nv == 2 && e->v[0]->type == Jstring && e->v[1]->type == Jstring)
			cat = smprint("%s%s", e->v[0]->s, e->v[1]->s);
		else{
			werrstr("%s: bad merge %d", path, r);
			goto out;
		}
		e = jsonget(voc, cat);
		free(cat);
		if(e != nil && jsonint(e, nil, &id) == 0 && score[id] == -1e9)
			score[id] = -r;
	}
	t = newtokenizer(piece, score, vocab);
out:
	if(piece != nil)
		for(i = 0; i < vocab; i++)
			free(piece[i]);
	free(piece);
	free(score);
	return t;
}

/* is j, or a member of its Sequence, of type ty? */
static Json*
oftype(Json *j, char *ty, char *seq)
{
	Json *l;
	char *s;
	int i;

	s = jsonstr(j, "type");
	if(s != nil && strcmp(s, ty) == 0)
		return j;
	l = jsonget(j, seq);
	if(s == nil || strcmp(s, "Sequence") != 0 || l == nil || l->type != Jarray)
		return nil;
	for(i = 0; i < l->nv; i++)
		if((s = jsonstr(l->v[i], "type")) != nil && strcmp(s, ty) == 0)
			return l->v[i];
	return nil;
}

/* which pre-tokenizer: a Split by Llama 3's pattern, or ByteLevel's own (GPT-2's); -1 if neither */
static int
pretokenizer(Json *j)
{
	Json *split, *bl, *u;
	char *re;

	j = jsonget(j, "pre_tokenizer");
	bl = oftype(j, "ByteLevel", "pretokenizers");
	split = oftype(j, "Split", "pretokenizers");
	if(bl == nil)
		return -1;
	if(split != nil){
		re = jsonstr(jsonget(split, "pattern"), "Regex");
		return re != nil && strcmp(re, llama3re) == 0 ? Pllama3 : -1;
	}
	u = jsonget(bl, "use_regex");
	return u == nil || u->type == Jtrue ? Pgpt2 : -1;
}

/* the id of the token a tokenizer_config.json member names (a string, or an object with content); -1 if none */
static int
specialid(Tokenizer *t, Json *cfg, char *key)
{
	Json *j;

	j = jsonget(cfg, key);
	if(j != nil && j->type == Jobject)
		j = jsonget(j, "content");
	if(j == nil || j->type != Jstring)
		return -1;
	return lookup(t, j->s);
}

/* piece[id] and type[id] from vocab members or added tokens */
static int
addpieces(char *path, Json *l, char **piece, uchar *type, int vocab, int added)
{
	Json *e;
	vlong id;
	char *s;
	int i;

	for(i = 0; i < l->nv; i++){
		e = l->v[i];
		s = added ? jsonstr(e, "content") : e->key;
		if(s == nil || jsonint(e, added ? "id" : nil, &id) < 0){
			werrstr("%s: bad token %d", path, i);
			return -1;
		}
		if(id < 0 || id >= vocab){
			werrstr("%s: token id %lld, model has %d tokens", path, id, vocab);
			return -1;
		}
		if(piece[id] != nil && strcmp(piece[id], s) != 0){
			werrstr("%s: two tokens with id %lld", path, id);
			return -1;
		}
		piece[id] = s;
		if(added && jsonget(e, "special") != nil && jsonget(e, "special")->type == Jtrue)
			type[id] = Tcontrol;
	}
	return 0;
}

/* merges as "left right" strings, from strings or pairs */
static char**
mergelist(char *path, Json *l)
{
	char **m;
	Json *e;
	int i;

	m = emalloc((l->nv+1) * sizeof(char*));
	if(m == nil)
		return nil;
	for(i = 0; i < l->nv; i++){
		e = l->v[i];
		if(e->type == Jstring)
			m[i] = strdup(e->s);
		else if(e->type == Jarray && e->nv == 2 && e->v[0]->type == Jstring && e->v[1]->type == Jstring)
			m[i] = smprint("%s %s", e->v[0]->s, e->v[1]->s);
		else{
			werrstr("%s: bad merge %d", path, i);
			break;
		}
		if(m[i] == nil)
			break;
	}
	if(i == l->nv)
		return m;
	while(i-- > 0)
		free(m[i]);
	free(m);
	return nil;
}

static Tokenizer*
bytelevel(char *path, Json *j, int vocab)
{
	Json *model, *voc, *added, *merges, *cfg, *ign;
	Tokenizer *t;
	char **piece, **m, *p;
	uchar *type;
	int i, pre;

	if((pre = pretokenizer(j)) < 0){
		werrstr("%s: pre-tokenizer not supported", path);
		return nil;
	}
	model = jsonget(j, "model");
	voc = jsonget(model, "vocab");
	merges = jsonget(model, "merges");
	added = jsonget(j, "added_tokens");
	if(voc == nil || voc->type != Jobject || merges == nil || merges->type != Jarray
	|| (added != nil && added->type != Jarray)){
		werrstr("%s: no BPE model", path);
		return nil;
	}
	t = nil;
	m = nil;
	piece = emalloc(vocab * sizeof(char*));
	type = emalloc(vocab);
	if(piece == nil || type == nil)
		goto out;
	memset(type, Tnormal, vocab);
	if(addpieces(path, voc, piece, type, vocab, 0) < 0 || (added != nil && addpieces(path, added, piece, type, vocab, 1) < 0))
		goto out;
	for(i = 0; i < vocab; i++)
		if(piece[i] == nil){
			werrstr("%s: no token %d of %d", path, i, vocab);
			goto out;
		}
	if((m = mergelist(path, merges)) == nil)
		goto out;
	ign = jsonget(model, "ignore_merges");
	t = newbpe(piece, type, vocab, m, merges->nv, pre, ign != nil && ign->type == Jtrue);
	if(t == nil)
		werrstr("%s: %r", path);
	else{
		p = beside(path, "tokenizer_config.json");
		cfg = readjson(p, 1<<20);
		free(p);
		t->bos = specialid(t, cfg, "bos_token");
		t->eos = specialid(t, cfg, "eos_token");
		jsonfree(cfg);
	}
	for(i = 0; i < merges->nv; i++)
		free(m[i]);
out:
	free(m);
	free(piece);
	free(type);
	return t;
}

/* the tokenizer of a tokenizer.json for a model of vocab tokens */
/*
 * the chat template of tokenizer_config.json beside path, if there is
 * one: a string, or of a list of named ones the one named default
 */
static int
chattemplate(Tokenizer *t, char *path)
{
	char *p, *s;
	Json *j, *c;
	int i;

	p = beside(path, "tokenizer_config.json");
	if(p == nil || access(p, AEXIST) < 0){
		free(p);
		return 0;
	}
	j = readjson(p, 64<<20);
	free(p);
	if(j == nil)
		return -1;
	c = jsonget(j, "chat_template");
	s = nil;
	if(c != nil && c->type == Jstring)
		s = c->s;
	else if(c != nil && c->type == Jarray)
		for(i = 0; i < c->nv; i++)
			if(jsonstr(c->v[i], "name") != nil && strcmp(jsonstr(c->v[i], "name"), "default") == 0)
				s = jsonstr(c->v[i], "template");
	if(s != nil && (t->chattmpl = strdup(s)) == nil)
		werrstr("out of memory");
	jsonfree(j);
	return s != nil && t->chattmpl == nil ? -1 : 0;
}

Tokenizer*
hftokenizer(char *path, int vocab)
{
	Json *j, *dec;
	Tokenizer *t;

	j = readjson(path, 64<<20);
	if(j == nil)
		return nil;
	dec = jsonget(j, "decoder");
	if(oftype(dec, "ByteLevel", "decoders") != nil)
		t = bytelevel(path, j, vocab);
	else
		t = spm(path, j, vocab);
	jsonfree(j);
	if(t != nil && chattemplate(t, path) < 0){
		freetokenizer(t);
		return nil;
	}
	return t;
}

static void
wbs(Wbuf *w, char *s)
{
	wbput(w, s, strlen(s));
}

static void
wbf(Wbuf *w, char *fmt, ...)
{
	va_list arg;
	char *s;

	va_start(arg, fmt);
	s = vsmprint(fmt, arg);
	va_end(arg);
	if(s == nil)
		w->err = 1;
	else
		wbs(w, s);
	free(s);
}

/* s as a JSON string */
static void
wbq(Wbuf *w, char *s)
{
	char e[8];

	wbs(w, "\"");
	for(; *s; s++)
		if(*s == '"' || *s == '\\'){
			e[0] = '\\';
			e[1] = *s;
			wbput(w, e, 2);
		}else if((uchar)*s < ' '){
			snprint(e, sizeof e, "\\u%04x", (uchar)*s);
			wbs(w, e);
		}else
			wbput(w, s, 1);
	wbs(w, "\"");
}

typedef struct Split Split;
struct Split {
	float	score;		/* of the piece made */
	int	id, a, b;
};

static int
splitcmp(void *va, void *vb)
{
	Split *a, *b;

	a = va;
	b = vb;
	if(a->score != b->score)
		return a->score > b->score ? -1 : 1;
	if(a->id != b->id)
		return a->id - b->id;
	return a->a - b->a;
}

/* the merges that make each piece from two others, best-scoring piece first: what llama2.c's encoder does as ranks */
static Split*
spmerges(Tokenizer *t, int *n)
{
	Split *s;
	char *p, *buf;
	int i, k, len, a, b, max;

	max = 1024;
	s = emalloc(max * sizeof(Split));
	buf = emalloc(t->maxlen + 1);
	if(s == nil || buf == nil){
		free(s);
		free(buf);
		return nil;
	}
	*n = 0;
	for(i = 0; i < t->n; i++){
		p = t->vocab[i];
		len = strlen(p);
		for(k = 1; k < len; k++){
			memmove(buf, p, k);
			buf[k] = 0;
			if((a = lookup(t, buf)) < 0 || (b = lookup(t, p+k)) < 0 || lookup(t, p) != i)
				continue;
			if(*n == max){
				max *= 2;
				s = realloc(s, max * sizeof(Split));
				if(s == nil){
					free(buf);
					return nil;
				}
			}
			s[(*n)++] = (Split){t->scores[i], i, a, b};
		}
	}
	free(buf);
	qsort(s, *n, sizeof(Split), splitcmp);
	return s;
}

static char spmnorm[] = "{\"type\":\"Sequence\",\"normalizers\":[{\"type\":\"Prepend\",\"prepend\":\"▁\"},"
	"{\"type\":\"Replace\",\"pattern\":{\"String\":\" \"},\"content\":\"▁\"}]}";
static char spmdec[] = "{\"type\":\"Sequence\",\"decoders\":[{\"type\":\"Replace\",\"pattern\":{\"String\":\"▁\"},\"content\":\" \"},"
	"{\"type\":\"ByteFallback\"},{\"type\":\"Fuse\"},{\"type\":\"Strip\",\"content\":\" \",\"start\":1,\"stop\":0}]}";

static int
special(Tokenizer *t, int i)
{
	return t->kind == Tbpe ? t->type[i] == Tcontrol : i < 3;
}

/* the normalizer, pre-tokenizer and decoder */
static void
wbpipeline(Wbuf *w, Tokenizer *t)
{
	if(t->kind == Tspm){
		wbf(w, "\"normalizer\":%s,\"pre_tokenizer\":null,\"post_processor\":null,\"decoder\":%s,", spmnorm, spmdec);
		return;
	}
	wbs(w, "\"normalizer\":null,\"pre_tokenizer\":");
	if(t->pre == Pllama3){
		wbs(w, "{\"type\":\"Sequence\",\"pretokenizers\":[{\"type\":\"Split\",\"pattern\":{\"Regex\":");
		wbq(w, llama3re);
		wbs(w, "},\"behavior\":\"Isolated\",\"invert\":false},"
			"{\"type\":\"ByteLevel\",\"add_prefix_space\":false,\"trim_offsets\":true,\"use_regex\":false}]}");
	}else
		wbs(w, "{\"type\":\"ByteLevel\",\"add_prefix_space\":false,\"trim_offsets\":true,\"use_regex\":true}");
	wbs(w, ",\"post_processor\":null,\"decoder\":{\"type\":\"ByteLevel\",\"add_prefix_space\":true,\"trim_offsets\":true,\"use_regex\":true},");
}

/* a SentencePiece merge as tokenizer.json spells it */
static char*
spmergeline(Tokenizer *t, Split *sp)
{
	char *a, *b, *s;

	a = spspell(t->vocab[sp->a]);
	b = spspell(t->vocab[sp->b]);
	s = a != nil && b != nil ? smprint("%s %s", a, b) : nil;
	free(a);
	free(b);
	return s;
}

/* model.vocab and model.merges */
static void
wbmodel(Wbuf *w, Tokenizer *t, Split *sp, int nsp)
{
	char *s;
	int i, n, first;

	if(t->kind == Tbpe)
		wbf(w, "\"model\":{\"type\":\"BPE\",\"dropout\":null,\"unk_token\":null,\"byte_fallback\":false,\"ignore_merges\":%s,\"vocab\":{",
			t->ignoremerges ? "true" : "false");
	else
		wbs(w, "\"model\":{\"type\":\"BPE\",\"dropout\":null,\"unk_token\":\"<unk>\",\"fuse_unk\":true,\"byte_fallback\":true,\"ignore_merges\":false,\"vocab\":{");
	first = 1;
	for(i = 0; i < t->n; i++){
		if(t->kind == Tbpe && special(t, i))
			continue;
		s = t->kind == Tbpe ? t->vocab[i] : spspell(t->vocab[i]);
		if(s == nil){
			w->err = 1;
			continue;
		}
		if(!first)
			wbs(w, ",");
		first = 0;
		wbq(w, s);
		wbf(w, ":%d", i);
		if(s != t->vocab[i])
			free(s);
	}
	wbs(w, "},\"merges\":[");
	n = t->kind == Tbpe ? t->nmerge : nsp;
	for(i = 0; i < n; i++){
		s = t->kind == Tbpe ? mergeline(t, i) : spmergeline(t, &sp[i]);
		if(s == nil){
			w->err = 1;
			break;
		}
		if(i > 0)
			wbs(w, ",");
		wbq(w, s);
		free(s);
	}
	wbs(w, "]}}\n");
}

/* t as a Hugging Face tokenizer.json on fd */
int
hfwrite(Tokenizer *t, int fd)
{
	Wbuf w;
	Split *sp;
	int i, n, first;

	sp = nil;
	n = 0;
	if(t->kind == Tspm && (sp = spmerges(t, &n)) == nil)
		return -1;
	if(wbopen(&w, fd, 1<<20) < 0){
		free(sp);
		return -1;
	}
	wbs(&w, "{\"version\":\"1.0\",\"truncation\":null,\"padding\":null,\"added_tokens\":[");
	first = 1;
	for(i = 0; i < t->n; i++)
		if(special(t, i)){
			wbf(&w, "%s{\"id\":%d,\"content\":", first ? "" : ",", i);
			wbq(&w, t->vocab[i]);
			wbs(&w, ",\"single_word\":false,\"lstrip\":false,\"rstrip\":false,\"normalized\":false,\"special\":true}");
			first = 0;
		}
	wbs(&w, "],");
	wbpipeline(&w, t);
	wbmodel(&w, t, sp, n);
	free(sp);
	return wbclose(&w);
}

/* tokenizer_config.json on fd: BOS and EOS by name */
int
hfwriteconfig(Tokenizer *t, int fd)
{
	Wbuf w;

	if(wbopen(&w, fd, 4096) < 0)
		return -1;
	wbs(&w, "{\"bos_token\":");
	wbq(&w, t->bos >= 0 ? t->vocab[t->bos] : "");
	wbs(&w, ",\"eos_token\":");
	wbq(&w, t->eos >= 0 ? t->vocab[t->eos] : "");
	wbs(&w, "}\n");
	return wbclose(&w);
}
