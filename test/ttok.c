/*
 * Tokenizer: llama.cpp's own SentencePiece test cases (expected ids
 * from ../shared/models/llama-spm-vocab) with the Llama 2 tokenizer.bin,
 * the engine against the naive reference encoder, decode round trips,
 * byte fallback and UTF-8.
 */
#include <u.h>
#include <libc.h>
#include "dat.h"
#include "fns.h"
#include "test.h"
#include "ref.h"

static char *texts[] = {
	"Once upon a time", "The little dog", "", " ", "  leading", "trailing  ",
	"a\nb\tc", "Ünïcödé", "☃ snowman", "日本語のテキスト", "emoji 🦙🚀",
	"mixed 3.14159 numbers 42", "<0x41> looks like a byte", "\x01\x02 control",
	"Lily's mom said, \"Don't worry.\"",
};

static int
sameids(int *a, int na, int *b, int nb)
{
	return na == nb && memcmp(a, b, na*sizeof(int)) == 0;
}

/* decoding every token after BOS gives the text back */
static char*
roundtrip(Tokenizer *t, int *tok, int n)
{
	char *s, *p;
	long len;
	int i;

	s = malloc(64*n + 1);
	len = 0;
	for(i = 1; i < n; i++){
		p = decode(t, tok[i-1], tok[i]);
		memmove(s+len, p, strlen(p));
		len += strlen(p);
	}
	s[len] = 0;
	return s;
}

static void
spmcases(Tokenizer *t)
{
	char *inp, *out, *p, *q, *ids[512], *text[64], *line[64];
	int ntext, nline, i, j, n, nid, want[512], *got, ok;

	inp = readall(mpath("llama-spm-vocab/ggml-vocab-llama-spm.gguf.inp"), nil);
	out = readall(mpath("llama-spm-vocab/ggml-vocab-llama-spm.gguf.out"), nil);
	if(inp == nil || out == nil){
		fail("llama-spm-vocab test files: %r");
		return;
	}
	ntext = 0;
	for(p = inp; ntext < nelem(text); p = q + 21){
		text[ntext++] = p;
		q = strstr(p, "\n__ggml_vocab_test__\n");
		if(q == nil)
			break;
		*q = 0;
	}
	nline = getfields(out, line, nelem(line), 0, "\n");
	got = malloc(4096*sizeof(int));
	ok = 0;
	for(i = 0; i < nline && i < ntext; i++){
		if(i == nline-1 && line[i][0] == 0)
			break;
		nid = tokenize(line[i], ids, nelem(ids));
		for(j = 0; j < nid; j++)
			want[j] = atoi(ids[j]);
		n = encode(t, text[i], 0, 0, got);
		check(sameids(got, n, want, nid), "case %d %q: %d ids, want %d", i, text[i], n, nid);
		if(sameids(got, n, want, nid))
			ok++;
	}
	check(ok == 46, "%d of 46 SentencePiece cases", ok);
	note("%d/46 llama.cpp SentencePiece cases", ok);
	free(got);
	free(inp);
	free(out);
}

static void
againstref(char *tokfile, int vocab)
{
	Tokenizer *t;
	Reftok *r;
	int *a, *b, na, nb, i;
	char *s;

	t = opentokenizer(mpath(tokfile), vocab);
	r = reftokload(mpath(tokfile), vocab);
	if(t == nil || r == nil){
		fail("%s: %r", tokfile);
		return;
	}
	a = malloc(1024*sizeof(int));
	b = malloc(1024*sizeof(int));
	for(i = 0; i < nelem(texts); i++){
		na = encode(t, texts[i], 1, 0, a);
		nb = refencode(r, texts[i], b);
		check(sameids(a, na, b, nb), "%s %q: differs from the reference", tokfile, texts[i]);
		s = roundtrip(t, a, na);
		check(strcmp(s, texts[i]) == 0, "%s %q: decodes as %q", tokfile, texts[i], s);
		free(s);
	}
	na = encode(t, "x", 1, 1, a);
	check(na >= 3 && a[0] == 1 && a[na-1] == 2, "%s: bos/eos not added", tokfile);
	free(a);
	free(b);
	reftokfree(r);
	freetokenizer(t);
}

/* chat turns without Llama 3's header tokens: llama2.c's [INST] text, BOS first, EOS ends a turn */
static void
llama2chat(Tokenizer *t)
{
	int tok[256], want[256], n, nw;
	Tmpl *tm;

	tm = tmplfor(nil, t);
	if(tm == nil || strcmp(tm->name, "llama2") != 0){
		fail("template for tok512.bin: %s", tm ? tm->name : "none");
		return;
	}
	n = tmplturn(tm, t, "You are kind.", "Hi", 1, tok);
	nw = encode(t, "[INST] <<SYS>>\nYou are kind.\n<</SYS>>\n\nHi [/INST]", 1, 0, want);
	check(tmpleot(tm, t, 2) && !tmpleot(tm, t, 1) && n == nw && memcmp(tok, want, n*sizeof(int)) == 0 && tok[0] == 1,
		"first turn: %d tokens, want %d", n, nw);
	n = tmplturn(tm, t, "You are kind.", "Hi", 0, tok);
	nw = encode(t, "[INST] Hi [/INST]", 1, 0, want);
	check(n == nw && memcmp(tok, want, n*sizeof(int)) == 0, "later turn: %d tokens, want %d", n, nw);
	n = tmplturn(tm, t, "", "Hi", 1, tok);
	check(n == nw && memcmp(tok, want, n*sizeof(int)) == 0, "no system prompt: %d tokens, want %d", n, nw);
}

void
testtokenizer(void)
{
	Tokenizer *t;
	int tok[64], n;

	t = opentokenizer(mpath("tokenizer.bin"), 32000);
	if(t == nil){
		fail("tokenizer.bin: %r");
		return;
	}
	spmcases(t);
	n = encode(t, "I believe the meaning of life is", 1, 0, tok);
	check(n == 8 && tok[0] == 1 && tok[1] == 306 && tok[7] == 338, "llama ids: %d tokens, %d %d", n, tok[1], tok[n-1]);
	freetokenizer(t);

	againstref("tok512.bin", 512);
	againstref("tokenizer.bin", 32000);

	/* byte fallback: ☃ (e2 98 83) is not a piece of the 512-token vocabulary */
	t = opentokenizer(mpath("tok512.bin"), 512);
	if(t == nil){
		fail("tok512.bin: %r");
		return;
	}
	n = encode(t, "☃", 0, 0, tok);
	check(n == 4 && tok[1] == 0xe2+3 && tok[2] == 0x98+3 && tok[3] == 0x83+3,
		"snowman: %d tokens %d %d %d", n, tok[1], tok[2], tok[3]);
	check(strcmp(decode(t, 5, 0xe2+3), "\xe2") == 0, "<0xE2> does not decode to its byte");
	check(strcmp(decode(t, 1, tok[0]), "") == 0, "space after BOS not stripped");
	n = encode(t, "", 1, 0, tok);
	check(n == 1 && tok[0] == 1, "empty prompt: %d tokens", n);
	llama2chat(t);
	concurrentencode(t, texts, nelem(texts));
	freetokenizer(t);
}
