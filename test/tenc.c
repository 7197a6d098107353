/*
 * Encoding by merges: the engine's priority queue against the
 * definition, merged the straightforward quadratic way (the best pair
 * of the whole text each time, leftmost among equals) by oracles of
 * this file's own (pieces found by binary search in sorted copies),
 * for SentencePiece (score, highest first, only above -1e10, never a
 * NaN) and byte-level BPE (rank, lowest first), on random vocabularies
 * full of equal scores, on the real ones, runs of one letter, UTF-8,
 * byte fallback and long texts; how the time grows to 1 MB; and
 * generate stopped while it encodes and prefills.
 */
#include <u.h>
#include <libc.h>
#include "dat.h"
#include "fns.h"
#include "test.h"
#include "ref.h"

/* ---- the oracles ---- */

typedef struct Orc Orc;
struct Orc {
	int	n;
	char	**piece;
	float	*score;
	int	*sorted;	/* ids by piece, then id */
	int	maxlen;
	char	**line;		/* BPE: the merges "a b", and their ranks, by line then rank */
	int	*rank;
	int	nline;
};

static char	**sortstr;	/* what byname sorts by */

static int
byname(void *a, void *b)
{
	int x, y, c;

	x = *(int*)a;
	y = *(int*)b;
	c = strcmp(sortstr[x], sortstr[y]);
	return c != 0 ? c : x - y;
}

