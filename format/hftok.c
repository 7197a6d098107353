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
	char **piece, *s, *d, *a, *cat;
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
		piece[id] = d = strdup(e->key);
		for(s = e->key; *s; s++)		/* ▁ is a space */
			if((uchar)s[0] == 0xE2 && (uchar)s[1] == 0x96 && (uchar)s[2] == 0x81){
				*d++ = ' ';
				s += 2;
			}else
				*d++ = *s;
		*d = 0;
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
	Json *split, *bl, *re;

	j = jsonget(j, "pre_tokenizer");
	bl = oftype(j, "ByteLevel", "pretokenizers");
	split = oftype(j, "Split", "pretokenizers");
	if(bl == nil)
		return -1;
	if(split != nil){
		re = jsonget(split, "pattern");
		if(jsonstr(re, "Regex") != nil && strcmp(jsonstr(re, "Regex"), llama3re) == 0)
			return Pllama3;
		return -1;
	}
	if(jsonget(bl, "use_regex") == nil || jsonget(bl, "use_regex")->type == Jtrue)
		return Pgpt2;
	return -1;
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
	return t;
}
