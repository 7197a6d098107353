/*
 * print(2) for the host, doing what 9front's libc/fmt does:
 * integers %d %o %x %X %b %p with 9front's flags (u is a flag, l is
 * 32 bits); %s %c copy UTF-8 as _fmtcpy does (a bad sequence becomes
 * Runeerror, one cut off by the end of the string is not printed);
 * %e %f %g make their digits as fltfmt.c's xdtoa does (17 digits fixed
 * up through strtod, then rounded half up on the decimal string);
 * %q quotes as fmtquote.c does.
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

enum {
	Maxverb	= 128,
	Fdigit	= 30,	/* most digits after the point */
	Fdeflt	= 6,
	Nsignif	= 17,	/* digits xdtoa makes */
	Nfbuf	= 1+308+1+Fdigit+1+16,
};

static int (*verbs[Maxverb])(Fmt*);
int (*doquote)(int);

/* room for n more bytes, flushing if need be; as _fmtflush, a failure leaves the buffer full */
static int
fmtroom(Fmt *f, int n)
{
	if((char*)f->to + n <= (char*)f->stop)
		return 0;
	if(f->flush == nil || f->flush(f) == 0 || (char*)f->to + n > (char*)f->stop){
		f->stop = f->to;
		return -1;
	}
	return 0;
}

static int
fmtbytes(Fmt *f, char *s, int n)
{
	if(fmtroom(f, n) < 0)
		return -1;
	memmove(f->to, s, n);
	f->to = (char*)f->to + n;
	f->nfmt += n;
	return 0;
}

/* a whole rune or nothing, as FMTRUNE */
static int
putrune(Fmt *f, Rune r)
{
	char buf[UTFmax];

	return fmtbytes(f, buf, runetochar(buf, &r));
}

static int
fmtpad(Fmt *f, int n)
{
	while(n-- > 0)
		if(fmtbytes(f, " ", 1) < 0)
			return -1;
	return 0;
}

/* n runes of the sz bytes at s in the field: _fmtcpy */
static int
fmtcpy(Fmt *f, char *s, int n, int sz)
{
	char *e;
	Rune r;
	int w, left, i;

	e = s + sz;
	w = f->width;
	left = f->flags & FmtLeft;
	if((f->flags & FmtPrec) && n > f->prec)
		n = f->prec;
	if(!left && fmtpad(f, w - n) < 0)
		return -1;
	for(i = n; i > 0; i--){
		r = *(uchar*)s;
		if(r < Runeself)
			s++;
		else if(e - s >= UTFmax || fullrune(s, e - s))
			s += chartorune(&r, s);
		else
			break;
		if(putrune(f, r) < 0)
			return -1;
	}
	if(left && fmtpad(f, w - n) < 0)
		return -1;
	return 0;
}

