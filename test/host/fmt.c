/*
 * print(2) for the host: the Fmt machinery with 9front's verbs and flags.
 * Integers: %d %o %x %X %b %p, signed unless the u flag is given (p is
 * always unsigned); h hh l ll z size flags with amd64 widths (l is 32 bits).
 * Floats go through the C library for the digits only.
 */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <math.h>
#include <u.h>
#include <libc.h>
#include "host.h"

enum { Maxverb = 128 };

static int (*verbs[Maxverb])(Fmt*);

static int
fmtputc(Fmt *f, int c)
{
	if(f->to >= f->stop){
		if(f->flush == nil || f->flush(f) == 0 || f->to >= f->stop)
			return -1;
	}
	*(char*)f->to = c;
	f->to = (char*)f->to + 1;
	f->nfmt++;
	return 0;
}

static int
fmtpad(Fmt *f, int n)
{
	while(n-- > 0)
		if(fmtputc(f, ' ') < 0)
			return -1;
	return 0;
}

/* copy n runes (sz bytes) of UTF s, padded to the width */
static int
fmtcpy(Fmt *f, char *s, int n, int sz)
{
	Rune r;
	char *e;
	int i, k;

	if((f->flags & FmtPrec) && n > f->prec)
		n = f->prec;
	if(!(f->flags & FmtLeft) && fmtpad(f, f->width - n) < 0)
		return -1;
	e = s + sz;
	for(i = 0; i < n && s < e; i++){
		k = chartorune(&r, s);
		while(k-- > 0)
			if(fmtputc(f, *s++) < 0)
				return -1;
	}
	if((f->flags & FmtLeft) && fmtpad(f, f->width - n) < 0)
		return -1;
	return 0;
}

int
fmtstrcpy(Fmt *f, char *s)
{
	int i, j;
	Rune r;

	if(s == nil)
		return fmtcpy(f, "<nil>", 5, 5);
	if(f->flags & FmtPrec){
		i = 0;
		for(j = 0; j < f->prec && s[i]; j++)
			i += chartorune(&r, s+i);
		return fmtcpy(f, s, j, i);
	}
	return fmtcpy(f, s, utflen(s), strlen(s));
}

int
fmtrune(Fmt *f, int r)
{
	char buf[UTFmax];
	Rune rr;
	int i, n;

	rr = r;
	n = runetochar(buf, &rr);
	for(i = 0; i < n; i++)
		if(fmtputc(f, buf[i]) < 0)
			return -1;
	return 0;
}

static int
intfmt(Fmt *f)
{
	char buf[80], *p, *digits;
	uvlong v;
	int neg, base, n, w, fl;

	fl = f->flags;
	neg = 0;
	if(f->r == 'p'){
		v = (uintptr)va_arg(f->args, void*);
		fl |= FmtUnsigned;
		f->r = 'x';
	}else if(fl & FmtVLong)
		v = (fl & FmtUnsigned) ? va_arg(f->args, uvlong) : (uvlong)va_arg(f->args, vlong);
	else if(fl & FmtLong)	/* long is 32 bits on 9front amd64 */
		v = (fl & FmtUnsigned) ? (uvlong)va_arg(f->args, uint) : (uvlong)(vlong)va_arg(f->args, int);
	else if(fl & FmtByte)
		v = (fl & FmtUnsigned) ? (uvlong)(uchar)va_arg(f->args, int) : (uvlong)(vlong)(schar)va_arg(f->args, int);
	else if(fl & FmtShort)
		v = (fl & FmtUnsigned) ? (uvlong)(ushort)va_arg(f->args, int) : (uvlong)(vlong)(short)va_arg(f->args, int);
	else
		v = (fl & FmtUnsigned) ? (uvlong)va_arg(f->args, uint) : (uvlong)(vlong)va_arg(f->args, int);
	digits = "0123456789abcdef";
	switch(f->r){
	case 'd': base = 10; break;
	case 'x': base = 16; break;
	case 'X': base = 16; digits = "0123456789ABCDEF"; break;
	case 'b': base = 2; break;
	case 'o': base = 8; break;
	default: return -1;
	}
	if(!(fl & FmtUnsigned) && (vlong)v < 0){
		v = -(vlong)v;
		neg = 1;
	}
	p = buf + sizeof buf - 1;
	n = 0;
	while(v){
		if((fl & FmtComma) && n % 4 == 3){
			*p-- = ',';
			n++;
		}
		*p-- = digits[v % base];
		v /= base;
		n++;
	}
	if(n == 0){
		*p-- = '0';
		n = 1;
	}
	for(w = f->prec; n < w && p > buf+3; n++)
		*p-- = '0';
	if(neg || (fl & (FmtSign|FmtSpace)))
		n++;
	if(fl & FmtSharp){
		if(base == 16)
			n += 2;
		else if(base == 8){
			if(p[1] == '0')
				fl &= ~FmtSharp;
			else
				n++;
		}
	}
	if((fl & FmtZero) && !(fl & (FmtLeft|FmtPrec))){
		for(w = f->width; n < w && p > buf+3; n++)
			*p-- = '0';
		f->width = 0;
	}
	if(fl & FmtSharp){
		if(base == 16)
			*p-- = f->r;
		if(base == 16 || base == 8)
			*p-- = '0';
	}
	if(neg)
		*p-- = '-';
	else if(fl & FmtSign)
		*p-- = '+';
	else if(fl & FmtSpace)
		*p-- = ' ';
	f->flags &= ~FmtPrec;
	return fmtcpy(f, p+1, n, n);
}

