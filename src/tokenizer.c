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

/*
 * Encode text into tok, which has room for strlen(text)+3 ids;
 * returns the count, -1 if out of memory. bos and eos add the
 * tokenizer's BOS and EOS, where it has them.
 */
int
encode(Tokenizer *t, char *text, int bos, int eos, int *tok)
{
	char *c, *buf;
	int n, i, id, len, best, bestid;
	float bestscore;

	n = 0;
	if(bos && t->bos >= 0)
		tok[n++] = t->bos;
	if(t->kind == Tbpe){
		if((i = bpeencode(t, text, tok+n)) < 0)
			return -1;
		n += i;
		if(eos && t->eos >= 0)
			tok[n++] = t->eos;
		return n;
	}
	/* scratch of its own: sessions of llmfs encode with one tokenizer at once */
	buf = malloc(2*t->maxlen + 1 + 4);
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
	free(buf);
	if(eos && t->eos >= 0)
		tok[n++] = t->eos;
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
