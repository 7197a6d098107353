/*
 * Byte-level BPE, GPT-2's scheme as Llama 3 uses it: text is cut into
 * pre-tokens (pretok.c), each pre-token's bytes are spelled in GPT-2's
 * alphabet of 256 printable runes, and adjacent symbols are merged by
 * the rank of their merge, lowest first, leftmost among equals.
 */
#include <u.h>
#include <libc.h>
#include "dat.h"
#include "fns.h"

static char *prenames[] = {
	[Pgpt2]	"gpt2",
	[Pllama3]	"llama-bpe",
};

/* the pre-tokenizer a GGUF tokenizer.ggml.pre names, -1 if none */
int
prebyname(char *s)
{
	if(strcmp(s, "gpt2") == 0 || strcmp(s, "gpt-2") == 0)
		return Pgpt2;
	if(strcmp(s, "llama-bpe") == 0 || strcmp(s, "llama3") == 0 || strcmp(s, "llama-v3") == 0)
		return Pllama3;
	return -1;
}

char*
prename(int pre)
{
	return prenames[pre];
}

/* GPT-2's bytes_to_unicode: printable Latin-1 stands for itself, the rest from 256 on */
static Rune
byterune(int b)
{
	if(b <= ' ')
		return 256 + b;
	if(b >= 0x7F && b <= 0xA0)
		return 256 + 33 + b - 0x7F;
	if(b == 0xAD)
		return 256 + 67;
	return b;
}

static int
runebyte(Rune r)
{
	if(r >= 256 && r < 256 + 33)
		return r - 256;
	if(r >= 256 + 33 && r < 256 + 67)
		return r - 256 - 33 + 0x7F;
	if(r == 256 + 67)
		return 0xAD;
	if(r < 256 && byterune(r) == r)
		return r;
	return -1;
}

/* n bytes of s in GPT-2's alphabet into d, which has room for 2n+1 */
static void
spell(char *d, char *s, int n)
{
	Rune r;

	while(n-- > 0){
		r = byterune(*(uchar*)s++);
		d += runetochar(d, &r);
	}
	*d = 0;
}

/* the bytes s spells, nil when it is not in GPT-2's alphabet */
static char*
unspell(char *s)
{
	char *d, *p;
	Rune r;
	int b;

	d = p = emalloc(strlen(s) + 1);
	if(d == nil)
		return nil;
	while(*s){
		s += chartorune(&r, s);
		if((b = runebyte(r)) < 0){
			free(d);
			return nil;
		}
		*p++ = b;
	}
	*p = 0;
	return d;
}

static int
mergecmp(void *va, void *vb)
{
	Merge *a, *b;

	a = va;
	b = vb;
	if(a->a != b->a)
		return a->a < b->a ? -1 : 1;
	if(a->b != b->b)
		return a->b < b->b ? -1 : 1;
	return a->rank - b->rank;
}

/* the best-ranked merge of a and b, nil if none */
static Merge*
findmerge(Tokenizer *t, int a, int b)
{
	int lo, hi, mid;
	Merge *m;

	lo = 0;
	hi = t->nmerge;
	while(lo < hi){
		mid = (lo + hi)/2;
		m = &t->merge[mid];
		if(m->a < a || (m->a == a && m->b < b))
			lo = mid + 1;
		else
			hi = mid;
	}
	if(lo < t->nmerge && t->merge[lo].a == a && t->merge[lo].b == b)
		return &t->merge[lo];
	return nil;
}

/* merge[r] is "left right", as GGUF's tokenizer.ggml.merges has it */
static int
addmerge(Tokenizer *t, char *s, int r)
{
	char *a, *b, *ab;
	Merge *m;

	a = strdup(s);
	b = a != nil ? strchr(a, ' ') : nil;
	if(b == nil || strchr(b+1, ' ') != nil){
		free(a);
		werrstr("bad merge %d: %q", r, s);
		return -1;
	}
	*b++ = 0;
	ab = smprint("%s%s", a, b);
	m = &t->merge[r];
	m->a = lookup(t, a);
	m->b = lookup(t, b);
	m->id = ab != nil ? lookup(t, ab) : -1;
	m->rank = r;
	free(a);
	free(ab);
	if(m->a < 0 || m->b < 0 || m->id < 0){
		werrstr("merge %d: %q is not in the vocabulary", r, s);
		return -1;
	}
	return 0;
}

/* the text of each token: control tokens none, others their bytes or, if not spelled, themselves */
static int
maketext(Tokenizer *t)
{
	int i;

	t->text = emalloc(t->n * sizeof(char*));
	if(t->text == nil)
		return -1;
	for(i = 0; i < t->n; i++){
		if(t->type[i] == Tcontrol)
			t->text[i] = strdup("");
		else if((t->text[i] = unspell(t->vocab[i])) == nil)
			t->text[i] = strdup(t->vocab[i]);
		if(t->text[i] == nil)
			return -1;
	}
	return 0;
}

/* longer first, then by id: two ints, the length and the id */
static int
longerfirst(void *a, void *b)
{
	int *x, *y;

	x = a;
	y = b;
	return x[0] != y[0] ? y[0] - x[0] : x[1] - y[1];
}