static int
fltfmt(Fmt *f)
{
	char spec[32], buf[512], *s;
	double d;
	int n;

	d = va_arg(f->args, double);
	if(isnan(d) || isinf(d)){
		s = isnan(d) ? "NaN" : d < 0 ? "-Inf" : "+Inf";
		f->flags &= ~(FmtZero|FmtPrec);
		return fmtcpy(f, s, strlen(s), strlen(s));
	}
	n = 0;
	spec[n++] = '%';
	if(f->flags & FmtLeft) spec[n++] = '-';
	if(f->flags & FmtSign) spec[n++] = '+';
	if(f->flags & FmtSpace) spec[n++] = ' ';
	if(f->flags & FmtSharp) spec[n++] = '#';
	if(f->flags & FmtZero) spec[n++] = '0';
	spec[n++] = '*';
	spec[n++] = '.';
	spec[n++] = '*';
	spec[n++] = f->r;
	spec[n] = 0;
	n = snprintf(buf, sizeof buf, spec, (f->flags & FmtWidth) ? f->width : 0,
		(f->flags & FmtPrec) ? f->prec : 6, d);
	if(n < 0 || n >= (int)sizeof buf)
		return -1;
	f->flags &= ~(FmtPrec|FmtLeft);
	f->width = 0;
	return fmtcpy(f, buf, n, n);
}

static int
charfmt(Fmt *f)
{
	char c;

	c = va_arg(f->args, int);
	f->prec = 1;
	return fmtcpy(f, &c, 1, 1);
}

static int
runefmt(Fmt *f)
{
	char buf[UTFmax];
	Rune r;
	int n;

	r = va_arg(f->args, int);
	n = runetochar(buf, &r);
	f->flags &= ~FmtPrec;
	return fmtcpy(f, buf, 1, n);
}

static int
strfmt(Fmt *f)
{
	return fmtstrcpy(f, va_arg(f->args, char*));
}

static int
errfmt(Fmt *f)
{
	char buf[ERRMAX];

	rerrstr(buf, sizeof buf);
	return fmtstrcpy(f, buf);
}

static int
percentfmt(Fmt *f)
{
	f->prec = 1;
	return fmtcpy(f, "%", 1, 1);
}

int
needsrcquote(int c)
{
	if(c <= ' ')
		return 1;
	return c < Runeself && strchr("`^#*[]=|\\?${}()'<>&;", c) != nil;
}

int
quotestrfmt(Fmt *f)
{
	char *s, *t, *q;
	int quote;

	s = va_arg(f->args, char*);
	if(s == nil)
		return fmtcpy(f, "<nil>", 5, 5);
	quote = *s == 0;
	for(t = s; *t && !quote; t++)
		quote = needsrcquote((uchar)*t);
	if(!quote)
		return fmtstrcpy(f, s);
	q = malloc(2*strlen(s) + 3);
	if(q == nil)
		return -1;
	t = q;
	*t++ = '\'';
	for(; *s; s++){
		if(*s == '\'')
			*t++ = '\'';
		*t++ = *s;
	}
	*t++ = '\'';
	*t = 0;
	quote = fmtstrcpy(f, q);
	free(q);
	return quote;
}

