/*
 * Byte-level BPE: a small tokenizer.json made here, whose encodings
 * follow from the definition of BPE (ranked merges, leftmost first);
 * bad tokenizers; and the Llama 3 tokenizer of llama3-tokenizer-js
 * (npm), whose token ids and JavaScript's own regular expressions are
 * the reference for the encoder and both pre-tokenizers, also after a
 * round trip through GGUF and through run.
 */
#include <u.h>
#include <libc.h>
#include "dat.h"
#include "fns.h"
#include "test.h"

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

enum {
	Taa = 256, Tbc, Tab, Txyz, Tend, Tbegin, Ntok,
};

/*
 * dir/tokenizer.json: ids 0-255 the bytes, then aa bc ab xyz and the
 * special <|end|> and <|begin|>; merges "a a", "b c", "a b" in that
 * rank order; pre is the pre_tokenizer member.
 */
static char*
smalltok(char *dir, char *pre, int ignore, char *extra)
{
	Rune cs[256];
	char *s, *p, *path, c[UTFmax+1];
	int b;

	alphabet(cs);
	s = smprint("{\"version\":\"1.0\",\"added_tokens\":[{\"id\":%d,\"content\":\"<|end|>\",\"special\":true},"
		"{\"id\":%d,\"content\":\"<|begin|>\",\"special\":true}],\"pre_tokenizer\":%s,"
		"\"decoder\":{\"type\":\"ByteLevel\"},\"model\":{\"type\":\"BPE\",\"ignore_merges\":%s,\"vocab\":{",
		Tend, Tbegin, pre, ignore ? "true" : "false");
	for(b = 0; b < 256; b++){
		c[runetochar(c, &cs[b])] = 0;
		p = jsonquote(c);
		s = smprint("%s%s:%d,", s, p, b);
		free(p);
	}
	s = smprint("%s\"aa\":%d,\"bc\":%d,\"ab\":%d,\"xyz\":%d%s},\"merges\":[\"a a\",[\"b\",\"c\"],\"a b\"]}}",
		s, Taa, Tbc, Tab, Txyz, extra);
	path = smprint("%s/tokenizer.json", dir);
	writefile(path, s, strlen(s));
	p = "{\"bos_token\":{\"content\":\"<|begin|>\"},\"eos_token\":\"<|end|>\"}";
	writefile(smprint("%s/tokenizer_config.json", dir), p, strlen(p));
	return path;
}

static char llama3pre[] = "{\"type\":\"Sequence\",\"pretokenizers\":[{\"type\":\"Split\",\"pattern\":{\"Regex\":"
	"\"(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\\\\r\\\\n\\\\p{L}\\\\p{N}]?\\\\p{L}+|\\\\p{N}{1,3}| ?[^\\\\s\\\\p{L}\\\\p{N}]+[\\\\r\\\\n]*|\\\\s*[\\\\r\\\\n]+|\\\\s+(?!\\\\S)|\\\\s+\"},"
	"\"behavior\":\"Isolated\",\"invert\":false},{\"type\":\"ByteLevel\",\"use_regex\":false}]}";
static char gpt2pre[] = "{\"type\":\"ByteLevel\",\"add_prefix_space\":false,\"use_regex\":true}";

/* the text of ids, decoded: the bytes as they are (%s would drop a cut-off UTF-8 sequence at the end) */
static char*
decodeall(Tokenizer *t, int *tok, int n)
{
	char *s, *p;
	long len, m;
	int i;

	s = strdup("");
	len = 0;
	for(i = 0; i < n; i++){
		p = decode(t, i > 0 ? tok[i-1] : -1, tok[i]);
		m = strlen(p);
		s = realloc(s, len + m + 1);
		memmove(s + len, p, m);
		len += m;
		s[len] = 0;
	}
	return s;
}

/* does encoding text give the n ids of want, and decoding them text? */
static void
expect(Tokenizer *t, char *text, int *want, int n)
{
	int got[64], m, i;
	char *d;

	m = encode(t, text, 0, 0, got);
	for(i = 0; i < m && i < n && got[i] == want[i]; i++)
		;
	check(m == n && i == n, "%q: %d ids, id %d differs", text, m, i);
	d = decodeall(t, got, m);
	if(strstr(text, "<|") == nil){	/* control tokens decode to nothing */
		check(strcmp(d, text) == 0, "%q decodes to %q", text, d);
	}
}

