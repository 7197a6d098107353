/*
 * The pre-tokenizers of byte-level BPE, by hand: each returns the end
 * of the piece of text starting at p, as the first alternative of its
 * regular expression to match would (leftmost, greedy, backtracking).
 * GPT-2:
 *	's|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+
 * Llama 3:
 *	(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}{1,3}|
 *	 ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+
 * Text that is not UTF-8 is read a byte at a time as Runeerror.
 */
#include <u.h>
#include <libc.h>
#include "dat.h"
#include "fns.h"

enum {
	Any	= 1<<30,	/* a run of any length */
};

static int
inclass(Rune (*r)[2], int n, Rune c)
{
	int lo, hi, mid;

	lo = 0;
	hi = n;
	while(lo < hi){
		mid = (lo + hi)/2;
		if(c > r[mid][1])
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < n && c >= r[lo][0];
}

static int
letter(Rune c)
{
	return inclass(uletter, nuletter, c);
}

static int
number(Rune c)
{
	return inclass(unumber, nunumber, c);
}

/* Unicode's White_Space */
static int
space(Rune c)
{
	return (c >= '\t' && c <= '\r') || c == ' ' || c == 0x85 || c == 0xA0 || c == 0x1680
		|| (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F
		|| c == 0x205F || c == 0x3000;
}

static int
newline(Rune c)
{
	return c == '\r' || c == '\n';
}

/* [^\s\p{L}\p{N}], not the end of the text */
static int
other(Rune c)
{
	return c != 0 && !space(c) && !letter(c) && !number(c);
}

/* the rune at p; *next is after it */
static Rune
at(char *p, char **next)
{
	Rune r;

	if(*p == 0){
		*next = p;
		return 0;
	}
	*next = p + chartorune(&r, p);
	return r;
}

/* the end of the run from p of runes in class is, at most max of them */
static char*
run(char *p, int (*is)(Rune), int max)
{
	char *q;

	for(; max > 0 && is(at(p, &q)); max--)
		p = q;
	return p;
}

/* after 's 't 're 've 'm 'll 'd, with p after the quote; nil if none */
static char*
contraction(char *p, int anycase)
{
	char a, b;

	a = p[0];
	b = a ? p[1] : 0;
	if(anycase){
		if(a >= 'A' && a <= 'Z')
			a += 'a' - 'A';
		if(b >= 'A' && b <= 'Z')
			b += 'a' - 'A';
	}
	if(a == 's' || a == 't' || a == 'm' || a == 'd')
		return p+1;
	if((a == 'r' && b == 'e') || (a == 'v' && b == 'e') || (a == 'l' && b == 'l'))
		return p+2;
	return nil;
}

/* \s*[\r\n]+ when newline is set, then \s+(?!\S), then \s+ */
static char*
spaces(char *p, int nl)
{
	char *q, *last, *e, *lastnl;
	Rune r;

	last = lastnl = nil;
	for(e = p; space(r = at(e, &q)); e = q){
		last = e;
		if(newline(r))
			lastnl = q;
	}
	if(nl && lastnl != nil)
		return lastnl;
	if(*e == 0 || last == p)
		return e;
	return last;
}

static char*
gpt2(char *p)
{
	char *q, *s;
	Rune r;

	r = at(p, &q);
	if(r == '\'' && (s = contraction(q, 0)) != nil)
		return s;
	s = r == ' ' ? q : p;
	r = at(s, &q);
	if(letter(r))
		return run(s, letter, Any);
	if(number(r))
		return run(s, number, Any);
	if(other(r))
		return run(s, other, Any);
	return spaces(p, 0);
}

static char*
llama3(char *p)
{
	char *q, *s, *e;
	Rune r;

	r = at(p, &q);
	if(r == '\'' && (s = contraction(q, 1)) != nil)
		return s;
	if(letter(r))
		return run(p, letter, Any);
	if(!newline(r) && !number(r) && r != 0 && letter(at(q, &e)))
		return run(q, letter, Any);
	if(number(r))
		return run(p, number, 3);
	s = r == ' ' ? q : p;
	if(other(at(s, &e))){
		e = run(s, other, Any);
		return run(e, newline, Any);
	}
	return spaces(p, 1);
}

/* the end of the pre-token at p, p itself only at the end of the text */
char*
pretoken(int pre, char *p)
{
	if(*p == 0)
		return p;
	return pre == Pllama3 ? llama3(p) : gpt2(p);
}