static int
flagfmt(Fmt *f)
{
	switch(f->r){
	case ',': f->flags |= FmtComma; break;
	case '-': f->flags |= FmtLeft; break;
	case '+': f->flags |= FmtSign; break;
	case '#': f->flags |= FmtSharp; break;
	case ' ': f->flags |= FmtSpace; break;
	case 'u': f->flags |= FmtUnsigned; break;
	case 'h':
		if(f->flags & FmtShort)
			f->flags |= FmtByte;
		f->flags |= FmtShort;
		break;
	case 'l':
		if(f->flags & FmtLong)
			f->flags |= FmtVLong;
		f->flags |= FmtLong;
		break;
	case 'z':
		f->flags |= FmtLong|FmtVLong;
		break;
	}
	return 1;
}

static int
badfmt(Fmt *f)
{
	char buf[2+UTFmax];
	Rune r;
	int n;

	r = f->r;
	buf[0] = '%';
	n = 1 + runetochar(buf+1, &r);
	buf[n++] = '%';
	f->prec = n;
	fmtcpy(f, buf, n, n);
	return 0;
}

static void
initverbs(void)
{
	char *p;

	if(verbs['d'] != nil)
		return;
	for(p = "doxXbp"; *p; p++)
		verbs[(int)*p] = intfmt;
	for(p = "feEgG"; *p; p++)
		verbs[(int)*p] = fltfmt;
	for(p = ",-+# ulhz"; *p; p++)
		verbs[(int)*p] = flagfmt;
	verbs['c'] = charfmt;
	verbs['C'] = runefmt;
	verbs['s'] = strfmt;
	verbs['r'] = errfmt;
	verbs['%'] = percentfmt;
}

int
fmtinstall(int c, int (*fn)(Fmt*))
{
	initverbs();
	if(c <= 0 || c >= Maxverb)
		return -1;
	verbs[c] = fn;
	return 0;
}

void
quotefmtinstall(void)
{
	fmtinstall('q', quotestrfmt);
}

/* one conversion starting after the '%'; returns the rest of the format */
static char*
dispatch(Fmt *f, char *fmt)
{
	Rune r;
	int i, n, (*fn)(Fmt*);

	f->flags = 0;
	f->width = f->prec = 0;
	for(;;){
		fmt += chartorune(&r, fmt);
		f->r = r;
		switch(r){
		case 0:
			return nil;
		case '.':
			f->flags |= FmtWidth|FmtPrec;
			continue;
		case '0':
			if(!(f->flags & FmtWidth)){
				f->flags |= FmtZero;
				continue;
			}
			/* fall through */
		case '1': case '2': case '3': case '4':
		case '5': case '6': case '7': case '8': case '9':
			i = 0;
			while(r >= '0' && r <= '9'){
				i = i*10 + r - '0';
				r = *fmt++;
			}
			fmt--;
		number:
			if(f->flags & FmtWidth){
				f->flags |= FmtPrec;
				f->prec = i;
			}else{
				f->flags |= FmtWidth;
				f->width = i;
			}
			continue;
		case '*':
			i = va_arg(f->args, int);
			if(i < 0){
				if(f->flags & FmtPrec){
					f->flags &= ~FmtPrec;
					f->prec = 0;
					continue;
				}
				i = -i;
				f->flags |= FmtLeft;
			}
			goto number;
		}
		fn = r < Maxverb ? verbs[r] : nil;
		if(fn == nil)
			fn = badfmt;
		n = fn(f);
		if(n < 0)
			return nil;
		if(n == 0)
			return fmt;
	}
}

int
fmtvprint(Fmt *f, char *fmt, va_list args)
{
	va_list saved;
	int n;

	va_copy(saved, f->args);
	va_copy(f->args, args);
	n = dofmt(f, fmt);
	va_end(f->args);
	va_copy(f->args, saved);
	va_end(saved);
	return n < 0 ? -1 : 0;
}

int
fmtprint(Fmt *f, char *fmt, ...)
{
	va_list args;
	int n;

	va_start(args, fmt);
	n = fmtvprint(f, fmt, args);
	va_end(args);
	return n;
}