static Tokenizer*
smallopen(char *pre, int ignore)
{
	Tokenizer *t;
	char *p;

	p = smalltok(tmpdir, pre, ignore, "");
	t = opentokenizer(p, Ntok);
	if(t == nil)
		fail("small tokenizer: %r");
	return t;
}

/* the tokenizer in path is t: pieces, types, merges, pre-tokenizer, BOS and EOS */
static void
sametok(Tokenizer *t, char *path, char *what)
{
	Tokenizer *g;
	int i;

	g = opentokenizer(path, t->n);
	if(g == nil){
		fail("%s: %r", what);
		return;
	}
	check(g->kind == t->kind && g->pre == t->pre && g->ignoremerges == t->ignoremerges && g->bos == t->bos && g->eos == t->eos
		&& g->nmerge == t->nmerge && memcmp(g->merge, t->merge, t->nmerge*sizeof(Merge)) == 0, "%s: tokenizer differs", what);
	for(i = 0; i < t->n; i++)
		check(strcmp(g->vocab[i], t->vocab[i]) == 0 && g->type[i] == t->type[i], "%s: token %d", what, i);
	freetokenizer(g);
}

typedef struct Case Case;
struct Case {
	char	*text;
	int	ids[10];
	int	n;
};

/* with Llama 3's pre-tokenizer and ignore_merges */
static Case llama3cases[] = {
	{"aaa", {Taa, 'a'}, 2},		/* equal ranks: leftmost first */
	{"aaaa", {Taa, Taa}, 2},
	{"abc", {'a', Tbc}, 2},		/* b c ranks before a b */
	{"abd", {Tab, 'd'}, 2},
	{" ab", {' ', Tab}, 2},		/* one pre-token, no merge makes Ġa */
	{"xyz", {Txyz}, 1},		/* in the vocabulary: merges ignored */
	{"it's", {'i', 't', '\'', 's'}, 4},
	/* a control token written in the text is that token, and splits pre-tokens (as Hugging Face's and llama-cli's) */
	{"<|end|>", {Tend}, 1},
	{"ab<|end|>ab<|begin|>", {Tab, Tend, Tab, Tbegin}, 4},
	{"it<|end|>'s", {'i', 't', Tend, '\'', 's'}, 5},
	{"<|en|> <|", {'<', '|', 'e', 'n', '|', '>', ' ', '<', '|'}, 9},	/* not one: text */
	{"\xff\xfe", {0xff, 0xfe}, 2},	/* not UTF-8: bytes */
	{"\n\n", {'\n', '\n'}, 2},
};

/* with GPT-2's pattern */
static Case gpt2cases[] = {
	{"xyz", {'x', 'y', 'z'}, 3},
	{"it's", {'i', 't', '\'', 's'}, 4},
	{"aaa ab", {Taa, 'a', ' ', Tab}, 4},
};