/* the control tokens that text can name (<|eot_id|>), longest first */
static int
makespecial(Tokenizer *t)
{
	int i, n, *pair;

	pair = emalloc((2*t->n+2) * sizeof(int));
	t->special = emalloc((t->n+1) * sizeof(int));
	if(pair == nil || t->special == nil){
		free(pair);
		return -1;
	}
	n = 0;
	memset(t->first, 0, sizeof t->first);
	for(i = 0; i < t->n; i++)
		if(t->type[i] == Tcontrol && t->vocab[i][0] != 0){
			pair[2*n] = strlen(t->vocab[i]);
			pair[2*n+1] = i;
			n++;
			t->first[(uchar)t->vocab[i][0] >> 3] |= 1 << ((uchar)t->vocab[i][0] & 7);
		}
	qsort(pair, n, 2*sizeof(int), longerfirst);
	for(i = 0; i < n; i++)
		t->special[i] = pair[2*i+1];
	t->nspecial = n;
	free(pair);
	return 0;
}

/* the control token whose text starts at p, and its length in *len; -1 if none */
static int
special(Tokenizer *t, char *p, int *len)
{
	int i, n;
	uchar c;

	c = *p;
	if((t->first[c >> 3] & 1 << (c & 7)) == 0)
		return -1;
	for(i = 0; i < t->nspecial; i++){
		n = strlen(t->vocab[t->special[i]]);
		if(strncmp(p, t->vocab[t->special[i]], n) == 0){
			*len = n;
			return t->special[i];
		}
	}
	return -1;
}

/*
 * A byte-level BPE tokenizer of n pieces with token types (nil: all
 * normal) and nmerge merges in rank order; every byte must have its token.
 */
Tokenizer*
newbpe(char **piece, uchar *type, int n, char **merges, int nmerge, int pre, int ignoremerges)
{
	Tokenizer *t;
	char s[4];
	uchar b;
	int i;

	if(n <= 0 || n > Maxvocab || nmerge < 0 || nmerge > Maxmerges){
		werrstr("bad vocabulary: %d tokens, %d merges", n, nmerge);
		return nil;
	}
	t = alloctokenizer(n);
	if(t == nil)
		return nil;
	t->kind = Tbpe;
	t->pre = pre;
	t->ignoremerges = ignoremerges;
	t->bos = t->eos = -1;
	t->type = emalloc(n);
	t->merge = emalloc((nmerge+1) * sizeof(Merge));
	if(t->type == nil || t->merge == nil)
		goto err;
	for(i = 0; i < n; i++){
		t->type[i] = type != nil ? type[i] : Tnormal;
		if((t->vocab[i] = strdup(piece[i])) == nil)
			goto err;
	}
	if(finishtokenizer(t) < 0 || maketext(t) < 0 || makespecial(t) < 0)
		goto err;
	for(i = 0; i < 256; i++){
		b = i;
		spell(s, (char*)&b, 1);
		if((t->byteid[i] = lookup(t, s)) < 0){
			werrstr("no token for byte %d", i);
			goto err;
		}
	}
	t->nmerge = nmerge;
	for(i = 0; i < nmerge; i++)
		if(addmerge(t, merges[i], i) < 0)
			goto err;
	qsort(t->merge, nmerge, sizeof(Merge), mergecmp);
	if((t->byrank = emalloc((nmerge+1) * sizeof(int))) == nil)
		goto err;
	for(i = 0; i < nmerge; i++)
		t->byrank[t->merge[i].rank] = i;
	return t;
err:
	freetokenizer(t);
	return nil;
}

/* byte-level BPE's merge of a and b: the lower its rank, the higher its key (ranks below Maxmerges are exact in a float) */
static int
bpepair(void *v, int a, int b, float *key, int *id)
{
	Merge *m;

	m = findmerge(v, a, b);
	if(m == nil)
		return 0;
	*key = Maxmerges - m->rank;
	*id = m->id;
	return 1;
}

/* the ids of pre-token p (n bytes) into tok, s has room for 2n+1 bytes; -1 if out of memory or stopped */
static int
piece(Tokenizer *t, char *p, int n, int *tok, char *s, Pairs *pp)
{
	int m;

	if(t->ignoremerges){
		spell(s, p, n);
		if((tok[0] = lookup(t, s)) >= 0)
			return 1;
	}
	for(m = 0; m < n; m++)
		tok[m] = t->byteid[(uchar)p[m]];
	return mergepairs(pp, tok, n);
}

/* the ids of text into tok, which has room for one per byte; -1 if out of memory or stopped (pp's stop) */
int
bpeencode(Tokenizer *t, char *text, int *tok, Pairs *pp)
{
	char *p, *q, *e, *f, *s, *seg;
	int n, id, len, k;

	n = strlen(text);
	s = emalloc(2*n + 1);
	seg = emalloc(n + 1);
	if(s == nil || seg == nil){
		free(s);
		free(seg);
		return -1;
	}
	pp->pair = bpepair;
	pp->aux = t;
	n = 0;
	for(p = text; *p; p = e){
		if((id = special(t, p, &len)) >= 0){
			tok[n++] = id;
			e = p + len;
			continue;
		}
		/* the text up to the next control token is pre-tokenized alone */
		for(q = p+1; *q && special(t, q, &len) < 0; q++)
			if(stopping(pp, 1)){
				n = -1;
				goto out;
			}
		memmove(seg, p, q - p);
		seg[q - p] = 0;
		for(e = seg; *e; e = f){
			f = pretoken(t->pre, e);
			k = piece(t, e, f - e, tok + n, s, pp);
			if(k < 0 || stopping(pp, f - e)){
				n = -1;
				goto out;
			}
			n += k;
		}
		e = q;
	}
out:
	free(s);
	free(seg);
	return n;
}

/* merge r as "left right", as GGUF and tokenizer.json have it */
char*
mergeline(Tokenizer *t, int r)
{
	Merge *m;

	m = &t->merge[t->byrank[r]];
	return smprint("%s %s", t->vocab[m->a], t->vocab[m->b]);
}