int
dofmt(Fmt *f, char *fmt)
{
	int start;

	initverbs();
	start = f->nfmt;
	for(;;){
		while(*fmt && *fmt != '%')
			if(fmtputc(f, *fmt++) < 0)
				return -1;
		if(*fmt == 0)
			return f->nfmt - start;
		fmt = dispatch(f, fmt+1);
		if(fmt == nil)
			return -1;
	}
}

int
fmtfdflush(Fmt *f)
{
	long n;

	n = (char*)f->to - (char*)f->start;
	if(n > 0 && p9write((intptr)f->farg, f->start, n) != n)
		return 0;
	f->to = f->start;
	return 1;
}

int
fmtfdinit(Fmt *f, int fd, char *buf, int size)
{
	memset(f, 0, sizeof *f);
	f->start = f->to = buf;
	f->stop = buf + size;
	f->flush = fmtfdflush;
	f->farg = (void*)(intptr)fd;
	return 0;
}

int
vfprint(int fd, char *fmt, va_list args)
{
	Fmt f;
	char buf[256];
	int n;

	fmtfdinit(&f, fd, buf, sizeof buf);
	va_copy(f.args, args);
	n = dofmt(&f, fmt);
	va_end(f.args);
	if(n > 0 && fmtfdflush(&f) == 0)
		return -1;
	return n;
}

int
fprint(int fd, char *fmt, ...)
{
	va_list args;
	int n;

	va_start(args, fmt);
	n = vfprint(fd, fmt, args);
	va_end(args);
	return n;
}

int
p9print(char *fmt, ...)
{
	va_list args;
	int n;

	va_start(args, fmt);
	n = vfprint(1, fmt, args);
	va_end(args);
	return n;
}

char*
vseprint(char *buf, char *e, char *fmt, va_list args)
{
	Fmt f;

	if(e <= buf)
		return nil;
	memset(&f, 0, sizeof f);
	f.start = f.to = buf;
	f.stop = e - 1;
	va_copy(f.args, args);
	dofmt(&f, fmt);
	va_end(f.args);
	*(char*)f.to = 0;
	return f.to;
}

char*
seprint(char *buf, char *e, char *fmt, ...)
{
	va_list args;
	char *p;

	va_start(args, fmt);
	p = vseprint(buf, e, fmt, args);
	va_end(args);
	return p;
}

int
vsnprint(char *buf, int len, char *fmt, va_list args)
{
	char *p;

	if(len <= 0)
		return 0;
	p = vseprint(buf, buf+len, fmt, args);
	return p - buf;
}

int
p9snprint(char *buf, int len, char *fmt, ...)
{
	va_list args;
	int n;

	va_start(args, fmt);
	n = vsnprint(buf, len, fmt, args);
	va_end(args);
	return n;
}

int
p9sprint(char *buf, char *fmt, ...)
{
	va_list args;
	int n;

	va_start(args, fmt);
	n = vsnprint(buf, 65536, fmt, args);
	va_end(args);
	return n;
}

static int
strflush(Fmt *f)
{
	char *s;
	int n;

	n = (char*)f->stop - (char*)f->start + 1;
	s = realloc(f->start, 2*n);
	if(s == nil)
		return 0;
	f->to = s + ((char*)f->to - (char*)f->start);
	f->start = s;
	f->stop = s + 2*n - 1;
	return 1;
}

int
fmtstrinit(Fmt *f)
{
	memset(f, 0, sizeof *f);
	f->start = malloc(32);
	if(f->start == nil)
		return -1;
	f->to = f->start;
	f->stop = (char*)f->start + 31;
	f->flush = strflush;
	return 0;
}

char*
fmtstrflush(Fmt *f)
{
	if(f->start == nil)
		return nil;
	*(char*)f->to = 0;
	return f->start;
}

char*
vsmprint(char *fmt, va_list args)
{
	Fmt f;
	int n;

	if(fmtstrinit(&f) < 0)
		return nil;
	va_copy(f.args, args);
	n = dofmt(&f, fmt);
	va_end(f.args);
	if(n < 0){
		free(f.start);
		return nil;
	}
	return fmtstrflush(&f);
}

char*
smprint(char *fmt, ...)
{
	va_list args;
	char *p;

	va_start(args, fmt);
	p = vsmprint(fmt, args);
	va_end(args);
	return p;
}