/* encodings that follow from BPE's definition, with both pre-tokenizers */
void
testbperules(void)
{
	Tokenizer *t;
	Case *c;
	char *r, *a[12], *out;
	int tok[16], n;

	t = smallopen(llama3pre, 1);
	if(t == nil)
		return;
	check(t->kind == Tbpe && t->pre == Pllama3 && t->ignoremerges && t->nmerge == 3, "kind %d pre %d", t->kind, t->pre);
	check(t->bos == Tbegin && t->eos == Tend, "bos %d eos %d", t->bos, t->eos);
	for(c = llama3cases; c < llama3cases + nelem(llama3cases); c++)
		expect(t, c->text, c->ids, c->n);
	n = encode(t, "ab", 1, 1, tok);
	check(n == 3 && tok[0] == Tbegin && tok[1] == Tab && tok[2] == Tend, "bos/eos: %d ids", n);
	check(strcmp(decode(t, Tab, Tend), "") == 0 && strcmp(decode(t, 0, 'a'), "a") == 0, "special tokens decode to nothing");

	/* through GGUF: the same vocabulary, types and merges */
	r = tpath("small.bin");
	a[0] = "random"; a[1] = r; a[2] = "16"; a[3] = "32"; a[4] = "1"; a[5] = "2"; a[6] = "2"; a[7] = smprint("%d", Ntok); a[8] = "64"; a[9] = nil;
	a[0] = export1(a) != nil ? "gguf" : nil;
	a[1] = "-z"; a[2] = tpath("tokenizer.json"); a[3] = r; a[4] = tpath("small.gguf"); a[5] = nil;
	if(a[0] != nil && export1(a) != nil){
		sametok(t, a[4], "small.gguf");
		/* run prints the prompt's tokens back as the prompt's bytes */
		n = encode(t, "abc xyz\xff!", 1, 0, tok);
		a[0] = bpath("run"); a[1] = a[4]; a[2] = "-t"; a[3] = "0"; a[4] = "-n"; a[5] = smprint("%d", n-1); a[6] = "-i"; a[7] = "abc xyz\xff!"; a[8] = nil;
		check(runprog(a, &out, nil) == 0 && out != nil && strcmp(out, "abc xyz\xff!\n") == 0, "run echoes %q", out);
		/* and back out as tokenizer.json by export safetensors */
		a[0] = "safetensors"; a[1] = "-z"; a[2] = tpath("small.gguf"); a[3] = r; a[4] = tpath("st"); a[5] = nil;
		if(export1(a) != nil)
			sametok(t, tpath("st/tokenizer.json"), "exported tokenizer.json");
	}
	freetokenizer(t);

	/* GPT-2's pattern, and merges applied where the vocabulary has the piece */
	t = smallopen(gpt2pre, 0);
	if(t == nil)
		return;
	check(t->pre == Pgpt2 && !t->ignoremerges, "gpt2: pre %d", t->pre);
	for(c = gpt2cases; c < gpt2cases + nelem(gpt2cases); c++)
		expect(t, c->text, c->ids, c->n);
	freetokenizer(t);
}

/* opening the tokenizer.json of text must fail saying want (%s: the file) */
static void
badjson(char *text, int vocab, char *want)
{
	char *p, err[ERRMAX], *w;
	Tokenizer *t;

	p = tpath("bad.json");
	writefile(p, text, strlen(text));
	t = opentokenizer(p, vocab);
	rerrstr(err, sizeof err);
	w = smprint(want, p);
	check(t == nil && strcmp(err, w) == 0, "got %q, want %q", t ? "a tokenizer" : err, w);
	freetokenizer(t);
}

/* s with the first from replaced by to */
static char*
replace(char *s, char *from, char *to)
{
	char *p, *r;

	p = strstr(s, from);
	if(p == nil)
		return strdup(s);
	r = malloc(strlen(s) - strlen(from) + strlen(to) + 1);
	memmove(r, s, p - s);
	strcpy(r + (p - s), to);
	strcat(r, p + strlen(from));
	return r;
}

/* run on the GGUF file data must fail saying want (%s: the file) */
static void
badgguf(char *data, long n, char *want)
{
	char *p, *a[4], *err, *w;

	p = tpath("bad.gguf");
	writefile(p, data, n);
	a[0] = bpath("run"); a[1] = p; a[2] = nil;
	w = smprint(want, p);
	check(runprog(a, nil, &err) != 0 && err != nil && strcmp(err, w) == 0, "got %q, want %q", err, w);
}