/* n runes in the field: _fmtrcpy */
static int
fmtrcpy(Fmt *f, Rune *r, int n)
{
	int w, left, i;

	w = f->width;
	left = f->flags & FmtLeft;
	if((f->flags & FmtPrec) && n > f->prec)
		n = f->prec;
	if(!left && fmtpad(f, w - n) < 0)
		return -1;
	for(i = 0; i < n; i++)
		if(putrune(f, r[i]) < 0)
			return -1;
	if(left && fmtpad(f, w - n) < 0)
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
fmtrunestrcpy(Fmt *f, Rune *s)
{
	int n;

	if(s == nil)
		return fmtcpy(f, "<nil>", 5, 5);
	for(n = 0; ((f->flags & FmtPrec) == 0 || n < f->prec) && s[n] != 0; n++)
		;
	return fmtrcpy(f, s, n);
}

int
fmtrune(Fmt *f, int r)
{
	return putrune(f, r);
}

static int
intfmt(Fmt *f)
{
	char buf[70], *p, *digits;
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
countfmt(Fmt *f)
{
	void *p;

	p = va_arg(f->args, void*);
	if(f->flags & FmtVLong)
		*(vlong*)p = f->nfmt;
	else if(f->flags & FmtLong)
		*(int*)p = f->nfmt;
	else if(f->flags & FmtByte)
		*(char*)p = f->nfmt;
	else if(f->flags & FmtShort)
		*(short*)p = f->nfmt;
	else
		*(int*)p = f->nfmt;
	return 0;
}

/* 9front's pow10: the table's powers as the compiler rounds them, reciprocals below 1, products past 1e159 */
#define	Row(d)	1e##d##0, 1e##d##1, 1e##d##2, 1e##d##3, 1e##d##4, 1e##d##5, 1e##d##6, 1e##d##7, 1e##d##8, 1e##d##9
static double p10tab[] = {
	1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9,
	Row(1), Row(2), Row(3), Row(4), Row(5), Row(6), Row(7), Row(8),
	Row(9), Row(10), Row(11), Row(12), Row(13), Row(14), Row(15),
};

static double
p10(int n)
{
	int m;

	if(n < 0){
		n = -n;
		if(n < nelem(p10tab))
			return 1/p10tab[n];
		m = n/2;
		return 1/(p10(m) * p10(n-m));
	}
	if(n < nelem(p10tab))
		return p10tab[n];
	m = n/2;
	return p10(m) * p10(n-m);
}

/* add v at digit n of the decimal string a, carrying; 1 if it overflowed into a new leading 1 */
static int
xadd(char *a, int n, int v)
{
	char *b;
	int c;

	if(n < 0 || n >= Nsignif)
		return 0;
	for(b = a+n; b >= a; b--){
		c = *b + v;
		if(c <= '9'){
			*b = c;
			return 0;
		}
		*b = '0';
		v = 1;
	}
	*a = '1';
	return 1;
}

static int
xsub(char *a, int n, int v)
{
	char *b;
	int c;

	for(b = a+n; b >= a; b--){
		c = *b - v;
		if(c >= '0'){
			*b = c;
			return 0;
		}
		*b = '9';
		v = 1;
	}
	*a = '9';
	return 1;
}

/* the value of the Nsignif digits of s with the first of them worth 10^e; glibc's strtod rounds correctly, as 9front's port/strtod.c */
static double
decval(char *s, int e)
{
	snprintf(s+Nsignif, 16, "e%d", e-Nsignif+1);
	return strtod(s, nil);
}

/*
 * Nsignif digits d and exponent e with d[0].d[1]... × 10^e == f as
 * strtod reads them: made by repeated multiplication, then
 * stepped a unit in the last digit at a time until they convert
 * back to f; when the conversion wants most of them (prec+1
 * digits, and e more for %f), a rounding to 15 digits that
 * converts back is taken instead.
 */
static int
digits(double f, char *d, int prec, int isf)
{
	char save[Nsignif+16];
	double g, h;
	int e, i, k, s;

	e = 0;
	g = f;
	if(g != 0){
		frexp(f, &e);
		e = e * .301029995664;
		if(e >= -150 && e <= 150){
			s = 0;
			h = f;
		}else{
			s = e/2;
			h = f * p10(-s);
		}
		g = h * p10(s-e);
		while(g < 1){
			e--;
			g = h * p10(s-e);
		}
		while(g >= 10){
			e++;
			g = h * p10(s-e);
		}
	}
	for(i = 0; i < Nsignif; i++){
		k = g;
		d[i] = k + '0';
		g = (g - k) * 10;
	}
	d[i] = 0;

	if(prec + 1 + (isf ? e : 0) >= Nsignif-2){
		strcpy(save, d);
		s = e;
		d[Nsignif-2] = '0';
		d[Nsignif-1] = '0';
		if(decval(d, e) == f)
			return e;
		if(xadd(d, Nsignif-3, 1))
			e++;
		if(decval(d, e) == f)
			return e;
		strcpy(d, save);
		e = s;
	}
	for(;;){
		g = decval(d, e);
		if(f > g){
			if(xadd(d, Nsignif-1, 1))
				e--;
		}else if(f < g){
			if(xsub(d, Nsignif-1, 1))
				e++;
		}else
			return e;
	}
}

/* f by verb chr (e f g, or E G for upper case) into s: xdtoa */
static void
xdtoa(Fmt *fmt, char *s, double f)
{
	char d[Nsignif+16];
	int e, i, n, c1, c2, c3, c4, chr, ucase, prec, neg;
	uvlong bits;

	prec = (fmt->flags & FmtPrec) ? fmt->prec : Fdeflt;
	if(prec > Fdigit)
		prec = Fdigit;
	memmove(&bits, &f, sizeof bits);
	neg = bits>>63;
	n = 0;
	if(neg)
		s[n++] = '-';
	else if(fmt->flags & FmtSign)
		s[n++] = '+';
	else if(fmt->flags & FmtSpace)
		s[n++] = ' ';
	if(isNaN(f) || isInf(f, 0)){
		strcpy(s+n, isNaN(f) ? "NaN" : "Inf");
		return;
	}
	if(neg)
		f = fabs(f);
	chr = fmt->r;
	ucase = chr >= 'A' && chr <= 'Z';
	if(ucase)
		chr += 'a' - 'A';

	e = digits(f, d, prec, chr == 'f');

	if(chr == 'g' && prec > 0)
		prec--;
	c1 = 0;
	c2 = prec + 1;
	c3 = 0;
	c4 = prec;
	switch(chr){
	default:
		if(xadd(d, c2, 5))
			e++;
		break;
	case 'g':
		if(xadd(d, c2, 5))
			e++;
		if(e >= -4 && e <= prec){
			c1 = -e;
			c4 = prec - e;
			chr = 'h';	/* %f style */
		}
		break;
	case 'f':
		if(xadd(d, c2+e, 5))
			e++;
		c1 = -e;
		if(c1 > prec)
			c1 = c2;
		c2 += e;
		break;
	}
	if(c1 < 0)
		c1 = 0;
	if(c2 < 0)
		c2 = 0;
	if(c2 > Nsignif){
		c3 = c2 - Nsignif;
		c2 = Nsignif;
	}

	i = 0;
	for(; c1 > 0; c1--){
		if(c1+c2+c3 == c4)
			s[n++] = '.';
		s[n++] = '0';
	}
	for(; c2 > 0; c2--){
		if(c2+c3 == c4)
			s[n++] = '.';
		s[n++] = d[i++];
	}
	for(; c3 > 0; c3--){
		if(c3 == c4)
			s[n++] = '.';
		s[n++] = '0';
	}

	if(fmt->flags & FmtSharp){
		if(c4 == 0)
			s[n++] = '.';
	}else if(chr == 'g' || chr == 'h'){
		/* trailing zeros of the fraction go, and the point if nothing follows it */
		for(c1 = n-1; c1 >= 0 && s[c1] == '0'; c1--)
			;
		for(i = c1; i >= 0; i--)
			if(s[i] == '.'){
				n = i == c1 ? c1 : c1+1;
				break;
			}
	}
	if(chr == 'e' || chr == 'g'){
		s[n++] = ucase ? 'E' : 'e';
		c1 = e;
		if(c1 < 0){
			s[n++] = '-';
			c1 = -c1;
		}else
			s[n++] = '+';
		if(c1 >= 100){
			s[n++] = c1/100 + '0';
			c1 %= 100;
		}
		s[n++] = c1/10 + '0';
		s[n++] = c1%10 + '0';
	}
	s[n] = 0;
}

/* no zero padding and no precision left for the copy: _floatfmt */
static int
fltfmt(Fmt *f)
{
	char s[Nfbuf];
	double d;

	d = va_arg(f->args, double);
	xdtoa(f, s, d);
	f->flags &= FmtWidth|FmtLeft;
	return fmtcpy(f, s, strlen(s), strlen(s));
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
	Rune r;

	r = va_arg(f->args, int);
	return fmtrcpy(f, &r, 1);
}

static int
strfmt(Fmt *f)
{
	return fmtstrcpy(f, va_arg(f->args, char*));
}

static int
runesfmt(Fmt *f)
{
	return fmtrunestrcpy(f, va_arg(f->args, Rune*));
}

static int
errfmt(Fmt *f)
{
	char buf[ERRMAX];

	rerrstr(buf, sizeof buf);
	return fmtcpy(f, buf, utflen(buf), strlen(buf));
}

static int
percentfmt(Fmt *f)
{
	Rune r;

	r = f->r;
	f->prec = 1;
	return fmtrcpy(f, &r, 1);
}

int
needsrcquote(int c)
{
	if(c <= ' ')
		return 1;
	return c < Runeself && strchr("`^#*[]=|\\?${}()'<>&;", c) != nil;
}

typedef struct Quote Quote;
struct Quote {
	int	quoted;
	int	nin;	/* bytes and runes of s taken */
	int	rin;
	int	nout;	/* bytes out */
};

/*
 * _quotesetup: how much of s to take and whether to quote it: the #
 * flag, an empty string, a blank, control character or quote, or
 * doquote's say; nothing that would not fit in nout bytes.
 */
static void
quotesetup(char *s, int nin, int nout, int sharp, int (*dq)(int), Quote *q)
{
	Rune c;
	int w;

	memset(q, 0, sizeof *q);
	if(sharp || nin == 0 || *s == 0){
		if(nout < 2)
			return;
		q->quoted = 1;
		q->nout = 2;
	}
	for(; nin != 0; nin--){
		w = chartorune(&c, s);
		if(c == 0 || q->nout + w > nout)
			break;
		if(c <= ' ' || c == '\'' || (dq != nil && dq(c))){
			if(!q->quoted){
				if(1 + q->nout + w + 1 > nout)
					break;
				q->nout += 2;
				q->quoted = 1;
			}
			if(c == '\''){
				if(1 + q->nout + w > nout)
					break;
				q->nout++;
			}
		}
		s += w;
		q->nin += w;
		q->rin++;
		q->nout += w;
	}
}

/* qstrfmt: the field is counted in bytes of output */
static int
qstrfmt(Fmt *f, char *s, Quote *q)
{
	char *e;
	Rune r;
	int w, left, i;

	e = s + q->nin;
	w = f->width;
	left = f->flags & FmtLeft;
	if(!left && fmtpad(f, w - q->nout) < 0)
		return -1;
	if(putrune(f, '\'') < 0)
		return -1;
	for(i = q->rin; i > 0; i--){
		r = *(uchar*)s;
		if(r < Runeself)
			s++;
		else if(e - s >= UTFmax || fullrune(s, e - s))
			s += chartorune(&r, s);
		else
			break;
		if(putrune(f, r) < 0 || (r == '\'' && putrune(f, r) < 0))
			return -1;
	}
	if(putrune(f, '\'') < 0)
		return -1;
	if(left && fmtpad(f, w - q->nout) < 0)
		return -1;
	return 0;
}

static int
quotestr(Fmt *f, char *s, int (*dq)(int))
{
	Quote q;
	int nout;

	if(s == nil)
		return fmtcpy(f, "<nil>", 5, 5);
	nout = f->flush != nil ? 0x7FFFFFFF : (char*)f->stop - (char*)f->to;
	quotesetup(s, (f->flags & FmtPrec) ? f->prec : -1, nout, f->flags & FmtSharp, dq, &q);
	if(!q.quoted)
		return fmtcpy(f, s, q.rin, q.nin);
	return qstrfmt(f, s, &q);
}

int
quotestrfmt(Fmt *f)
{
	return quotestr(f, va_arg(f->args, char*), doquote);
}

/* the kernel's errors with a name: snprint(buf, n, "%s: %#q" or "%s: %q", err, name), whatever the program installed */
void
namedmsg(char *buf, int n, char *err, char *name, int sharp)
{
	Fmt f;

	if(n <= 0)
		return;
	memset(&f, 0, sizeof f);
	f.start = f.to = buf;
	f.stop = buf + n - 1;
	if(fmtstrcpy(&f, err) == 0 && fmtbytes(&f, ": ", 2) == 0){
		f.flags = sharp ? FmtSharp : 0;
		quotestr(&f, name, nil);	/* the kernel's doquote is nil */
	}
	*(char*)f.to = 0;
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
	verbs['S'] = runesfmt;
	verbs['r'] = errfmt;
	verbs['n'] = countfmt;
	verbs['%'] = percentfmt;
}

int
fmtinstall(int c, int (*fn)(Fmt*))
{
	initverbs();
	if(c <= 0 || c >= Maxverb)
		return -1;
	verbs[c] = fn != nil ? fn : badfmt;
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

/* the text between conversions: bytes as they are, a multibyte sequence whole or not at all */
int
dofmt(Fmt *f, char *fmt)
{
	Rune r;
	int start, n;

	initverbs();
	start = f->nfmt;
	for(;;){
		while(*fmt && *fmt != '%'){
			n = (uchar)*fmt < Runeself ? 1 : chartorune(&r, fmt);
			if(fmtbytes(f, fmt, n) < 0)
				return -1;
			fmt += n;
		}
		if(*fmt == 0)
			return f->nfmt - start;
		fmt = dispatch(f, fmt+1);
		if(fmt == nil)
			return -1;
	}
}

int
fmtvprint(Fmt *f, char *fmt, va_list args)
{
	va_list saved;
	int n;

	f->flags = 0;
	f->width = f->prec = 0;
	va_copy(saved, f->args);
	va_end(f->args);
	va_copy(f->args, args);
	n = dofmt(f, fmt);
	f->flags = 0;
	f->width = f->prec = 0;
	va_end(f->args);
	va_copy(f->args, saved);
	va_end(saved);
	return n < 0 ? n : 0;
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
	if(len <= 0)
		return -1;
	return vseprint(buf, buf+len, fmt, args) - buf;
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
	n = vsnprint(buf, 1<<30, fmt, args);
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
