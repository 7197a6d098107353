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

static int
piececmp(Tokenizer *t, int x, int y)
{
	int r;

	r = strcmp(t->vocab[x], t->vocab[y]);
	return r != 0 ? r : x - y;
}

/* ids in piece order, by merging (no qsort: it would need the tokenizer in a global) */
static void
sortids(Tokenizer *t, int *a, int *tmp, int n)
{
	int i, j, k, h;

	if(n < 2)
		return;
	h = n/2;
	sortids(t, a, tmp, h);
	sortids(t, a+h, tmp, n-h);
	i = 0;
	j = h;
	for(k = 0; k < n; k++)
		tmp[k] = j >= n || (i < h && piececmp(t, a[i], a[j]) <= 0) ? a[i++] : a[j++];
	memmove(a, tmp, n*sizeof(int));
}

/* the sorted index, byte pieces and merge buffer of a tokenizer whose pieces are read */
static int
finish(Tokenizer *t)
{
	int i, *tmp;

	for(i = 0; i < 256; i++)
		t->bytes[2*i] = i;
	for(i = 0; i < t->n; i++){
		t->sorted[i] = i;
		if(strlen(t->vocab[i]) > t->maxlen)
			t->maxlen = strlen(t->vocab[i]);
	}
	tmp = emalloc(t->n * sizeof(int));
	t->buf = emalloc(2*t->maxlen + 1 + 4);
	if(tmp == nil || t->buf == nil){
		free(tmp);
		return -1;
	}
	sortids(t, t->sorted, tmp, t->n);
	free(tmp);
	return 0;
}

static Tokenizer*
alloctokenizer(int n)
{
	Tokenizer *t;

	t = emalloc(sizeof *t);
	if(t == nil)
		return nil;
	t->n = n;
	t->vocab = emalloc(n * sizeof(char*));
	t->scores = emalloc(n * sizeof(float));
	t->sorted = emalloc(n * sizeof(int));
	if(t->vocab == nil || t->scores == nil || t->sorted == nil){
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
	if(finish(t) < 0){
		freetokenizer(t);
		return nil;
	}
	return t;
}

static uchar*
readfile(char *path, vlong *np)
{
	Dir *d;
	uchar *buf;
	vlong n;
	int fd;

	fd = open(path, OREAD);
	if(fd < 0)
		return nil;
	d = dirfstat(fd);
	if(d == nil){
		close(fd);
		return nil;
	}
	n = d->length;
	free(d);
	if(n > Maxtokfile){
		werrstr("file too large: %lld bytes", n);
		close(fd);
		return nil;
	}
	buf = emalloc(n+1);
	if(buf == nil || readn(fd, buf, n) != n){
		if(buf != nil)
			werrstr("short read");
		free(buf);
		close(fd);
		return nil;
	}
	close(fd);
	*np = n;
	return buf;
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
			werrstr("bad length %d of token %d", len, i);
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

Tokenizer*
opentokenizer(char *path, int vocab)
{
	Tokenizer *t;
	uchar *buf;
	vlong n;

	if(vocab <= 0 || vocab > Maxvocab){
		werrstr("bad vocabulary size %d", vocab);
		return nil;
	}
	buf = readfile(path, &n);
	if(buf == nil)
		return nil;
	t = alloctokenizer(vocab);
	if(t == nil || parse(t, buf, n) < 0 || finish(t) < 0){
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
	if(t->vocab != nil)
		for(i = 0; i < t->n; i++)
			free(t->vocab[i]);
	free(t->vocab);
	free(t->scores);
	free(t->sorted);
	free(t->buf);
	free(t);
}

/* the id of piece s, -1 if none; the lowest id among equal pieces */
int
lookup(Tokenizer *t, char *s)
{
	int lo, hi, mid;

	lo = 0;
	hi = t->n;
	while(lo < hi){
		mid = lo + (hi - lo)/2;
		if(strcmp(t->vocab[t->sorted[mid]], s) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	if(lo < t->n && strcmp(t->vocab[t->sorted[lo]], s) == 0)
		return t->sorted[lo];
	return -1;
}

/*
 * Encode text into tok, which has room for strlen(text)+3 ids;
 * returns the count. bos and eos add ids 1 and 2.
 */
int
encode(Tokenizer *t, char *text, int bos, int eos, int *tok)
{
	char *c, *buf;
	int n, i, id, len, best, bestid;
	float bestscore;

	buf = t->buf;
	n = 0;
	if(bos)
		tok[n++] = 1;
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
	}
	for(;;){
		bestscore = -1e10;
		bestid = -1;
		best = -1;
		for(i = 0; i < n-1; i++){
			if(strlen(t->vocab[tok[i]]) + strlen(t->vocab[tok[i+1]]) > 2*t->maxlen)
				continue;
			strcpy(buf, t->vocab[tok[i]]);
			strcat(buf, t->vocab[tok[i+1]]);
			id = lookup(t, buf);
			if(id >= 0 && t->scores[id] > bestscore){
				bestscore = t->scores[id];
				bestid = id;
				best = i;
			}
		}
		if(best < 0)
			break;
		tok[best] = bestid;
		for(i = best+1; i < n-1; i++)
			tok[i] = tok[i+1];
		n--;
	}
	if(eos)
		tok[n++] = 2;
	return n;
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

/* the text of tok following prev: no leading space after BOS, <0xXX> as the byte */
char*
decode(Tokenizer *t, int prev, int tok)
{
	char *p;
	int hi, lo;

	if(tok < 0 || tok >= t->n)
		return "";
	p = t->vocab[tok];
	if(prev == 1 && p[0] == ' ')
		p++;
	if(p[0] == '<' && p[1] == '0' && p[2] == 'x' && (hi = hexval(p[3])) >= 0){
		lo = hexval(p[4]);
		if(lo >= 0)
			hi = hi*16 + lo;
		p = t->bytes + 2*hi;
	}
	return p;
}