void
testbpebad(void)
{
	char *good, *a[12], *g, *p;
	long n, i;

	good = readall(smalltok(tmpdir, llama3pre, 1, ""), nil);
	if(good == nil){
		fail("small tokenizer: %r");
		return;
	}
	badjson(replace(good, "\"\xc4\x80\":0,", "\"zz\":0,"), Ntok, "%s: no token for byte 0");
	badjson(replace(good, "\"a a\"", "\"a q9\""), Ntok, "%s: merge 0: 'a q9' is not in the vocabulary");
	badjson(replace(good, "\"a a\"", "\"aa\""), Ntok, "%s: bad merge 0: aa");
	badjson(replace(good, "[\"b\",\"c\"]", "[\"b\"]"), Ntok, "%s: bad merge 1");
	badjson(replace(good, "\"Split\"", "\"Splot\""), Ntok, "%s: pre-tokenizer not supported");
	badjson(replace(good, "(?i:", "(?-i:"), Ntok, "%s: pre-tokenizer not supported");
	badjson(replace(good, "\"xyz\":259", "\"xyz\":258"), Ntok, "%s: two tokens with id 258");
	badjson(replace(good, "\"xyz\":259", "\"xyz\":\"259\""), Ntok, "%s: bad token 259");
	badjson(good, Ntok-1, smprint("%%s: token id %d, model has %d tokens", Ntok-1, Ntok-1));
	badjson(replace(good, "\"xyz\":259", "\"xyz\":999"), Ntok+1, smprint("%%s: token id 999, model has %d tokens", Ntok+1));
	badjson(replace(good, "\"xyz\":259", "\"xyz\":300"), 301, "%s: no token 259 of 301");
	p = replace(good, "\"merges\":[", "\"merges\":{");
	badjson(p, Ntok, smprint("%%s: json: want ':' at byte %ld", (long)(strstr(p, "\"merges\":{") - p + 15)));

	/* GGUF files with a byte-level BPE tokenizer of the wrong kind */
	p = tpath("bad.bin");
	a[0] = "random"; a[1] = p; a[2] = "16"; a[3] = "32"; a[4] = "1"; a[5] = "2"; a[6] = "2"; a[7] = smprint("%d", Ntok); a[8] = "64"; a[9] = nil;
	a[0] = export1(a) != nil ? "gguf" : nil;
	a[1] = "-z"; a[2] = tpath("tokenizer.json"); a[3] = p; a[4] = tpath("good.gguf"); a[5] = nil;
	if(a[0] == nil || export1(a) == nil || (g = readall(a[4], &n)) == nil)
		return;
	p = (i = memfind((uchar*)g, n, "llama-bpe")) >= 0 ? g + i : nil;	/* tokenizer.ggml.pre's value */
	check(p != nil, "no llama-bpe in the file");
	if(p != nil){
		memmove(p, "llama-xyz", 9);
		badgguf(g, n, "run: %s: pre-tokenizer llama-xyz not supported\n");
		memmove(p, "llama-bpe", 9);
	}
	p = (i = memfind((uchar*)g, n, "tokenizer.ggml.merges")) >= 0 ? g + i : nil;
	if(p != nil){
		p[20] = 'z';
		badgguf(g, n, "run: %s: no tokenizer.ggml.merges\n");
		p[20] = 's';
	}
	p = (i = memfind((uchar*)g, n, "tokenizer.ggml.bos_token_id")) >= 0 ? g + i : nil;
	if(p != nil){
		memmove(p + 27 + 4, "\x10\x27\0\0", 4);		/* u32 10000 */
		badgguf(g, n, "run: %s: bad tokenizer.ggml.bos_token_id\n");
	}
}

static char *cases[] = {
	"Hello world!", "", " ", "   ", "\n", "\n\n\n", " \n\n  x", "a \n b", "x  \t y",
	"trailing spaces   ", "   leading spaces", "ends with a newline\n", "\t\t\tindent",
	"I'm you'RE they'Ll WE'VE it's Don'T", "'s 'tis rock'n'roll '' 'S", "you'REally they'LLmean I'Mnot 'Sx 'dx",
	"3.14159 1234567 12,345,678 ١٢٣٤٥ ½ Ⅻ",
	"123abc abc123 a1b2c3 A1", "tabs\tand\nnewlines\r\n\r\nend\r",
	"ünïcödé ñandú Ελληνικά Кириллица",
	"日本語のテキスト 中文字符 한국어 문장", "עברית العربية हिन्दी ภาษาไทย",
	"emoji 😀👍🏽 family 👨‍👩‍👧 flags 🇫🇮", "$$$ !!! ... ??? --- ***",
	"email@example.com http://x.org/a?b=c&d=e#f", "    def f(x):\n        return x**2\n",
	"\"quoted\" 'single' «guillemets» „low“", "ﬁ ligature ﬀ and ß Straße",
	"\xc2\xa0nbsp\xe3\x80\x80ideographic\xe2\x80\xaf" "narrow", "a\xcc\x81 combining \xc3\xa9",
	"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
	"Once upon a time, there was a little girl named Lily. She loved to play outside in the park. One day, she saw a big, red ball.",
	"The quick brown fox jumps over the lazy dog. THE QUICK BROWN FOX! the_quick_brown_fox",
	"mixedCASEWords andCamelCase snake_case kebab-case", "\x01\x02 control \x7f chars", "!hello ?world .dot",
	/* the parts of a Llama 3 chat turn (llama3chat) */
	"system", "user", "assistant", "\n\nYou are kind.", "\n\nHi", "\n\n",
};

