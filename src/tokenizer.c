/*
 * The llama2.c tokenizer: tokenizer.bin (max piece length, then per
 * token a float score, an int length and the bytes), SentencePiece-style
 * BPE encoding by best-scoring merges, byte fallback to ids 3..258.
 */
#include <u.h>
#include <libc.h>
#include "dat.h"
#include "fns.h"

enum {
	Maxtokfile	= 64<<20,
	Maxpiece	= 1<<16,
};

/* SentencePiece's own spelling: a space is ▁ */
char*
spspell(char *s)
{
	char *d, *p;

	d = p = emalloc(3*strlen(s) + 1);
	if(d == nil)
		return nil;
	for(; *s; s++)
		if(*s == ' '){
			memmove(p, "▁", 3);
			p += 3;
		}else
			*p++ = *s;
	*p = 0;
	return d;
}

/* and back: ▁ as a space, as tokenizer.bin spells pieces */
char*
spunspell(char *s)
{
	char *d, *p;

	d = p = emalloc(strlen(s) + 1);
	if(d == nil)
		return nil;
	while(*s)
		if(strncmp(s, "▁", 3) == 0){
			*p++ = ' ';
			s += 3;
		}else
			*p++ = *s++;
	*p = 0;
	return d;
}

/* FNV-1a */
static uint
hash(char *s)
{
	uint h;

	for(h = 2166136261U; *s; s++)
		h = (h ^ (uchar)*s) * 16777619U;
	return h;
}

/* the hash index of pieces (the first id of equal ones), byte pieces and merge buffer of a tokenizer whose pieces are read */
int
finishtokenizer(Tokenizer *t)
{
	int i, j;

	for(i = 0; i < 256; i++)
		t->bytes[2*i] = i;
	for(t->mask = 1; t->mask < 2*t->n; t->mask <<= 1)
		;
	t->mask--;
	t->index = emalloc((t->mask+1) * sizeof(int));
	if(t->index == nil)
		return -1;
	memset(t->index, 0xFF, (t->mask+1) * sizeof(int));
	for(i = 0; i < t->n; i++){
		if(strlen(t->vocab[i]) > t->maxlen)
			t->maxlen = strlen(t->vocab[i]);
		for(j = hash(t->vocab[i]) & t->mask; t->index[j] >= 0; j = (j+1) & t->mask)
			if(strcmp(t->vocab[t->index[j]], t->vocab[i]) == 0)
				break;
		if(t->index[j] < 0)
			t->index[j] = i;
	}
	return 0;
}

/* a SentencePiece-style tokenizer of n pieces to come, BOS 1 and EOS 2 as llama2.c has them */
Tokenizer*
alloctokenizer(int n)
{
	Tokenizer *t;

	t = emalloc(sizeof *t);
	if(t == nil)
		return nil;
	t->kind = Tspm;
	t->bos = 1;
	t->eos = 2;
	t->n = n;
	t->vocab = emalloc(n * sizeof(char*));
	t->scores = emalloc(n * sizeof(float));
	if(t->vocab == nil || t->scores == nil){
		freetokenizer(t);
		return nil;
	}
	return t;
}

/* a tokenizer of n pieces (copied), as GGUF metadata gives them */
Tokenizer*
newtokenizer(char **piece, float *score, int n)
{
	Tokenizer *t;
	int i;

	if(n <= 0 || n > Maxvocab){
		werrstr("bad vocabulary size %d", n);
		return nil;
	}
	t = alloctokenizer(n);
	if(t == nil)
		return nil;
	for(i = 0; i < n; i++){
		t->vocab[i] = strdup(piece[i]);
		t->scores[i] = score[i];
		if(t->vocab[i] == nil){
			freetokenizer(t);
			werrstr("out of memory");
			return nil;
		}
	}
	if(finishtokenizer(t) < 0){
		freetokenizer(t);
		return nil;
	}
	return t;
}