/* the first of the sorted ids whose string is s, -1 if none */
static int
first(char **str, int *sorted, int n, char *s)
{
	int lo, hi, mid;

	lo = 0;
	hi = n;
	while(lo < hi){
		mid = (lo + hi)/2;
		if(strcmp(str[sorted[mid]], s) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	if(lo < n && strcmp(str[sorted[lo]], s) == 0)
		return sorted[lo];
	return -1;
}

static int*
sortby(char **str, int n)
{
	int *s, i;

	s = malloc(n * sizeof(int));
	for(i = 0; i < n; i++)
		s[i] = i;
	sortstr = str;
	qsort(s, n, sizeof(int), byname);
	return s;
}

static Orc*
neworc(char **piece, float *score, int n)
{
	Orc *o;
	int i;

	o = mallocz(sizeof *o, 1);
	o->n = n;
	o->piece = piece;
	o->score = score;
	o->sorted = sortby(piece, n);
	for(i = 0; i < n; i++)
		if(strlen(piece[i]) > o->maxlen)
			o->maxlen = strlen(piece[i]);
	return o;
}

static void
freeorc(Orc *o)
{
	free(o->sorted);
	free(o->rank);
	free(o);
}

static int
find(Orc *o, char *s)
{
	return first(o->piece, o->sorted, o->n, s);
}

/* llama2.c's encode as it is written: BOS, a dummy space, a piece per character or its bytes, then the best merge of all again and again */
static int
spmoracle(Orc *o, char *text, int *tok)
{
	char *buf;
	int n, i, j, len, id, best, bestid;
	float bestscore;

	buf = malloc(2*o->maxlen + 8);
	n = 0;
	tok[n++] = 1;
	if(text[0] != 0 && (id = find(o, " ")) >= 0)
		tok[n++] = id;
	for(i = 0; text[i] != 0; i += len){
		len = 1;
		while(len < 4 && ((int)(uchar)text[i+len] & 0xC0) == 0x80)
			len++;
		memmove(buf, text+i, len);
		buf[len] = 0;
		if((id = find(o, buf)) >= 0)
			tok[n++] = id;
		else
			for(j = 0; j < len; j++){
				id = (int)(uchar)buf[j] + 3;
				tok[n++] = id < o->n ? id : 0;
			}
	}
	for(;;){
		best = -1;
		bestid = -1;
		bestscore = -1e10;
		for(i = 0; i+1 < n; i++){
			if(strlen(o->piece[tok[i]]) + strlen(o->piece[tok[i+1]]) > o->maxlen)
				continue;
			strcpy(buf, o->piece[tok[i]]);
			strcat(buf, o->piece[tok[i+1]]);
			id = find(o, buf);
			if(id >= 0 && !isNaN(o->score[id]) && o->score[id] > bestscore){
				bestscore = o->score[id];
				best = i;
				bestid = id;
			}
		}
		if(best < 0)
			break;
		tok[best] = bestid;
		memmove(tok+best+1, tok+best+2, (n-best-2) * sizeof(int));
		n--;
	}
	free(buf);
	return n;
}

/* GPT-2's bytes_to_unicode as its encoder.py builds it: printable bytes stand for themselves, the others take 256, 257, ... */
static void
alphabet(Rune *cs)
{
	int b, n;

	n = 0;
	for(b = 0; b < 256; b++)
		if((b >= '!' && b <= '~') || (b >= 0xA1 && b <= 0xAC) || (b >= 0xAE && b <= 0xFF))
			cs[b] = b;
		else
			cs[b] = 256 + n++;
}

/* the BPE oracle's merges: line r has rank r; the lowest rank of a line is found first */
static void
orcmerges(Orc *o, char **line, int n)
{
	o->line = line;
	o->nline = n;
	o->rank = sortby(line, n);
}

/*
 * byte-level BPE by its definition, a pre-token at a time (cut by the
 * engine's pretoken): its bytes in GPT-2's alphabet, one symbol each,
 * the pair whose "a b" has the lowest rank merged again and again,
 * the leftmost among equals; a pre-token in the vocabulary is one
 * token when merges are ignored
 */
static int
bpeoracle(Orc *o, int pre, int ignore, char *text, int *tok)
{
	Rune cs[256];
	char **sym, *buf, *whole, *e, *f;
	int n, m, i, j, r, best, bestrank;

	alphabet(cs);
	n = 0;
	sym = malloc((strlen(text)+1) * sizeof(char*));
	buf = malloc(4*strlen(text) + 8);
	whole = malloc(4*strlen(text) + 8);
	for(e = text; *e; e = f){
		f = pretoken(pre, e);
		whole[0] = 0;
		for(m = 0; m < f - e; m++){
			sym[m] = malloc(UTFmax+1);
			sym[m][runetochar(sym[m], &cs[(uchar)e[m]])] = 0;
			strcat(whole, sym[m]);
		}
		if(ignore && (i = find(o, whole)) >= 0){
			tok[n++] = i;
			for(i = 0; i < m; i++)
				free(sym[i]);
			continue;
		}
		for(;;){
			best = -1;
			bestrank = 0;
			for(i = 0; i+1 < m; i++){
				sprint(buf, "%s %s", sym[i], sym[i+1]);
				r = first(o->line, o->rank, o->nline, buf);
				if(r >= 0 && (best < 0 || r < bestrank)){
					best = i;
					bestrank = r;
				}
			}
			if(best < 0)
				break;
			sprint(buf, "%s%s", sym[best], sym[best+1]);
			free(sym[best]);
			free(sym[best+1]);
			sym[best] = strdup(buf);
			for(j = best+1; j+1 < m; j++)
				sym[j] = sym[j+1];
			m--;
		}
		for(i = 0; i < m; i++){
			tok[n++] = find(o, sym[i]);
			free(sym[i]);
		}
	}
	free(sym);
	free(buf);
	free(whole);
	return n;
}

/* ---- random vocabularies and texts ---- */

static char *spmchars[] = {"a", "b", "c", " ", "é", "d", "☃", "🦙", "aa"};

static int
pick(uvlong *seed, int n)
{
	return randu32(seed) % n;
}

static float
randscore(uvlong *seed)
{
	static float few[] = {0, -1, -2, -3, -1, 0.5};

	switch(pick(seed, 40)){
	case 0:	return NaN();
	case 1:	return Inf(-1);
	case 2:	return Inf(1);
	case 3:	return -1e10;		/* never merges: the scores must be above it */
	case 4:	return -9.99e9;
	case 5:	return -(float)(randu32(seed) % 1000) / 7;
	}
	return few[pick(seed, nelem(few))];
}

/*
 * llama2.c's layout: <unk> <s> </s>, the 256 <0xXX> pieces, then
 * single characters (not d nor ☃: they fall back to bytes) and nrand
 * random strings of them, some repeated, most scores equal
 */
static Tokenizer*
randspm(uvlong *seed, int nrand, char ***pp, float **sp)
{
	char **piece, *s;
	float *score;
	int n, i, k, parts;
	Tokenizer *t;

	piece = malloc((259 + 8 + nrand) * sizeof(char*));
	score = malloc((259 + 8 + nrand) * sizeof(float));
	n = 0;
	piece[n++] = "<unk>";
	piece[n++] = "<s>";
	piece[n++] = "</s>";
	for(i = 0; i < 256; i++)
		piece[n++] = smprint("<0x%02X>", i);
	piece[n++] = " ";
	piece[n++] = "a";
	piece[n++] = "b";
	piece[n++] = "c";
	piece[n++] = "é";
	piece[n++] = "🦙";
	piece[n++] = "<s>a";		/* BOS takes part in the merges, as in llama2.c */
	piece[n++] = "<0xC3>a";	/* a fallen-back byte merges too */
	for(i = 0; i < n; i++)
		score[i] = i < 259 ? 0 : randscore(seed);
	for(k = 0; k < nrand; k++){
		parts = 2 + pick(seed, 4);
		s = strdup("");
		for(i = 0; i < parts; i++)
			s = smprint("%s%s", s, spmchars[pick(seed, nelem(spmchars))]);
		score[n] = randscore(seed);
		piece[n++] = s;
	}
	t = newtokenizer(piece, score, n);
	*pp = piece;
	*sp = score;
	return t;
}

static char *textbits[] = {"a", "a", "a", "b", "c", " ", "é", "d", "☃", "🦙", "\x80", "\xff", "\xc3", "<s>", "\n"};

static char*
randtext(uvlong *seed, char **bits, int nbits, int len)
{
	char *s;
	int n, k, run;

	s = malloc(4*len + 8);
	n = 0;
	while(n < len){
		if(pick(seed, 12) == 0){
			run = 1 + pick(seed, 300);
			for(k = 0; k < run && n < len; k++)
				s[n++] = 'a';
			continue;
		}
		strcpy(s+n, bits[pick(seed, nbits)]);
		n += strlen(s+n);
	}
	s[n] = 0;
	return s;
}

static int
sameids(int *a, int na, int *b, int nb)
{
	return na == nb && memcmp(a, b, na*sizeof(int)) == 0;
}

/* the engine against the oracle on text; returns 1 when they agree */
static int
spmsame(Tokenizer *t, Orc *o, char *text, char *what)
{
	int *a, *b, na, nb, i, same;

	a = malloc((strlen(text)+3) * sizeof(int));
	b = malloc((strlen(text)+3) * sizeof(int));
	na = encode(t, text, 1, 0, a);
	nb = spmoracle(o, text, b);
	for(i = 0; i < na && i < nb && a[i] == b[i]; i++)
		;
	same = sameids(a, na, b, nb);
	check(same, "%s: %d ids, the oracle %d, first differing at %d (text of %ld bytes)",
		what, na, nb, i, (long)strlen(text));
	free(a);
	free(b);
	return same;
}

static void
spmrandom(void)
{
	Tokenizer *t;
	Orc *o;
	char **piece, *text;
	float *score;
	uvlong seed;
	int k, i, agree, ntext;

	seed = 0x9e3779b97f4a7c15ULL;
	agree = ntext = 0;
	for(k = 0; k < 24; k++){
		t = randspm(&seed, 20 + pick(&seed, 400), &piece, &score);
		if(t == nil){
			fail("random vocabulary: %r");
			return;
		}
		o = neworc(piece, score, t->n);
		for(i = 0; i < 40; i++){
			text = randtext(&seed, textbits, nelem(textbits), i < 38 ? pick(&seed, 120) : 1500);
			agree += spmsame(t, o, text, smprint("random vocabulary %d, text %d", k, i));
			ntext++;
			free(text);
		}
		freeorc(o);
		freetokenizer(t);
	}
	note("%d of %d texts on 24 random SentencePiece vocabularies", agree, ntext);
}

static char *storywords[] = {
	"Once", "upon", "a", "time", "there", "was", "little", "girl", "named", "Lily", "she", "loved",
	"to", "play", "in", "the", "park", "with", "her", "dog", "one", "day", "saw", "big", "red",
	"ball", "and", "happy", "Ünïcödé", "☃", "日本語", "🦙", "3.14159", "42", "\t", "   ", "aaaaaaaa",
	"\x01", "\xff", "Don't", "\"Hi!\"", "\n",
};

static char*
storytext(uvlong *seed, int len)
{
	char *s;
	int n;

	s = malloc(len + 64);
	n = 0;
	while(n < len){
		strcpy(s+n, storywords[pick(seed, nelem(storywords))]);
		n += strlen(s+n);
		s[n++] = pick(seed, 8) == 0 ? ',' : ' ';
	}
	s[len] = 0;
	return s;
}

/* a run of n of c */
static char*
runof(int c, int n)
{
	char *s;

	s = malloc(n+1);
	memset(s, c, n);
	s[n] = 0;
	return s;
}

static void
spmreal(char *file, int vocab)
{
	Tokenizer *t;
	Orc *o;
	Reftok *r;
	uvlong seed;
	char *text;
	int i, a[512], b[512], na, nb;

	t = opentokenizer(mpath(file), vocab);
	if(t == nil){
		fail("%s: %r", file);
		return;
	}
	o = neworc(t->vocab, t->scores, t->n);
	seed = 7;
	/* the oracle agrees with reference.c's naive encoder, a linear search over the file's own reading */
	r = reftokload(mpath(file), vocab);
	for(i = 0; r != nil && i < 6; i++){
		text = storytext(&seed, 60);
		na = spmoracle(o, text, a);
		nb = refencode(r, text, b);
		check(sameids(a, na, b, nb), "%s: the oracle differs from refencode on %q", file, text);
		free(text);
	}
	if(r != nil)
		reftokfree(r);
	for(i = 0; i < 12; i++){
		text = storytext(&seed, i < 10 ? 50 + 100*i : 4000);
		spmsame(t, o, text, smprint("%s story %d", file, i));
		free(text);
	}
	text = runof('a', 3000);
	spmsame(t, o, text, smprint("%s: 3000 a", file));
	free(text);
	text = runof(' ', 2000);
	spmsame(t, o, text, smprint("%s: 2000 spaces", file));
	free(text);
	freeorc(o);
	freetokenizer(t);
}

/*
 * a byte-level BPE vocabulary: the bytes, then nmerge random merges of
 * tokens there (letters and the space most), some lines repeated and
 * some tokens made by two merges; a few words in it without merges
 */
static Tokenizer*
randbpe(uvlong *seed, int nmerge, int pre, int ignore, Orc **op)
{
	static char favour[] = "abcd ";
	Rune cs[256];
	char **piece, **line, *x, *y;
	int n, i, k, a, b;
	Tokenizer *t;
	Orc *o;

	alphabet(cs);
	piece = malloc((256 + nmerge + 8) * sizeof(char*));
	line = malloc((nmerge + 1) * sizeof(char*));
	for(n = 0; n < 256; n++){
		piece[n] = malloc(UTFmax+1);
		piece[n][runetochar(piece[n], &cs[n])] = 0;
	}
	for(k = 0; k < nmerge; k++){
		if(k > 0 && pick(seed, 10) == 0){
			line[k] = line[pick(seed, k)];	/* the same line again, ranked lower */
			continue;
		}
		a = pick(seed, 3) == 0 || n == 256 ? (int)(uchar)favour[pick(seed, 5)] : 256 + pick(seed, n - 256);
		b = pick(seed, 3) == 0 || n == 256 ? (int)(uchar)favour[pick(seed, 5)] : 256 + pick(seed, n - 256);
		if(pick(seed, 20) == 0)
			b = 0xe9;
		x = piece[a];
		y = piece[b];
		line[k] = smprint("%s %s", x, y);
		piece[n] = smprint("%s%s", x, y);
		for(i = 0; i < n; i++)
			if(strcmp(piece[i], piece[n]) == 0)
				break;
		if(i == n)
			n++;
	}
	piece[n++] = "abcabc";
	piece[n++] = "dd";
	piece[n++] = "Ġab";
	t = newbpe(piece, nil, n, line, nmerge, pre, ignore);
	o = neworc(piece, nil, n);
	orcmerges(o, line, nmerge);
	*op = o;
	return t;
}

static char *bpebits[] = {"a", "b", "c", "d", " ", "ab", "abcabc", "dd", "é", "x1", "42", "!", "\n", "  ", "\xe9", "'s"};

static int
bpesame(Tokenizer *t, Orc *o, char *text, char *what)
{
	int *a, *b, na, nb, i, same;

	a = malloc((strlen(text)+3) * sizeof(int));
	b = malloc((strlen(text)+3) * sizeof(int));
	na = encode(t, text, 0, 0, a);
	nb = bpeoracle(o, t->pre, t->ignoremerges, text, b);
	for(i = 0; i < na && i < nb && a[i] == b[i]; i++)
		;
	same = sameids(a, na, b, nb);
	check(same, "%s: %d ids, the oracle %d, first differing at %d (text of %ld bytes)",
		what, na, nb, i, (long)strlen(text));
	free(a);
	free(b);
	return same;
}

static void
bperandom(void)
{
	Tokenizer *t;
	Orc *o;
	char *text;
	uvlong seed;
	int k, i, agree, ntext;

	seed = 12345;
	agree = ntext = 0;
	for(k = 0; k < 16; k++){
		t = randbpe(&seed, 10 + pick(&seed, 300), k%2 ? Pgpt2 : Pllama3, k/2 % 2, &o);
		if(t == nil){
			fail("random BPE vocabulary %d: %r", k);
			return;
		}
		for(i = 0; i < 30; i++){
			text = randtext(&seed, bpebits, nelem(bpebits), pick(&seed, 150));
			agree += bpesame(t, o, text, smprint("random BPE vocabulary %d, text %d", k, i));
			ntext++;
			free(text);
		}
		text = runof('a', 1200);	/* one pre-token */
		agree += bpesame(t, o, text, smprint("random BPE vocabulary %d: 1200 a", k));
		free(text);
		text = randtext(&seed, bpebits, 5, 1500);	/* letters and spaces */
		agree += bpesame(t, o, text, smprint("random BPE vocabulary %d: 1500 bytes", k));
		free(text);
		ntext += 2;
		freeorc(o);
		freetokenizer(t);
	}
	note("%d of %d texts on 16 random BPE vocabularies", agree, ntext);
}

/* ms to encode text, the best of two */
static double
enctime(Tokenizer *t, char *text, int *tok)
{
	vlong t0, best;
	int i;

	best = 0;
	for(i = 0; i < 2; i++){
		t0 = nsec();
		if(encode(t, text, 1, 0, tok) < 0)
			fail("encode: %r");
		t0 = nsec() - t0;
		if(best == 0 || t0 < best)
			best = t0;
	}
	return best / 1e6;
}

/*
 * 256 KB and 1 MB: four times the text takes about four times as long
 * (log n more: 4.5 from 256 KB to 1 MB); the quadratic encoder took 16
 * times as long, hours for a megabyte
 */
static void
growth(Tokenizer *t, char *what, char *(*make)(uvlong*, int))
{
	char *small, *big;
	int *tok;
	uvlong seed;
	double ts, tb;

	seed = 99;
	small = make(&seed, 256*1024);
	big = make(&seed, 1024*1024);
	tok = malloc((1024*1024 + 3) * sizeof(int));
	ts = enctime(t, small, tok);
	tb = enctime(t, big, tok);
	check(tb < 10*ts + 20, "%s: 1 MB takes %.0f ms, 256 KB %.0f ms", what, tb, ts);
	note("%s 256 KB %.0f ms, 1 MB %.0f ms", what, ts, tb);
	free(small);
	free(big);
	free(tok);
}

static char*
arun(uvlong *seed, int n)
{
	USED(seed);
	return runof('a', n);
}

static char*
story(uvlong *seed, int n)
{
	return storytext(seed, n);
}

static char*
letters(uvlong *seed, int n)
{
	char *s;
	int i;

	s = malloc(n+1);
	for(i = 0; i < n; i++)
		s[i] = "abcd"[pick(seed, 4)];
	s[n] = 0;
	return s;
}

void
testencmerge(void)
{
	Tokenizer *t;
	Orc *o;
	uvlong seed;

	spmrandom();
	spmreal("tok512.bin", 512);
	spmreal("tokenizer.bin", 32000);
	bperandom();

	t = opentokenizer(mpath("tokenizer.bin"), 32000);
	if(t == nil){
		fail("tokenizer.bin: %r");
		return;
	}
	growth(t, "tokenizer.bin story", story);
	growth(t, "tokenizer.bin a…", arun);
	freetokenizer(t);
	seed = 5;
	t = randbpe(&seed, 400, Pllama3, 0, &o);
	if(t == nil){
		fail("random BPE vocabulary: %r");
		return;
	}
	growth(t, "BPE one pre-token of letters", letters);
	freeorc(o);
	freetokenizer(t);
}

static char *llamabits[] = {"a", "the", " ", "  ", "Lily", "日本語", "ünï", "🦙", "3.14159", "12345678", "\n", "\t", "'s", "!!", "..."};

/* the Llama 3 tokenizer on long texts and runs against llama3-tokenizer-js, and its time for a megabyte */
void
testencllama3(void)
{
	char *node, *a[6], *json, *out, *line[64], *got, **texts, *p;
	Tokenizer *t;
	uvlong seed;
	int i, n, k, ntext, *tok, agree;
	vlong t0;

	node = findprog("node");
	if(node == nil || access("test/node_modules/llama3-tokenizer-js", AEXIST) < 0){
		notrun("needs node and llama3-tokenizer-js in test/node_modules (.ci/run installs them)");
		return;
	}
	seed = 77;
	ntext = 12;
	texts = malloc(ntext * sizeof(char*));
	texts[0] = runof('a', 3000);
	texts[1] = letters(&seed, 5000);
	texts[2] = runof(' ', 2000);
	texts[3] = runof('9', 999);
	for(i = 4; i < ntext; i++)
		texts[i] = randtext(&seed, llamabits, nelem(llamabits), 500 + 500*i);
	json = strdup("[");
	for(i = 0; i < ntext; i++){
		p = jsonquote(texts[i]);
		json = smprint("%s%s%s", json, i ? "," : "", p);
		free(p);
	}
	json = smprint("%s]", json);
	writefile(tpath("enccases.json"), json, strlen(json));
	a[0] = node; a[1] = "test/bpecases.mjs"; a[2] = tpath("enccases.json"); a[3] = tmpdir; a[4] = nil;
	if(runprog(a, &out, nil) != 0 || out == nil){
		fail("test/bpecases.mjs failed");
		return;
	}
	n = getfields(out, line, nelem(line), 0, "\n");
	t = opentokenizer(tpath("tokenizer.json"), 128256);
	if(n < 3*ntext || t == nil){
		fail("test/bpecases.mjs: %d lines, tokenizer.json: %r", n);
		return;
	}
	tok = malloc((1024*1024 + 3) * sizeof(int));
	agree = 0;
	for(i = 0; i < ntext; i++){
		n = encode(t, texts[i], 0, 0, tok);
		got = strdup("ids");
		for(k = 0; k < n; k++)
			got = smprint("%s %d", got, tok[k]);
		check(strcmp(got, line[3*i]) == 0, "text %d (%ld bytes): %d ids, not JavaScript's", i, (long)strlen(texts[i]), n);
		agree += strcmp(got, line[3*i]) == 0;
		free(got);
	}
	note("%d of %d texts as llama3-tokenizer-js", agree, ntext);
	for(i = 0; i < 2; i++){
		p = i == 0 ? letters(&seed, 1024*1024) : randtext(&seed, llamabits, nelem(llamabits), 1024*1024);
		t0 = nsec();
		n = encode(t, p, 0, 0, tok);
		note("1 MB of %s: %d tokens in %.0f ms", i == 0 ? "letters (one pre-token)" : "words", n, (nsec() - t0)/1e6);
		free(p);
	}
	freetokenizer(t);
	free(tok);
}

/* ---- generate stopped while it encodes and prefills ---- */

typedef struct Clock Clock;
struct Clock {
	vlong	deadline;	/* from when it says stop; 0: never */
	int	atpos;		/* or from this position on */
	int	atpoll;		/* or from this poll on */
	vlong	said;		/* when it first said so */
	int	polls;
	vlong	last;		/* the last poll */
	vlong	gap;		/* the longest time without one, from generate's call to its return */
	char	*out;		/* what generate put */
	long	nout;
};

static void
collect(Gen *g, char *p)
{
	Clock *c;
	long n;

	c = g->aux;
	n = strlen(p);
	c->out = realloc(c->out, c->nout + n + 1);
	memmove(c->out + c->nout, p, n+1);
	c->nout += n;
}

static int
clockstop(Gen *g)
{
	Clock *c;
	vlong t;

	c = g->aux;
	c->polls++;
	t = nsec();
	if(t - c->last > c->gap)
		c->gap = t - c->last;
	c->last = t;
	if(c->atpoll > 0 ? c->polls < c->atpoll : c->atpos > 0 ? g->pos < c->atpos : c->deadline == 0 || t < c->deadline)
		return 0;
	if(c->said == 0)
		c->said = t;
	return 1;
}

/* generate of prompt with c's stop; returns its positions */
static int
genclock(Model *m, Tokenizer *t, char *prompt, int steps, Clock *c)
{
	Sampler *s;
	Gen g;
	int n;

	memset(&g, 0, sizeof g);
	g.put = collect;
	g.stopped = clockstop;
	g.aux = c;
	free(c->out);
	c->out = strdup("");
	c->nout = 0;
	c->said = 0;
	c->polls = 0;
	c->gap = 0;
	s = newsampler(m->c.vocab, 0, 0.9, 1);
	c->last = nsec();
	n = generate(m, t, s, prompt, steps, &g);
	if(nsec() - c->last > c->gap)
		c->gap = nsec() - c->last;
	freesampler(s);
	return n;
}

/* is the piece printed? llama2.c's safe_printf: not a lone byte that is neither isprint nor isspace */
static int
printed(Tokenizer *t, char *p)
{
	int c;

	if(p[0] == 0)
		return 0;
	if(t->kind == Tspm && p[1] == 0){
		c = (uchar)p[0];
		if(!(c >= 0x20 && c <= 0x7E) && !(c == ' ' || (c >= '\t' && c <= '\r')))
			return 0;
	}
	return 1;
}

/* what generate puts for a prompt of ntok tokens that fills the steps positions: the pieces of tok[1..steps], a newline */
static char*
echo(Tokenizer *t, int *tok, int ntok, int steps)
{
	char *s, *p;
	long n;
	int i;

	s = malloc(1);
	n = 0;
	for(i = 1; i <= steps && i < ntok; i++){
		p = decode(t, tok[i-1], tok[i]);
		if(!printed(t, p))
			continue;
		s = realloc(s, n + strlen(p) + 2);
		memmove(s+n, p, strlen(p));
		n += strlen(p);
	}
	s[n++] = '\n';
	s[n] = 0;
	return s;
}

/*
 * stopped while the prompt is encoded, at the poll halfway through
 * it (counted in an unstopped run, so that it is in the encoding
 * however fast the machine is); generate must end soon after, having run no
 * position and put only the newline. Unstopped, with the stop polled,
 * it puts the prompt's tokens as encode has them (those of the oracle
 * for a 4 KB prompt).
 */
static void
stopsin(Model *m, Tokenizer *t, char *prompt, char *what, Orc *o)
{
	Clock c;
	int *tok, *want, n, nw, i, r, steps;
	vlong t0, enc;
	double worst, ms, lim, gap;
	int encpolls;
	char *e;

	memset(&c, 0, sizeof c);
	tok = malloc((strlen(prompt)+3) * sizeof(int));
	t0 = nsec();
	n = encode(t, prompt, 1, 0, tok);
	enc = nsec() - t0;
	steps = m->c.seqlen;
	check(n > steps, "%s: %d tokens, fewer than the %d positions", what, n, steps);
	/* unstopped: the text, and how many polls the encoding makes (one a position after it) */
	c.deadline = 0;
	r = genclock(m, t, prompt, steps, &c);
	e = echo(t, tok, n, steps);
	check(r == steps && strcmp(c.out, e) == 0 && c.polls > steps, "%s unstopped: %d positions, %ld bytes, %d polls",
		what, r, c.nout, c.polls);
	encpolls = c.polls - steps;
	gap = c.gap/1e6;
	/*
	 * 0.1-3 ms on an idle machine; a loaded one (CI beside other
	 * work) deschedules for longer, so the bound is 100 ms or a
	 * quarter of the encoding, whichever is more, in the best of
	 * three runs: an encoder that polls only at its end takes half
	 * the encoding every time and fails it
	 */
	lim = enc/4e6 > 100 ? enc/4e6 : 100;
	for(i = 0; i < 2 && gap >= lim; i++){
		genclock(m, t, prompt, steps, &c);
		if(c.gap/1e6 < gap)
			gap = c.gap/1e6;
	}
	check(gap < lim, "%s unstopped: %.1f ms without a poll", what, gap);
	/* stopped at the poll halfway through the encoding, three times */
	c.atpoll = encpolls/2 > 1 ? encpolls/2 : 1;
	worst = -1;		/* the best of three: one descheduling is not the encoder's */
	for(i = 0; i < 3; i++){
		r = genclock(m, t, prompt, steps, &c);
		ms = (nsec() - c.said) / 1e6;
		if(worst < 0 || ms < worst)
			worst = ms;
		check(r == 0 && strcmp(c.out, "\n") == 0, "%s: stopped at poll %d of %d: %d positions run, %ld bytes put",
			what, c.atpoll, encpolls, r, c.nout);
	}
	c.atpoll = 0;
	check(worst < lim, "%s: stopped at poll %d, returned %.1f ms later", what, encpolls/2, worst);
	note("%s: %.0f ms of encoding, %d polls, %.1f ms apart at most; stopped halfway, returned %.1f ms later at best of 3",
		what, enc/1e6, encpolls, gap, worst);
	free(e);
	if(o != nil){
		/* the first 4 KB against the oracle, all through generate */
		prompt = strdup(prompt);
		prompt[4096] = 0;
		want = malloc(4099 * sizeof(int));
		nw = o->line == nil ? spmoracle(o, prompt, want) : bpeoracle(o, t->pre, t->ignoremerges, prompt, want);
		e = echo(t, want, nw, steps);
		r = genclock(m, t, prompt, steps, &c);
		check(r == steps && strcmp(c.out, e) == 0, "%s: 4 KB unstopped: %d positions, not the oracle's text", what, r);
		free(e);
		free(want);
		free(prompt);
	}
	free(c.out);
	free(tok);
}

static Model*
randmodel(char *name, int vocab)
{
	char *a[10], *p;
	Model *m;

	p = tpath(name);
	a[0] = "random"; a[1] = p; a[2] = "16"; a[3] = "32"; a[4] = "1"; a[5] = "2"; a[6] = "2"; a[7] = smprint("%d", vocab); a[8] = "64"; a[9] = nil;
	if(export1(a) == nil)
		return nil;
	m = openmodel(p);
	if(m == nil)
		fail("%s: %r", p);
	return m;
}

void
testencstop(void)
{
	Model *m;
	Tokenizer *t;
	Orc *o;
	Clock c;
	uvlong seed;
	char *text;
	int r;
	vlong t0;

	seed = 3;
	text = storytext(&seed, 256*1024);
	m = openmodel(mpath("stories260K.bin"));
	t = opentokenizer(mpath("tok512.bin"), 512);
	if(m == nil || t == nil){
		fail("stories260K: %r");
		return;
	}
	o = neworc(t->vocab, t->scores, t->n);
	stopsin(m, t, text, "tok512 256 KB", o);
	freeorc(o);

	/* in the prefill: the position the stop is seen at is the last, a batch of 16 later at most */
	memset(&c, 0, sizeof c);
	c.atpos = 40;
	r = genclock(m, t, text, m->c.seqlen, &c);
	t0 = nsec() - c.said;
	check(r == 40 && c.said != 0, "stopped from position 40 in the prefill: %d positions", r);
	note("prefill stopped at position 40 of 512, returned %.1f ms later", t0/1e6);
	free(c.out);
	freetokenizer(t);
	freemodel(m);

	t = opentokenizer(mpath("tokenizer.bin"), 32000);
	m = randmodel("r32000.bin", 32000);
	if(t != nil && m != nil)
		stopsin(m, t, text, "tokenizer.bin 256 KB", nil);
	freetokenizer(t);
	freemodel(m);
	free(text);

	t = randbpe(&seed, 400, Pllama3, 0, &o);
	m = t != nil ? randmodel("rbpe.bin", t->n) : nil;
	if(t != nil && m != nil){
		text = letters(&seed, 256*1024);
		stopsin(m, t, text, "BPE 256 KB of letters", o);
		free(text);
		text = randtext(&seed, bpebits, nelem(bpebits), 256*1024);
		stopsin(m, t, text, "BPE 256 KB of words", nil);
		free(text);
	}
	freeorc(o);
	freetokenizer(t);
	freemodel(m);
}