/* the byte lengths of the pieces pre cuts s into */
static char*
pieces(int pre, char *s)
{
	char *out, *e;

	out = strdup("");
	for(; *s; s = e){
		e = pretoken(pre, s);
		out = smprint("%s%s%ld", out, out[0] ? " " : "", (long)(e - s));
	}
	return out;
}

static char*
idstr(int *tok, int n)
{
	char *s;
	int i;

	s = strdup("");
	for(i = 0; i < n; i++)
		s = smprint("%s%s%d", s, i ? " " : "", tok[i]);
	return s;
}

/* each case's ids from t equal want's "ids" lines */
static int
sameas(Tokenizer *t, char **line, char *what)
{
	int *tok, i, n, bad;
	char *got;

	bad = 0;
	for(i = 0; i < nelem(cases); i++){
		tok = malloc((strlen(cases[i]) + 3) * sizeof(int));
		n = encode(t, cases[i], 0, 0, tok);
		got = smprint("ids %s", idstr(tok, n));
		if(strcmp(got, line[3*i]) != 0){
			fail("%s: %q: %s, want %s", what, cases[i], got, line[3*i]);
			bad++;
		}
		got = decodeall(t, tok, n);
		check(strcmp(got, cases[i]) == 0, "%s: %q decodes to %q", what, cases[i], got);
		free(tok);
	}
	return bad;
}

/* JavaScript's ids of case s, without "ids " */
static char*
jsids(char **line, char *s)
{
	int i;

	for(i = 0; i < nelem(cases); i++)
		if(strcmp(cases[i], s) == 0)
			return line[3*i] + 4;
	return "?";
}

/*
 * chat turns with Llama 3's headers: <|begin_of_text|> 128000,
 * <|start_header_id|> 128006, <|end_header_id|> 128007 and <|eot_id|>
 * 128009 around the roles and texts as JavaScript encodes them
 */
static void
llama3chat(Tokenizer *t, char **line)
{
	int tok[128], n, end;
	char *want;
	Tmpl *tm;

	tm = tmplfor(nil, t);
	if(tm == nil || strcmp(tm->name, "llama3") != 0){
		fail("template for the Llama 3 vocabulary: %s", tm ? tm->name : "none");
		return;
	}
	end = tmpleot(tm, t, 128009) && !tmpleot(tm, t, 128006) ? 128009 : -1;
	n = tmplturn(tm, t, "You are kind.", "Hi", 1, tok);
	want = smprint("ids 128000 128006 %s 128007 %s 128009 128006 %s 128007 %s 128009 128006 %s 128007 %s",
		jsids(line, "system"), jsids(line, "\n\nYou are kind."), jsids(line, "user"), jsids(line, "\n\nHi"),
		jsids(line, "assistant"), jsids(line, "\n\n"));
	check(end == 128009 && strcmp(smprint("ids %s", idstr(tok, n)), want) == 0,
		"first turn: ids %s (end %d), want %s", idstr(tok, n), end, want);
	n = tmplturn(tm, t, "You are kind.", "Hi", 0, tok);
	want = smprint("ids 128006 %s 128007 %s 128009 128006 %s 128007 %s",
		jsids(line, "user"), jsids(line, "\n\nHi"), jsids(line, "assistant"), jsids(line, "\n\n"));
	check(strcmp(smprint("ids %s", idstr(tok, n)), want) == 0, "second turn: ids %s, want %s", idstr(tok, n), want);
	/* the same turn written out as text: its control tokens are parsed */
	n = encode(t, "<|start_header_id|>user<|end_header_id|>\n\nHi<|eot_id|>", 0, 0, tok);
	want = smprint("ids 128006 %s 128007 %s 128009", jsids(line, "user"), jsids(line, "\n\nHi"));
	check(strcmp(smprint("ids %s", idstr(tok, n)), want) == 0, "written turn: ids %s, want %s", idstr(tok, n), want);
}