static int
parse(Tokenizer *t, uchar *p, vlong n)
{
	uchar *e;
	int i, len;

	e = p + n;
	if(n < 4){
		werrstr("truncated header");
		return -1;
	}
	p += 4;		/* max_token_length: recomputed below */
	for(i = 0; i < t->n; i++){
		if(e - p < 8){
			werrstr("has %d tokens, model wants %d", i, t->n);
			return -1;
		}
		t->scores[i] = getfloat(p);
		len = get32(p+4);
		p += 8;
		if(len < 0 || len > Maxpiece || len > e - p){
			werrstr("bad length of token %d", i);
			return -1;
		}
		t->vocab[i] = emalloc(len+1);
		if(t->vocab[i] == nil)
			return -1;
		memmove(t->vocab[i], p, len);
		p += len;
	}
	if(p != e){
		werrstr("has more than %d tokens: vocabulary does not match the model", t->n);
		return -1;
	}
	return 0;
}

/* the first bytes of path into b (NUL-terminated), -1 if it cannot be read */
static int
peek(char *path, char *b, int n)
{
	int fd;

	fd = open(path, OREAD);
	if(fd < 0)
		return -1;
	n = readn(fd, b, n-1);
	close(fd);
	if(n < 0)
		return -1;
	b[n] = 0;
	return n;
}

/* the tokenizer in path: a tokenizer.bin, a tokenizer.json or a GGUF file's */
Tokenizer*
opentokenizer(char *path, int vocab)
{
	Tokenizer *t;
	uchar *buf;
	char head[5];
	vlong n;
	int json;

	if(vocab <= 0 || vocab > Maxvocab){
		werrstr("bad vocabulary size %d", vocab);
		return nil;
	}
	if(peek(path, head, sizeof head) < 0)
		return nil;
	/* tokenizer.bin begins with a 4-byte length: '{' and three NULs at most */
	json = head[0] == '{' && head[1] != 0 && strchr("\"} \t\r\n", head[1]) != nil;
	if(json || strcmp(head, "GGUF") == 0){
		t = json ? hftokenizer(path, vocab) : ggufpathtokenizer(path);
		if(t != nil && t->n != vocab){
			werrstr("has %d tokens, model wants %d", t->n, vocab);
			freetokenizer(t);
			t = nil;
		}
		return t;
	}
	buf = (uchar*)readfile(path, Maxtokfile, &n);
	if(buf == nil)
		return nil;
	t = alloctokenizer(vocab);
	if(t == nil || parse(t, buf, n) < 0 || finishtokenizer(t) < 0){
		free(buf);
		freetokenizer(t);
		return nil;
	}
	free(buf);
	return t;
}

void
freetokenizer(Tokenizer *t)
{
	int i;

	if(t == nil)
		return;
	for(i = 0; i < t->n; i++){
		if(t->vocab != nil)
			free(t->vocab[i]);
		if(t->text != nil)
			free(t->text[i]);
	}
	free(t->vocab);
	free(t->text);
	free(t->type);
	free(t->merge);
	free(t->byrank);
	free(t->special);
	free(t->scores);
	free(t->index);
	free(t->chattmpl);
	free(t);
}

/* the id of piece s, -1 if none; the lowest id among equal pieces */
int
lookup(Tokenizer *t, char *s)
{
	int j;

	for(j = hash(s) & t->mask; t->index[j] >= 0; j = (j+1) & t->mask)
		if(strcmp(t->vocab[t->index[j]], s) == 0)
			return t->index[j];
	return -1;
}

enum {
	Pollwork	= 4096,	/* steps of an encoding between polls of its stop: a millisecond or two at most */
};

/* has the encoding been told to stop? asked every Pollwork steps of work */
int
stopping(Pairs *p, int work)
{
	if(p->stopped)
		return 1;
	p->work += work;
	if(p->work < Pollwork)
		return 0;
	p->work = 0;
	if(p->stop != nil && p->stop(p->arg)){
		p->stopped = 1;
		werrstr("stopped");
	}
	return p->stopped;
}

void
freepairs(Pairs *p)
{
	free(p->span);
	free(p->prev);
	free(p->q);
	p->span = p->prev = nil;
	p->q = nil;
	p->nsym = p->nq = p->aq = 0;
}

/* does a come out of the queue before b? */
static int
before(Cand *a, Cand *b)
{
	if(a->key != b->key)
		return a->key > b->key;
	return a->l < b->l;
}

/* queue the merge of the symbols at l and r, if there is one */
static int
queue(Pairs *p, int *tok, int l, int r)
{
	Cand c, *q;
	int i, up;

	if(!p->pair(p->aux, tok[l], tok[r], &c.key, &c.id))
		return 0;
	c.l = l;
	c.lspan = p->span[l];
	c.rspan = p->span[r];
	if(p->nq == p->aq){
		q = realloc(p->q, 2*p->aq * sizeof(Cand));
		if(q == nil){
			werrstr("out of memory");
			return -1;
		}
		p->q = q;
		p->aq *= 2;
	}
	for(i = p->nq++; i > 0; i = up){
		up = (i-1)/2;
		if(!before(&c, &p->q[up]))
			break;
		p->q[i] = p->q[up];
	}
	p->q[i] = c;
	return 0;
}

static Cand
pop(Pairs *p)
{
	Cand top, last;
	int i, k;

	top = p->q[0];
	last = p->q[--p->nq];
	for(i = 0; (k = 2*i+1) < p->nq; i = k){
		if(k+1 < p->nq && before(&p->q[k+1], &p->q[k]))
			k++;
		if(!before(&p->q[k], &last))
			break;
		p->q[i] = p->q[k];
	}
	p->q[i] = last;
	return top;
}

static int
grow(Pairs *p, int n)
{
	int *a, *b;
	Cand *q;

	if(n > p->nsym){
		a = realloc(p->span, n * sizeof(int));
		if(a != nil)
			p->span = a;
		b = realloc(p->prev, n * sizeof(int));
		if(b != nil)
			p->prev = b;
		if(a == nil || b == nil){
			werrstr("out of memory");
			return -1;
		}
		p->nsym = n;
	}
	/* room for the first pairs: the queue seldom grows past them */
	if(p->aq < n){
		q = realloc(p->q, n * sizeof(Cand));
		if(q == nil){
			werrstr("out of memory");
			return -1;
		}
		p->q = q;
		p->aq = n;
	}
	return 0;
}

/*
 * Merge the n symbols of tok in place: again and again the adjacent
 * pair whose merge has the highest key, the leftmost among equal keys,
 * until no pair merges; returns how many are left, -1 if out of memory
 * or stopped. A priority queue of the pairs that merge, in that order,
 * over the symbols as a list: a symbol keeps the position of its first,
 * and stands for span[] of them; a queued merge whose symbols have
 * changed since is passed over when it comes out.
 */
int
mergepairs(Pairs *p, int *tok, int n)
{
	Cand c;
	int i, l, r;

	if(n < 2)
		return n;
	if(grow(p, n) < 0)
		return -1;
	p->nq = 0;
	for(i = 0; i < n; i++){
		p->span[i] = 1;
		p->prev[i] = i-1;
	}
	for(i = 0; i+1 < n; i++)
		if(queue(p, tok, i, i+1) < 0 || stopping(p, 1))
			return -1;
	while(p->nq > 0){
		c = pop(p);
		if(stopping(p, 1))
			return -1;
		l = c.l;
		r = l + c.lspan;
		if(p->span[l] != c.lspan || p->span[r] != c.rspan)
			continue;
		tok[l] = c.id;
		p->span[l] += p->span[r];
		p->span[r] = 0;
		r = l + p->span[l];
		if(r < n)
			p->prev[r] = l;
		if(p->prev[l] >= 0 && queue(p, tok, p->prev[l], l) < 0)
			return -1;
		if(r < n && queue(p, tok, l, r) < 0)
			return -1;
	}
	r = 0;
	for(i = 0; i < n; i += p->span[i])
		tok[r++] = tok[i];
	return r;
}

typedef struct Spm Spm;
struct Spm {
	Tokenizer	*t;
	char	*buf;		/* maxlen+5 bytes */
};