/* the Llama 3 tokenizer against llama3-tokenizer-js, from tokenizer.json and from GGUF */
void
testbpellama3(void)
{
	char *node, *a[12], *json, *out, *line[3*nelem(cases)+1], *p, *gguf, *bin;
	Tokenizer *t, *g;
	int i, n, tok[64];

	node = findprog("node");
	if(node == nil || access("test/node_modules/llama3-tokenizer-js", AEXIST) < 0){
		notrun("needs node and llama3-tokenizer-js in test/node_modules (.ci/run installs them)");
		return;
	}
	json = strdup("[");
	for(i = 0; i < nelem(cases); i++)
		json = smprint("%s%s%s", json, i ? "," : "", jsonquote(cases[i]));
	json = smprint("%s]", json);
	writefile(tpath("cases.json"), json, strlen(json));
	a[0] = node; a[1] = "test/bpecases.mjs"; a[2] = tpath("cases.json"); a[3] = tmpdir; a[4] = nil;
	if(runprog(a, &out, nil) != 0 || out == nil){
		fail("test/bpecases.mjs failed");
		return;
	}
	n = strlen(out);
	if(n > 0 && out[n-1] == '\n')
		out[n-1] = 0;
	n = getfields(out, line, nelem(line), 0, "\n");
	if(n != 3*nelem(cases)){
		fail("test/bpecases.mjs: %d lines", n);
		return;
	}
	for(i = 0; i < nelem(cases); i++){
		p = smprint("llama3 %s", pieces(Pllama3, cases[i]));
		check(strcmp(p, line[3*i+1]) == 0, "%q: %s, JavaScript: %s", cases[i], p, line[3*i+1]);
		p = smprint("gpt2 %s", pieces(Pgpt2, cases[i]));
		check(strcmp(p, line[3*i+2]) == 0, "%q: %s, JavaScript: %s", cases[i], p, line[3*i+2]);
	}
	t = opentokenizer(tpath("tokenizer.json"), 128256);
	if(t == nil){
		fail("tokenizer.json: %r");
		return;
	}
	check(t->nmerge == 280147 && t->bos == 128000 && t->eos == 128001 && t->type[128009] == Tcontrol,
		"%d merges, bos %d, eos %d", t->nmerge, t->bos, t->eos);
	sameas(t, line, "tokenizer.json");

	/* a model of Llama 3's vocabulary in GGUF, its tokenizer written by export */
	bin = tpath("l3.bin");
	gguf = tpath("l3.gguf");
	a[0] = "random"; a[1] = bin; a[2] = "16"; a[3] = "32"; a[4] = "1"; a[5] = "2"; a[6] = "2"; a[7] = "128256"; a[8] = "64"; a[9] = nil;
	a[0] = export1(a) != nil ? "gguf" : nil;
	a[1] = "-z"; a[2] = tpath("tokenizer.json"); a[3] = bin; a[4] = gguf; a[5] = nil;
	if(a[0] == nil || export1(a) == nil)
		return;
	g = opentokenizer(gguf, 128256);
	if(g == nil){
		fail("l3.gguf: %r");
		return;
	}
	sameas(g, line, "GGUF");
	for(i = 0; i < nelem(cases); i += 7){
		n = encode(g, cases[i], 1, 0, tok);
		a[0] = bpath("run"); a[1] = gguf; a[2] = "-t"; a[3] = "0"; a[4] = "-n"; a[5] = smprint("%d", n-1);
		a[6] = "-i"; a[7] = cases[i]; a[8] = nil;
		check(n > 1 && runprog(a, &out, nil) == 0 && out != nil && strcmp(out, smprint("%s\n", cases[i])) == 0,
			"run echoes %q as %q", cases[i], out);
	}
	llama3chat(g, line);
	note("%d strings: ids equal to llama3-tokenizer-js from tokenizer.json and GGUF, pieces to JavaScript's; chat turns", nelem(cases));
	freetokenizer(t);
	freetokenizer(g);
}