/* SentencePiece's merge of a and b: the piece they spell, if it scores above llama2.c's -1e10 (a NaN never merges) */
static int
spmpair(void *v, int a, int b, float *key, int *id)
{
	Spm *s;
	Tokenizer *t;
	int la, lb;
	float sc;

	s = v;
	t = s->t;
	la = strlen(t->vocab[a]);
	lb = strlen(t->vocab[b]);
	if(la + lb > t->maxlen)
		return 0;
	memmove(s->buf, t->vocab[a], la);
	memmove(s->buf+la, t->vocab[b], lb);
	s->buf[la+lb] = 0;
	if((*id = lookup(t, s->buf)) < 0)
		return 0;
	sc = t->scores[*id];
	if(isNaN(sc) || sc <= -1e10)
		return 0;
	*key = sc;
	return 1;
}

/*
 * Encode text into tok, which has room for strlen(text)+3 ids;
 * returns the count, -1 if out of memory or stopped. bos and eos
 * add the tokenizer's BOS and EOS, where it has them. stop (nil:
 * none) is polled with arg every few thousand steps.
 */
int
encodestop(Tokenizer *t, char *text, int bos, int eos, int *tok, int (*stop)(void*), void *arg)
{
	Pairs p;
	Spm s;
	char *c, *buf;
	int n, i, id, len;

	memset(&p, 0, sizeof p);
	p.stop = stop;
	p.arg = arg;
	n = 0;
	if(bos && t->bos >= 0)
		tok[n++] = t->bos;
	if(t->kind == Tbpe){
		i = bpeencode(t, text, tok+n, &p);
		freepairs(&p);
		if(i < 0)
			return -1;
		n += i;
		if(eos && t->eos >= 0)
			tok[n++] = t->eos;
		return n;
	}
	/* scratch of its own: sessions of llmfs encode with one tokenizer at once */
	buf = malloc(t->maxlen + 5);
	if(buf == nil)
		return -1;
	/* SentencePiece's dummy prefix: a space before non-empty text */
	if(text[0] != 0 && (id = lookup(t, " ")) >= 0)
		tok[n++] = id;
	len = 0;
	for(c = text; *c != 0; c++){
		if((*c & 0xC0) != 0x80)
			len = 0;
		buf[len++] = *c;
		buf[len] = 0;
		if((c[1] & 0xC0) == 0x80 && len < 4)
			continue;
		id = lookup(t, buf);
		if(id >= 0)
			tok[n++] = id;
		else
			for(i = 0; i < len; i++){
				id = (uchar)buf[i] + 3;	/* byte fallback: <0x00> is id 3 */
				tok[n++] = id < t->n ? id : 0;
			}
		len = 0;
		if(stopping(&p, 1)){
			free(buf);
			return -1;
		}
	}
	s.t = t;
	s.buf = buf;
	p.pair = spmpair;
	p.aux = &s;
	n = mergepairs(&p, tok, n);
	freepairs(&p);
	free(buf);
	if(n < 0)
		return -1;
	if(eos && t->eos >= 0)
		tok[n++] = t->eos;
	return n;
}

int
encode(Tokenizer *t, char *text, int bos, int eos, int *tok)
{
	return encodestop(t, text, bos, eos, tok, nil, nil);
}

static int
hexval(int c)
{
	if(c >= '0' && c <= '9')
		return c - '0';
	if(c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if(c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/*
 * The text of tok following prev. SentencePiece: no leading space
 * after BOS, <0xXX> as the byte. Byte-level BPE: the token's bytes.
 */
char*
decode(Tokenizer *t, int prev, int tok)
{
	char *p;
	int hi, lo;

	if(tok < 0 || tok >= t->n)
		return "";
	if(t->kind == Tbpe)
		return t->text[tok];
	p = t->vocab[tok];
	if(prev == t->bos && p[0] == ' ')
		p++;
	if(p[0] == '<' && p[1] == '0' && p[2] == 'x' && (hi = hexval(p[3])) >= 0){
		lo = hexval(p[4]);
		if(lo >= 0)
			hi = hi*16 + lo;
		p = t->bytes + 2*hi;
	}
	return p;
}
